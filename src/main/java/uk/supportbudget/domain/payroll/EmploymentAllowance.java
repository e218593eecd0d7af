package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;

/**
 * The Employment Allowance for one tax year (HMRC NIM06520: most people employing PAs with a direct
 * payment can claim it): it pays the employer's Class 1 NI, period by period, until the year's
 * allowance (£5,000 in 2024-25, £10,500 from 2025-26) is used up. A pure tracker: each pay run
 * gives a new value.
 */
public record EmploymentAllowance(Money annualAllowance, Money used) {

    public EmploymentAllowance {
        if (annualAllowance.isNegative() || used.isNegative() || used.compareTo(annualAllowance) > 0) {
            throw new IllegalArgumentException("Employment Allowance used must lie between nothing and the allowance");
        }
    }

    /** A fresh allowance for the start of a tax year. */
    public static EmploymentAllowance unused(RatesTable rates) {
        return new EmploymentAllowance(rates.nationalInsurance().employmentAllowance(), Money.ZERO);
    }

    public Money remaining() {
        return annualAllowance.minus(used);
    }

    /** What the allowance covers of this period's employer NI, what is left to pay, and the tracker afterwards. */
    public Offset offset(Money employerNi) {
        if (employerNi.isNegative()) {
            throw new IllegalArgumentException("Employer NI is never negative");
        }
        Money covered = employerNi.compareTo(remaining()) <= 0 ? employerNi : remaining();
        return new Offset(covered, employerNi.minus(covered), new EmploymentAllowance(annualAllowance, used.plus(covered)));
    }

    public record Offset(Money covered, Money employerNiStillDue, EmploymentAllowance after) {
    }
}
