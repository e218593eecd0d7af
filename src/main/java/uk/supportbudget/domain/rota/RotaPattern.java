package uk.supportbudget.domain.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;

/**
 * A shift that repeats every week on the same day and times, from {@code validFrom} until
 * {@code validTo} (or for as long as the PA works). It makes rota shifts for a range of dates.
 */
public record RotaPattern(long id, long employeeId, DayOfWeek day, LocalTime from, LocalTime to, ShiftType type,
                          LocalDate validFrom, LocalDate validTo) {

    public RotaPattern {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new Refusal("The repeating shift stops on " + validTo + ", before it starts on " + validFrom + "; check the dates.");
        }
        // Builds one shift now, so a pattern that could never make a valid shift is refused when it is saved.
        WorkPeriod.on(validFrom.with(java.time.temporal.TemporalAdjusters.nextOrSame(day)), from, to, type);
    }

    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek() == day && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public WorkPeriod on(LocalDate date) {
        return WorkPeriod.on(date, from, to, type);
    }

    /** The shifts this pattern makes in a range of dates. */
    public List<Shift> shiftsIn(DateRange range) {
        return range.dates().filter(this::appliesOn)
                .map(date -> new Shift(0, employeeId, on(date), null, null, id == 0 ? null : id, ""))
                .toList();
    }

    public RotaPattern withId(long newId) {
        return new RotaPattern(newId, employeeId, day, from, to, type, validFrom, validTo);
    }
}
