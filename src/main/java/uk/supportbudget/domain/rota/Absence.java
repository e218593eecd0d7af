package uk.supportbudget.domain.rota;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.RatesTable;
import uk.supportbudget.domain.payroll.StatutorySickPay;

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

    /**
     * Statutory Sick Pay for this period with the engine's rules for the year it starts in
     * ({@code rates}): waiting days first (none from 6 April 2026), then the daily rate.
     *
     * @param waitingDaysAlreadyServed waiting days served in a linked earlier period (sickness within 8 weeks)
     */
    public Money statutorySickPay(RatesTable rates, Money averageWeeklyEarnings, int waitingDaysAlreadyServed) {
        if (kind != AbsenceKind.SICKNESS) {
            throw new IllegalStateException("Only sickness earns SSP");
        }
        return StatutorySickPay.payable(rates, averageWeeklyEarnings, qualifyingDaysSick(), qualifyingDays.size(), waitingDaysAlreadyServed);
    }
}
