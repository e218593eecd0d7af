package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;

/**
 * Income tax for one period.
 *
 * @param tax to deduct this period; negative is a refund
 * @param cumulative false when calculated on a week 1 / month 1 basis
 * @param payToDate the pay the calculation used (to date when cumulative, this period otherwise)
 * @param freePay tax-free pay for the same span (zero for K, BR, D and NT codes)
 * @param additionalPay pay added for a K code over the same span
 * @param taxablePay taxable pay before rounding down to the pound (zero if negative)
 * @param taxDue tax due to date (cumulative) or for the period (week 1 / month 1), before deducting tax paid
 * @param overridingLimitApplied whether the 50% limit held the deduction down
 * @param explanation the working in plain English
 */
public record PayeResult(Money tax, boolean cumulative, Money payToDate, Money freePay, Money additionalPay,
        Money taxablePay, Money taxDue, boolean overridingLimitApplied, String explanation) {
}
