package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;

/**
 * The Pensions Regulator's earnings figures for one pay reference period: the earnings trigger
 * for automatic enrolment and the qualifying earnings band (lower and upper limits).
 */
public record AutoEnrolmentThresholds(Money earningsTrigger, Money qualifyingEarningsLower, Money qualifyingEarningsUpper) {

    public AutoEnrolmentThresholds {
        if (qualifyingEarningsLower.compareTo(earningsTrigger) > 0 || earningsTrigger.compareTo(qualifyingEarningsUpper) > 0) {
            throw new IllegalArgumentException("Expected lower limit <= trigger <= upper limit");
        }
    }
}
