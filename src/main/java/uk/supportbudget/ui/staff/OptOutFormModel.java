package uk.supportbudget.ui.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.supportbudget.domain.staff.PensionNotice;
import uk.supportbudget.ui.common.I18n;

/**
 * The opt-out notice part of a PA's pension section, with no nodes: the day the notice reached the
 * employer, optionally the day the PA got the enrolment information, and each field's problem as a
 * sentence. The next pay run acts on a recorded notice.
 */
public final class OptOutFormModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    final ObjectProperty<LocalDate> received = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> informationGiven = new SimpleObjectProperty<>();
    private final LocalDate today;

    public OptOutFormModel(LocalDate today) {
        this.today = today;
    }

    Optional<String> receivedProblem() {
        if (received.get() == null) {
            return Optional.of(I18n.tr("staff.optOut.receivedNeeded"));
        }
        if (received.get().isAfter(today)) {
            return Optional.of(I18n.tr("staff.optOut.future", received.get().format(DAY)));
        }
        return Optional.empty();
    }

    Optional<String> informationProblem() {
        if (informationGiven.get() != null && received.get() != null && informationGiven.get().isAfter(received.get())) {
            return Optional.of(I18n.tr("staff.optOut.order"));
        }
        return Optional.empty();
    }

    /** The first problem, if any, to show beside the button. */
    Optional<String> problem() {
        return receivedProblem().or(this::informationProblem);
    }

    /** What the book already holds, in a sentence. */
    static String recorded(PensionNotice notice) {
        return notice.optOutReceivedOn() == null ? I18n.tr("staff.optOut.noneRecorded")
                : I18n.tr("staff.optOut.recorded", notice.optOutReceivedOn().format(DAY));
    }
}
