package uk.supportbudget.ui.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.rota.ShiftPay;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;
import uk.supportbudget.domain.rota.WorkPeriod;
import uk.supportbudget.service.TimesheetService;
import uk.supportbudget.ui.common.I18n;

/**
 * The timesheet editor's state, with no nodes: the lines as they really happened, the line being typed,
 * and the totals, which follow every change. A line that ends before it starts, falls outside the pay
 * period, or overlaps another of the PA's lines is refused with a sentence; nothing is saved until
 * {@link #linesToSave()} is taken.
 */
final class TimesheetEditorModel {

    final TimesheetService.Editing editing;
    final ObservableList<TimesheetLine> lines = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty from = new SimpleStringProperty("09:00");
    final StringProperty to = new SimpleStringProperty("13:00");
    final ObjectProperty<ShiftType> type = new SimpleObjectProperty<>(ShiftType.DAY);
    final StringProperty awake = new SimpleStringProperty("0");
    final StringProperty note = new SimpleStringProperty("");
    final BooleanProperty changed = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper();

    TimesheetEditorModel(TimesheetService.Editing editing) {
        this.editing = editing;
        lines.setAll(editing.timesheet().lines());
        date.set(editing.timesheet().period().first());
        lines.addListener((javafx.collections.ListChangeListener<TimesheetLine>) change -> {
            changed.set(true);
            updateTotals();
        });
        updateTotals();
    }

    boolean readOnly() {
        return editing.timesheet().signed();
    }

    ReadOnlyStringProperty totals() {
        return totals.getReadOnlyProperty();
    }

    private void updateTotals() {
        long minutes = lines.stream().mapToLong(line -> line.work().paidMinutes()).sum();
        long sleepIns = lines.stream().filter(line -> line.work().type() == ShiftType.SLEEP_IN).count();
        totals.set(I18n.tr("timesheet.totals", lines.size(), ShiftPay.hours(minutes), sleepIns, editing.pay(lines).display()));
    }

    /** Puts a line's values in the fields, to change it. */
    void edit(TimesheetLine line) {
        date.set(line.work().date());
        from.set(line.work().start().toLocalTime().toString());
        to.set(line.work().end().toLocalTime().toString());
        type.set(line.work().type());
        awake.set(Integer.toString(line.work().awakeMinutes()));
        note.set(line.note());
    }

    /**
     * Adds the typed line ({@code replacing} is {@code null}) or puts it in place of one; refused with the
     * sentence to show when it cannot be on this timesheet.
     */
    Optional<String> apply(TimesheetLine replacing) {
        try {
            if (readOnly()) {
                throw new Refusal(I18n.tr("timesheet.signedNoChange"));
            }
            if (date.get() == null || type.get() == null) {
                throw new Refusal(I18n.tr("timesheet.needDayAndKind"));
            }
            WorkPeriod work = WorkPeriod.on(date.get(), Times.time(from.get()), Times.time(to.get()), type.get())
                    .withAwakeMinutes(type.get() == ShiftType.SLEEP_IN ? Times.minutes(awake.get()) : 0);
            TimesheetLine line = new TimesheetLine(0, replacing == null ? null : replacing.shiftId(), work, note.get());
            List<TimesheetLine> candidate = new ArrayList<>(lines);
            int at = replacing == null ? -1 : candidate.indexOf(replacing);
            if (at >= 0) {
                candidate.set(at, line);
            } else {
                candidate.add(line);
            }
            Timesheet checked = new Timesheet(0, editing.timesheet().employeeId(), editing.timesheet().period(),
                    editing.timesheet().frequency(), null, candidate);
            lines.setAll(checked.lines());
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    void remove(TimesheetLine line) {
        if (!readOnly()) {
            lines.remove(line);
        }
    }

    /** The corrected lines, in time order. */
    List<TimesheetLine> linesToSave() {
        return List.copyOf(lines);
    }
}
