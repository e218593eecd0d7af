package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Rounding;

/**
 * Student and postgraduate loan deductions (non-cumulative, on the same earnings as Class 1 NI):
 * 9% (postgraduate 6%) of earnings above the period's threshold, rounded down to the whole pound.
 * The period threshold is the annual one pro-rated (÷12 monthly; × weeks ÷ 52 otherwise) and kept to
 * the penny below, as HMRC prints it (Plan 1 2025-26: £2,172.08 a month, £501.25 a week).
 */
public final class StudentLoanCalculator {

    private StudentLoanCalculator() {
    }

    public static Money periodThreshold(RatesTable rates, StudentLoanPlan plan, PayFrequency frequency) {
        long annualPence = rates.studentLoans().annualThreshold(plan).pence();
        return Money.ofPence(Math.floorDiv(annualPence * frequency.unitsPerPeriod(), frequency.taxUnitsPerYear()));
    }

    public static Money deduction(RatesTable rates, StudentLoanPlan plan, PayFrequency frequency, Money earnings) {
        long excess = earnings.pence() - periodThreshold(rates, plan, frequency).pence();
        if (excess <= 0) {
            return Money.ZERO;
        }
        long pence = Rounding.percentageRoundDownToPenny(excess, rates.studentLoans().rateFor(plan));
        return Money.ofPence(Rounding.studentLoanRoundDownToPound(pence));
    }
}
