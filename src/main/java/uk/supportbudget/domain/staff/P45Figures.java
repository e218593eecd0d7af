package uk.supportbudget.domain.staff;

import java.time.LocalDate;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.TaxCode;

/**
 * The figures a P45 carries into this job: pay and tax so far this tax year, the tax code, and the day
 * the PA left that job (box 3 on part 2; {@code null} when not typed in).
 */
public record P45Figures(Money previousPay, Money previousTax, TaxCode taxCode, LocalDate leftPreviousJobOn) {

    public P45Figures {
        Objects.requireNonNull(previousPay, "previousPay");
        Objects.requireNonNull(previousTax, "previousTax");
        Objects.requireNonNull(taxCode, "taxCode");
        if (previousPay.isNegative()) {
            throw new Refusal("Pay to date on the P45 cannot be negative; copy it from box 5 (\"total pay to date\").");
        }
    }

    /** Figures without the leaving date of the previous job. */
    public P45Figures(Money previousPay, Money previousTax, TaxCode taxCode) {
        this(previousPay, previousTax, taxCode, null);
    }
}
