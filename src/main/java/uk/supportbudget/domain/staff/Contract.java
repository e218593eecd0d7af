package uk.supportbudget.domain.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;

/**
 * A PA's terms: contracted hours (or zero-hours), hourly rates, the flat sleep-in allowance, the
 * holiday year and notice. A rate of zero for night, weekend, bank holiday or waking night means
 * "no separate rate": the day rate is paid.
 *
 * @param hoursPerWeek contracted hours; {@code null} for a zero-hours contract
 * @param irregularHours hours that vary week to week (always true for zero-hours): holiday accrues at 12.07% of hours worked
 * @param endsOn the last day these terms apply, or {@code null} while they still do
 */
public record Contract(long id, long employeeId, LocalDate startsOn, LocalDate endsOn, BigDecimal hoursPerWeek,
                       boolean irregularHours, Money dayRate, Money nightRate, Money weekendRate, Money bankHolidayRate,
                       Money sleepInAllowance, Money wakingNightRate, MonthDay holidayYearStart, int noticeWeeks,
                       PayFrequency payFrequency) {

    public static final BigDecimal MOST_HOURS_A_WEEK = BigDecimal.valueOf(70);
    public static final MonthDay APRIL_FIRST = MonthDay.of(4, 1);

    public Contract {
        Objects.requireNonNull(startsOn, "startsOn");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new Refusal("The contract ends on " + endsOn + ", before it starts on " + startsOn + "; check the dates.");
        }
        if (hoursPerWeek != null && (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(MOST_HOURS_A_WEEK) > 0)) {
            throw new Refusal("Contracted hours of " + hoursPerWeek.toPlainString() + " a week are not possible; enter between 0.5 and 70, "
                    + "or choose zero-hours.");
        }
        if (hoursPerWeek == null) {
            irregularHours = true;
        }
        Objects.requireNonNull(dayRate, "dayRate");
        if (!dayRate.isPositive()) {
            throw new Refusal("Please enter the hourly rate for day shifts, such as 12.71.");
        }
        nightRate = orZero(nightRate);
        weekendRate = orZero(weekendRate);
        bankHolidayRate = orZero(bankHolidayRate);
        sleepInAllowance = orZero(sleepInAllowance);
        wakingNightRate = orZero(wakingNightRate);
        for (Money rate : new Money[] {nightRate, weekendRate, bankHolidayRate, sleepInAllowance, wakingNightRate}) {
            if (rate.isNegative()) {
                throw new Refusal("A rate cannot be negative; leave it at 0.00 to pay the day rate.");
            }
        }
        holidayYearStart = holidayYearStart == null ? APRIL_FIRST : holidayYearStart;
        if (noticeWeeks < 1 || noticeWeeks > 52) {
            throw new Refusal("Notice of " + noticeWeeks + " weeks is not possible; the legal minimum is one week, enter 1 to 52.");
        }
        payFrequency = payFrequency == null ? PayFrequency.MONTHLY : payFrequency;
    }

    private static Money orZero(Money rate) {
        return rate == null ? Money.ZERO : rate;
    }

    public boolean zeroHours() {
        return hoursPerWeek == null;
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }

    public Money night() {
        return nightRate.isZero() ? dayRate : nightRate;
    }

    public Money weekend() {
        return weekendRate.isZero() ? dayRate : weekendRate;
    }

    public Money bankHoliday() {
        return bankHolidayRate.isZero() ? dayRate : bankHolidayRate;
    }

    public Money wakingNight() {
        return wakingNightRate.isZero() ? night() : wakingNightRate;
    }

    /** Every hourly rate this contract actually pays, by name; the sleep-in allowance is a flat sum, not an hourly rate. */
    public Map<String, Money> hourlyRates() {
        Map<String, Money> rates = new LinkedHashMap<>();
        rates.put("day", dayRate);
        rates.put("night", night());
        rates.put("weekend", weekend());
        rates.put("bank holiday", bankHoliday());
        rates.put("waking night", wakingNight());
        return rates;
    }

    public Contract withId(long newId, long newEmployeeId) {
        return new Contract(newId, newEmployeeId, startsOn, endsOn, hoursPerWeek, irregularHours, dayRate, nightRate, weekendRate,
                bankHolidayRate, sleepInAllowance, wakingNightRate, holidayYearStart, noticeWeeks, payFrequency);
    }

    public Contract endingOn(LocalDate lastDay) {
        return new Contract(id, employeeId, startsOn, lastDay, hoursPerWeek, irregularHours, dayRate, nightRate, weekendRate,
                bankHolidayRate, sleepInAllowance, wakingNightRate, holidayYearStart, noticeWeeks, payFrequency);
    }
}
