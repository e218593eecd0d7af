package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.Percentage;

/**
 * SSP for a tax year. Up to 5 April 2026: a flat weekly rate, three waiting days, only for average weekly
 * earnings at or above the lower earnings limit, and a period of incapacity for work (PIW) needs four or
 * more days of sickness in a row. From 6 April 2026: payable from the first day of sickness, no lower
 * earnings limit, a single day of sickness is a PIW, and the lower of the flat rate and 80% of average
 * weekly earnings. In every year PIWs separated by 56 days or less link, and SSP stops after 28 weeks'
 * worth in one linked spell.
 *
 * @param earningsCap {@link Percentage#ZERO} when there is no percentage-of-earnings cap
 * @param periodOfIncapacityMinimumDays how many days of sickness in a row make a PIW (SSCBA 1992 s.148(2))
 * @param linkingGapMaximumDays the longest gap, in days, between two PIWs that still links them (s.148(3): 8 weeks)
 * @param maximumWeeks SSP is paid for at most this many weeks' worth of qualifying days in one linked spell (s.155(4))
 */
public record StatutorySickPayRates(Money weeklyRate, int waitingDays, boolean lowerEarningsLimitApplies, Percentage earningsCap,
        int periodOfIncapacityMinimumDays, int linkingGapMaximumDays, int maximumWeeks) {

    public StatutorySickPayRates {
        if (weeklyRate.isNegative() || waitingDays < 0 || waitingDays > 7 || periodOfIncapacityMinimumDays < 1
                || linkingGapMaximumDays < 0 || maximumWeeks < 1) {
            throw new IllegalArgumentException("Bad SSP rates");
        }
    }
}
