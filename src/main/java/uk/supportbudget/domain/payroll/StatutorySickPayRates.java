package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.Percentage;

/**
 * SSP for a tax year. Up to 5 April 2026: a flat weekly rate, three waiting days, and only for
 * average weekly earnings at or above the lower earnings limit. From 6 April 2026: payable from the
 * first day of sickness, no lower earnings limit, and the lower of the flat rate and 80% of average
 * weekly earnings.
 *
 * @param earningsCap {@link Percentage#ZERO} when there is no percentage-of-earnings cap
 */
public record StatutorySickPayRates(Money weeklyRate, int waitingDays, boolean lowerEarningsLimitApplies, Percentage earningsCap) {

    public StatutorySickPayRates {
        if (weeklyRate.isNegative() || waitingDays < 0 || waitingDays > 7) {
            throw new IllegalArgumentException("Bad SSP rates");
        }
    }
}
