package uk.supportbudget.domain.payrun;

import uk.supportbudget.domain.money.Money;

/**
 * Totals for one PA in one tax year in this employment, as a payslip, the FPS and the P60 show them.
 *
 * @param taxablePay pay for PAYE (gross less any net-pay-arrangement pension contributions)
 * @param pensionFromPay what came off pay for the pension
 * @param earningsAtLel … {@code ptToUel}: the NI earnings bands reported on the FPS and P60
 */
public record YearToDate(Money gross, Money taxablePay, Money tax, Money employeeNi, Money employerNi, Money pensionFromPay,
        Money pensionEmployer, Money studentLoan, Money postgraduateLoan, Money sickPay, Money employmentAllowance,
        Money earningsAtLel, Money lelToPt, Money ptToUel, Money net) {

    public static final YearToDate NONE = new YearToDate(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public YearToDate plus(YearToDate other) {
        return new YearToDate(gross.plus(other.gross), taxablePay.plus(other.taxablePay), tax.plus(other.tax),
                employeeNi.plus(other.employeeNi), employerNi.plus(other.employerNi), pensionFromPay.plus(other.pensionFromPay),
                pensionEmployer.plus(other.pensionEmployer), studentLoan.plus(other.studentLoan),
                postgraduateLoan.plus(other.postgraduateLoan), sickPay.plus(other.sickPay),
                employmentAllowance.plus(other.employmentAllowance), earningsAtLel.plus(other.earningsAtLel),
                lelToPt.plus(other.lelToPt), ptToUel.plus(other.ptToUel), net.plus(other.net));
    }
}
