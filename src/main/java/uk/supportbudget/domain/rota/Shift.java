package uk.supportbudget.domain.rota;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A shift on the rota for one PA. A cover shift names the PA it covers for and why.
 *
 * @param coverForEmployeeId the PA away (holiday or sickness) whose work this shift covers, or {@code null}
 * @param patternId the weekly pattern that made it, or {@code null} for a one-off
 */
public record Shift(long id, long employeeId, WorkPeriod work, Long coverForEmployeeId, AbsenceKind coverReason, Long patternId,
                    String note) {

    public Shift {
        Objects.requireNonNull(work, "work");
        note = note == null ? "" : note.strip();
        if (coverForEmployeeId != null && coverForEmployeeId == employeeId) {
            throw new uk.supportbudget.domain.Refusal("A PA cannot cover their own shift; choose the PA who is away.");
        }
        if (coverForEmployeeId == null) {
            coverReason = null;
        } else if (coverReason == null) {
            coverReason = AbsenceKind.HOLIDAY;
        }
    }

    public static Shift oneOff(long employeeId, WorkPeriod work) {
        return new Shift(0, employeeId, work, null, null, null, "");
    }

    public LocalDate date() {
        return work.date();
    }

    public ShiftType type() {
        return work.type();
    }

    public boolean isCover() {
        return coverForEmployeeId != null;
    }

    public Shift withId(long newId) {
        return new Shift(newId, employeeId, work, coverForEmployeeId, coverReason, patternId, note);
    }
}
