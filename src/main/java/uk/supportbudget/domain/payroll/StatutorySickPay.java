package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.Rounding;

/**
 * Statutory Sick Pay amounts. Up to 5 April 2026: the flat weekly rate when average weekly earnings
 * reach the weekly lower earnings limit, after three waiting days. From 6 April 2026: from the first
 * qualifying day, the lower of the flat rate and 80% of average weekly earnings, with no earnings floor. SSP for
 * days of sickness is worked out only by {@link StatutorySickPayDays}, which knows the linked spell.
 */
public final class StatutorySickPay {

    private StatutorySickPay() {
    }

    /** The weekly rate this PA is entitled to (zero if not entitled). */
    public static Money weeklyRate(RatesTable rates, Money averageWeeklyEarnings) {
        StatutorySickPayRates ssp = rates.statutorySickPay();
        Money lowerEarningsLimit = rates.nationalInsurance().thresholdsFor(uk.supportbudget.domain.money.PayFrequency.WEEKLY).lowerEarningsLimit();
        if (ssp.lowerEarningsLimitApplies() && averageWeeklyEarnings.compareTo(lowerEarningsLimit) < 0) {
            return Money.ZERO;
        }
        if (ssp.earningsCap().isZero()) {
            return ssp.weeklyRate();
        }
        Money capped = Money.ofPence(Rounding.percentageRoundDownToPenny(averageWeeklyEarnings.pence(), ssp.earningsCap()));
        return capped.compareTo(ssp.weeklyRate()) < 0 ? capped : ssp.weeklyRate();
    }
}
