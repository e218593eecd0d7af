package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;

/**
 * The core of a pay run for one PA and one period: income tax and Class 1 NI on the same gross pay.
 * This is what {@code payroll-calc} prints; {@link PayslipCalculator} builds a full payslip around it.
 */
public record TaxAndNi(PayeResult tax, NiResult ni) {

    /** Largest gross pay for one period the engine accepts; anything bigger is a typing mistake. */
    public static final Money LARGEST_GROSS = Money.ofPounds(10_000_000);

    public static TaxAndNi calculate(RatesTable rates, PayPeriod period, TaxCode code, NiCategory category, Money gross,
            Money previousTaxablePay, Money previousTaxPaid) {
        return calculate(rates, period, code, category, gross, previousTaxablePay, previousTaxPaid, true);
    }

    /** As above; with {@code explain} false the explanations are left empty (batch use). */
    public static TaxAndNi calculate(RatesTable rates, PayPeriod period, TaxCode code, NiCategory category, Money gross,
            Money previousTaxablePay, Money previousTaxPaid, boolean explain) {
        if (gross.isNegative()) {
            throw new Refusal("Gross pay of " + Pounds.of(gross) + " is negative; enter the pay for the period as a positive amount.");
        }
        if (gross.compareTo(LARGEST_GROSS) > 0 || previousTaxablePay.abs().compareTo(LARGEST_GROSS.times(60)) > 0
                || previousTaxPaid.abs().compareTo(LARGEST_GROSS.times(60)) > 0) {
            throw new Refusal("An amount of more than " + Pounds.of(LARGEST_GROSS) + " for one period looks like a typing mistake; check the figures.");
        }
        PayeResult tax = PayeCalculator.calculate(rates, code, period, gross, previousTaxablePay, previousTaxPaid, explain);
        NiResult ni = NiCalculator.calculate(rates, category, period.frequency(), gross, explain);
        return new TaxAndNi(tax, ni);
    }
}
