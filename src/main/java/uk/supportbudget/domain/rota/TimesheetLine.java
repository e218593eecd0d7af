package uk.supportbudget.domain.rota;

import java.util.Objects;

/**
 * One shift as it really happened, on a timesheet: copied from the rota and then corrected.
 *
 * @param shiftId the rota shift it came from, or {@code null} for work added by hand
 */
public record TimesheetLine(long id, Long shiftId, WorkPeriod work, String note) {

    public TimesheetLine {
        Objects.requireNonNull(work, "work");
        note = note == null ? "" : note.strip();
    }

    public static TimesheetLine fromShift(Shift shift) {
        return new TimesheetLine(0, shift.id() == 0 ? null : shift.id(), shift.work(), shift.isCover() ? "Cover" : shift.note());
    }
}
