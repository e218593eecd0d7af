package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;

/**
 * Class 1 National Insurance for one earnings period; never negative.
 *
 * @param earningsAtOrAboveLowerEarningsLimit whether the period counts towards the PA's State Pension (earnings reach the LEL)
 */
public record NiResult(NiCategory category, Money employee, Money employer, boolean earningsAtOrAboveLowerEarningsLimit,
        String explanation) {
}
