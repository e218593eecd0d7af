package uk.supportbudget.domain.rota;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import uk.supportbudget.domain.money.PayFrequency;

/**
 * Pay periods for timesheets. Monthly periods are calendar months; weekly, fortnightly and
 * four-weekly periods run in whole blocks of 7, 14 or 28 days from an anchor day (the first day of
 * the PA's first pay period), so every period starts on the same weekday.
 */
public final class PayPeriods {

    private PayPeriods() {
    }

    public static DateRange containing(PayFrequency frequency, LocalDate anchor, LocalDate date) {
        if (frequency == PayFrequency.MONTHLY) {
            LocalDate first = date.withDayOfMonth(1);
            return new DateRange(first, first.plusMonths(1).minusDays(1));
        }
        int length = 7 * frequency.unitsPerPeriod();
        long offset = Math.floorMod(ChronoUnit.DAYS.between(anchor, date), length);
        LocalDate first = date.minusDays(offset);
        return new DateRange(first, first.plusDays(length - 1L));
    }

    public static DateRange next(PayFrequency frequency, DateRange period) {
        LocalDate first = period.last().plusDays(1);
        return containing(frequency, first, first);
    }
}
