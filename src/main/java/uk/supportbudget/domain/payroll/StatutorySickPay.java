package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.Rounding;

/**
 * Statutory Sick Pay amounts. Up to 5 April 2026: the flat weekly rate when average weekly earnings
 * reach the weekly lower earnings limit, after three waiting days. From 6 April 2026: from the first
 * qualifying day, the lower of the flat rate and 80% of average weekly earnings, with no earnings floor.
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

    /**
     * SSP for a run of sickness: qualifying days after the waiting days, at the weekly rate divided by
     * the qualifying days in the week, rounded up to the penny as HMRC's daily rate tables are.
     */
    public static Money payable(RatesTable rates, Money averageWeeklyEarnings, int qualifyingDaysSick, int qualifyingDaysPerWeek,
            int waitingDaysAlreadyServed) {
        if (qualifyingDaysPerWeek < 1 || qualifyingDaysPerWeek > 7 || qualifyingDaysSick < 0) {
            throw new IllegalArgumentException("Qualifying days per week lie between 1 and 7");
        }
        int waiting = Math.max(0, rates.statutorySickPay().waitingDays() - waitingDaysAlreadyServed);
        int payableDays = Math.max(0, qualifyingDaysSick - waiting);
        Money weekly = weeklyRate(rates, averageWeeklyEarnings);
        return Money.ofPence(Rounding.ceilDiv(weekly.pence() * payableDays, qualifyingDaysPerWeek));
    }
}
