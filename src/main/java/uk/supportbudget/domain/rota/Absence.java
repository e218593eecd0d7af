package uk.supportbudget.domain.rota;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import uk.supportbudget.domain.Refusal;

/**
 * Time a PA is away: booked holiday (with the hours it uses from their entitlement) or a period of
 * sickness (with the days of the week they would normally work, the qualifying days for SSP).
 *
 * @param hours holiday hours taken from the balance; zero for sickness
 * @param qualifyingDays the PA's usual working days, for sickness; empty for holiday
 */
public record Absence(long id, long employeeId, AbsenceKind kind, DateRange days, BigDecimal hours, Set<DayOfWeek> qualifyingDays,
                      String note) {

    public Absence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(days, "days");
        hours = hours == null ? BigDecimal.ZERO : hours;
        note = note == null ? "" : note.strip();
        qualifyingDays = qualifyingDays == null || qualifyingDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(qualifyingDays));
        if (kind == AbsenceKind.HOLIDAY) {
            if (hours.signum() <= 0) {
                throw new Refusal("Please enter how many hours of holiday this uses, such as 20 for a week of four-hour days.");
            }
            qualifyingDays = Set.of();
        } else {
            hours = BigDecimal.ZERO;
            if (qualifyingDays.isEmpty()) {
                throw new Refusal("Please tick the days this PA normally works; they are the qualifying days for Statutory Sick Pay.");
            }
        }
    }

    public static Absence holiday(long employeeId, DateRange days, BigDecimal hours, String note) {
        return new Absence(0, employeeId, AbsenceKind.HOLIDAY, days, hours, Set.of(), note);
    }

    public static Absence sickness(long employeeId, DateRange days, Set<DayOfWeek> qualifyingDays, String note) {
        return new Absence(0, employeeId, AbsenceKind.SICKNESS, days, BigDecimal.ZERO, qualifyingDays, note);
    }

    public Absence withId(long newId) {
        return new Absence(newId, employeeId, kind, days, hours, qualifyingDays, note);
    }

    /** Qualifying days in this period of sickness: the days SSP is counted on. */
    public int qualifyingDaysSick() {
        return (int) days.dates().filter(date -> qualifyingDays.contains(date.getDayOfWeek())).count();
    }
}
