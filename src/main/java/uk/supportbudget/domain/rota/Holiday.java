package uk.supportbudget.domain.rota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.HolidayPay;

/**
 * Holiday entitlement under the Working Time Regulations, in hours.
 *
 * <ul>
 * <li>Fixed hours: 5.6 weeks of the contracted hours a year, pro rata to the days employed in the leave
 * year when the PA starts or leaves part way through. In the first year of employment it accrues at one
 * twelfth a month (regulation 15A), counted in whole months from the start date.</li>
 * <li>Irregular hours and part-year workers (leave years from 1 April 2024): 12.07% of the hours actually
 * worked, accruing as they are worked ({@link HolidayPay#accruedHours}).</li>
 * </ul>
 * Hours are kept to the hundredth, rounded half up. The 28-day cap for six-day weeks is not applied:
 * PAs working six or more days a week should have it checked by hand.
 */
public final class Holiday {

    public static final BigDecimal WEEKS_A_YEAR = new BigDecimal("5.6");

    private Holiday() {
    }

    /** The leave year containing a date, for a leave year starting each year on {@code start}. */
    public static DateRange leaveYear(MonthDay start, LocalDate date) {
        LocalDate thisYear = start.atYear(date.getYear());
        LocalDate first = date.isBefore(thisYear) ? start.atYear(date.getYear() - 1) : thisYear;
        return new DateRange(first, first.plusYears(1).minusDays(1));
    }

    /** A full leave year's entitlement for fixed hours, pro rata to the days employed in it. */
    public static BigDecimal fixedHoursEntitlement(BigDecimal hoursPerWeek, DateRange leaveYear, LocalDate employedFrom, LocalDate employedTo) {
        BigDecimal full = hoursPerWeek.multiply(WEEKS_A_YEAR);
        LocalDate from = employedFrom.isAfter(leaveYear.first()) ? employedFrom : leaveYear.first();
        LocalDate to = employedTo == null || employedTo.isAfter(leaveYear.last()) ? leaveYear.last() : employedTo;
        if (to.isBefore(from)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long employed = ChronoUnit.DAYS.between(from, to) + 1;
        return full.multiply(BigDecimal.valueOf(employed)).divide(BigDecimal.valueOf(leaveYear.days()), 2, RoundingMode.HALF_UP);
    }

    /**
     * Fixed-hours holiday that can be taken by {@code date}: the whole year's entitlement, except in the
     * first year of employment, when it builds up by a twelfth of the year's entitlement for each whole
     * month worked.
     */
    public static BigDecimal fixedHoursAccrued(BigDecimal yearEntitlement, LocalDate employedFrom, LocalDate date) {
        if (!date.isBefore(employedFrom.plusYears(1))) {
            return yearEntitlement.setScale(2, RoundingMode.HALF_UP);
        }
        long months = ChronoUnit.MONTHS.between(employedFrom, date.plusDays(1));
        BigDecimal fullYear = yearEntitlement;
        return fullYear.multiply(BigDecimal.valueOf(Math.max(0, months))).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** Irregular-hours and part-year holiday: 12.07% of the hours worked. */
    public static BigDecimal irregularHoursAccrued(BigDecimal hoursWorked) {
        return HolidayPay.accruedHours(hoursWorked);
    }

    /** A PA's holiday for a leave year: built up (or entitled), taken, and what is left. */
    public record Balance(DateRange leaveYear, BigDecimal entitlement, BigDecimal accrued, BigDecimal taken, boolean irregularHours) {

        public BigDecimal remaining() {
            return accrued.subtract(taken);
        }
    }

    /**
     * The hourly rate for a day of holiday. Fixed hours: the normal hourly (day) rate. Irregular hours:
     * the average hourly pay over the reference period (pay ÷ hours, half up to the penny); where the
     * employer pays rolled-up holiday pay instead, the payroll adds 12.07% of each period's pay
     * ({@link HolidayPay#rolledUp}).
     */
    public static Money averageHourlyRate(Money payInReferencePeriod, long minutesWorked) {
        if (minutesWorked <= 0) {
            return Money.ZERO;
        }
        long pence = Math.floorDiv(Math.multiplyExact(payInReferencePeriod.pence(), 60) * 2 + minutesWorked, minutesWorked * 2);
        return Money.ofPence(pence);
    }

    /**
     * What booking {@code hours} of holiday does to a PA's balance for the leave year, checked against
     * the balance on the holiday's first day.
     *
     * <p>The rule: a booking beyond what is left of the year's entitlement is refused (for irregular
     * hours the entitlement is what has built up, 12.07% of hours worked, by that day). For fixed hours in
     * the first year, holiday builds up a twelfth a month: a booking beyond what has built up by then is
     * allowed only with a warning, as the employer may agree to it in advance.
     *
     * @param before hours left before this booking; {@code after} is what is left once it is taken
     */
    public record Assessment(BigDecimal before, BigDecimal after, java.util.Optional<String> refusal, java.util.Optional<String> warning) {

        public boolean refused() {
            return refusal.isPresent();
        }
    }

    public static Assessment assessBooking(Balance balance, BigDecimal hours, String paName) {
        BigDecimal available = (balance.irregularHours() ? balance.accrued() : balance.entitlement()).subtract(balance.taken());
        BigDecimal after = available.subtract(hours);
        java.util.Optional<String> refusal = java.util.Optional.empty();
        java.util.Optional<String> warning = java.util.Optional.empty();
        if (after.signum() < 0) {
            refusal = java.util.Optional.of(paName + " has " + plain(available) + " hours of holiday left in the leave year "
                    + balance.leaveYear().display() + ", so " + plain(hours) + " hours cannot be booked; book fewer hours or fewer days.");
        } else if (!balance.irregularHours() && hours.compareTo(balance.remaining()) > 0) {
            warning = java.util.Optional.of(paName + " has built up " + plain(balance.remaining().max(BigDecimal.ZERO))
                    + " hours so far in their first year; this booking takes holiday before it is built up, which you may agree to.");
        }
        return new Assessment(available, after, refusal, warning);
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
