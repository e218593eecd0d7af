package uk.supportbudget.ui.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.supportbudget.domain.payroll.AutoEnrolment;
import uk.supportbudget.domain.staff.PensionNotice;
import uk.supportbudget.ui.common.I18n;

/**
 * The postponement part of a PA's pension section, with no nodes: how many months (one to three) assessment is
 * postponed from the day they started, the end date that gives, and when the postponement notice is due (within
 * six weeks of the start), each said in a sentence before anything is saved.
 */
public final class PostponementFormModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    /** Postponement lasts whole months, at most three (Pensions Act 2008 s.4). */
    static final Integer[] MONTHS = {1, 2, 3};

    final ObjectProperty<Integer> months = new SimpleObjectProperty<>();
    private final String name;
    private final LocalDate started;
    private final LocalDate today;

    /**
     * @param started the day the PA started, from which postponement is counted (the deferral date)
     */
    public PostponementFormModel(String name, LocalDate started, LocalDate today) {
        this.name = name;
        this.started = started;
        this.today = today;
    }

    Optional<String> monthsProblem() {
        if (months.get() == null) {
            return Optional.of(I18n.tr("staff.postpone.monthsNeeded"));
        }
        if (months.get() < 1 || months.get() > 3) {
            return Optional.of(I18n.tr("staff.postpone.range", months.get()));
        }
        LocalDate ends = AutoEnrolment.postponementEnds(started, months.get());
        if (ends.isBefore(today)) {
            return Optional.of(I18n.tr("staff.postpone.over", ends.format(DAY), name, started.format(DAY)));
        }
        return Optional.empty();
    }

    /** The day the postponement ends, once the months are chosen. */
    Optional<LocalDate> ends() {
        return monthsProblem().isPresent() ? Optional.empty() : Optional.of(AutoEnrolment.postponementEnds(started, months.get()));
    }

    /** The postponement notice is due within six weeks of the day postponement starts. */
    LocalDate noticeDue() {
        return AutoEnrolment.letterDue(started);
    }

    /** What choosing these months means, or what is missing. */
    String explanation() {
        Optional<LocalDate> ends = ends();
        if (ends.isEmpty()) {
            return monthsProblem().orElseThrow();
        }
        String text = I18n.tr("staff.postpone.explanation", ends.get().format(DAY), name, noticeDue().format(DAY), started.format(DAY));
        return noticeDue().isBefore(today) ? text + " " + I18n.tr("staff.postpone.noticeLate", noticeDue().format(DAY)) : text;
    }

    /** What the book already holds, in a sentence. */
    static String recorded(PensionNotice notice) {
        return notice.postponedUntil() == null ? I18n.tr("staff.postpone.noneRecorded")
                : I18n.tr("staff.postpone.recorded", notice.postponedUntil().format(DAY));
    }
}
