package uk.supportbudget.domain.payroll;

import static uk.supportbudget.domain.money.Rounding.UNITS_PER_POUND;

import java.util.List;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;
import uk.supportbudget.domain.money.Rounding;

/**
 * PAYE income tax by HMRC's exact method, following the "Specification for PAYE Tax Table Routines"
 * step by step (paragraph numbers in the comments are the specification's).
 *
 * <p>In outline, for suffix and K codes: free (or additional) pay for week/month 1 from the code
 * number, times the week or month number; taxable pay to date; tax due to date through the bands
 * pro-rated to the period; minus tax already paid. Week 1 / month 1 codes, and the week 53/54/56
 * payment, treat the payment on its own as if it were the first of the year.
 */
public final class PayeCalculator {

    /** HMRC splits code numbers above 500 into blocks of 500 (spec 4.3.1, note for programmers). */
    private static final int CODE_BLOCK = 500;

    private PayeCalculator() {
    }

    /**
     * @param gross taxable pay for this period (after any net-pay pension contributions)
     * @param previousTaxablePay taxable pay in this employment (plus P45 figures) up to the end of the previous period
     * @param previousTaxPaid tax deducted (net of refunds) up to the end of the previous period
     */
    public static PayeResult calculate(RatesTable rates, TaxCode code, PayPeriod period, Money gross,
            Money previousTaxablePay, Money previousTaxPaid) {
        return calculate(rates, code, period, gross, previousTaxablePay, previousTaxPaid, true);
    }

    /** As above; with {@code explain} false the explanation is left empty, for bulk calculations that print only the figures. */
    public static PayeResult calculate(RatesTable rates, TaxCode code, PayPeriod period, Money gross,
            Money previousTaxablePay, Money previousTaxPaid, boolean explain) {
        if (gross.isNegative()) {
            throw new Refusal("Gross pay of " + Pounds.of(gross) + " is negative; enter the pay for the period as a positive amount.");
        }
        PayFrequency frequency = period.frequency();
        boolean cumulative = !code.nonCumulative() && !period.isExtraWeekPayment();
        int periodsPerYear = frequency.taxUnitsPerYear();
        int elapsed = cumulative ? period.taxWeekOrMonth() : frequency.unitsPerPeriod();
        long payToDate = cumulative ? Math.addExact(previousTaxablePay.pence(), gross.pence()) : gross.pence();
        long paidBefore = cumulative ? previousTaxPaid.pence() : 0;
        RegionBands bands = rates.bandsFor(code.region());

        long freePay = 0;
        long additionalPay = 0;
        long taxable;
        long taxDue;
        String working;
        switch (code.kind()) {
            case NO_TAX -> {
                taxable = 0;
                taxDue = 0;
                working = "no tax is due on an NT code";
            }
            case BASIC_RATE, D -> {
                int offset = code.kind() == TaxCode.Kind.D ? 1 + code.dRateIndex() : 0;
                Percentage rate = bands.flatRate(offset);
                taxable = Math.max(0, payToDate);
                taxDue = flatRateTax(taxable, rate);
                working = !explain ? "" : "all pay taxed at the " + bands.flatRateName(offset) + " rate of " + rate + " on "
                        + Pounds.of(Rounding.taxablePayRoundDownToPound(taxable) * 100)
                        + " (rounded down to the pound)";
            }
            default -> {
                long adjustment = Math.multiplyExact(periodOnePayAdjustment(code.number(), periodsPerYear), elapsed);
                if (code.kind() == TaxCode.Kind.K) {
                    additionalPay = adjustment;
                    taxable = Math.addExact(payToDate, adjustment);
                } else {
                    freePay = adjustment;
                    taxable = payToDate - adjustment;
                }
                taxDue = taxDueOnTaxablePay(bands, taxable, elapsed, periodsPerYear);
                working = !explain ? "" : (code.kind() == TaxCode.Kind.K
                        ? "additional pay " + Pounds.of(additionalPay)
                        : "free pay " + Pounds.of(freePay))
                        + ", taxable pay " + Pounds.of(Math.max(0, taxable))
                        + (taxable > 0 ? " (taxed on " + Pounds.of(Rounding.taxablePayRoundDownToPound(taxable) * 100) + ")" : "");
                taxable = Math.max(0, taxable);
            }
        }

        long tax = taxDue - paidBefore;
        long limit = Rounding.overridingLimitRoundDownToPenny(gross.pence(), rates.overridingLimit());
        boolean limited = false;
        if (tax > limit) {
            tax = limit;
            limited = true;
        }
        if (!cumulative && tax < 0) {
            tax = 0; // no refunds on a week 1 / month 1 basis (spec 8 and 11)
        }

        if (!explain) {
            return new PayeResult(Money.ofPence(tax), cumulative, Money.ofPence(payToDate), Money.ofPence(freePay),
                    Money.ofPence(additionalPay), Money.ofPence(taxable), Money.ofPence(taxDue), limited, "");
        }
        StringBuilder explanation = new StringBuilder("Tax: code ").append(code.code()).append(", ").append(period.describe());
        if (cumulative) {
            explanation.append(" (cumulative), pay to date ").append(Pounds.of(payToDate)).append(", ");
        } else {
            explanation.append(period.isExtraWeekPayment() && !code.nonCumulative()
                    ? " (the extra week's payment is taxed on a week 1 basis)" : " (week 1 / month 1 basis)");
            explanation.append(", pay this period ").append(Pounds.of(payToDate)).append(", ");
        }
        explanation.append(working).append(", tax due ").append(cumulative ? "to date " : "")
                .append(Pounds.of(taxDue));
        if (cumulative && paidBefore != 0) {
            explanation.append(" less ").append(Pounds.of(paidBefore)).append(" already paid");
        }
        if (limited) {
            explanation.append("; held to the overriding limit of ").append(rates.overridingLimit()).append(" of this period's pay");
        }
        explanation.append(tax < 0 ? ": refund " + Pounds.of(-tax) + "." : ": deduct " + Pounds.of(tax) + ".");

        return new PayeResult(Money.ofPence(tax), cumulative, Money.ofPence(payToDate), Money.ofPence(freePay),
                Money.ofPence(additionalPay), Money.ofPence(taxable), Money.ofPence(taxDue), limited, explanation.toString());
    }

    /**
     * Spec 4.3.1: the pay adjustment (free pay for suffix codes, additional pay for K codes) for
     * week 1 or month 1, in pence. Codes up to 500: (code × 10 + 9) ÷ 52 or 12, rounded up to the
     * penny. Larger codes: the remainder part (1..500) that way, plus one block value per 500,
     * itself £5,000 ÷ 52 or 12 rounded up (£96.16 a week, £416.67 a month).
     */
    public static long periodOnePayAdjustment(int codeNumber, int periodsPerYear) {
        if (codeNumber == 0) {
            return 0;
        }
        int blocks = (codeNumber - 1) / CODE_BLOCK;
        int remainder = (codeNumber - 1) % CODE_BLOCK + 1;
        long remainderAnnualPence = (remainder * 10L + 9) * 100;
        long blockValue = Rounding.payAdjustmentRoundUpToPenny(CODE_BLOCK * 10L * 100, periodsPerYear);
        return Rounding.payAdjustmentRoundUpToPenny(remainderAnnualPence, periodsPerYear) + blocks * blockValue;
    }

    /**
     * Spec 4.4: tax due on taxable pay to date Un (pence) at {@code elapsed}/{@code periodsPerYear}
     * of the year. The income tests compare the unrounded Un with each band's pro-rated limit rounded
     * up to the pound; the chosen formula then prices Un rounded down to the pound against the exact
     * (four decimal place) pro-rated thresholds and threshold taxes; the result is rounded down to the penny.
     */
    public static long taxDueOnTaxablePay(RegionBands bands, long taxablePence, int elapsed, int periodsPerYear) {
        if (taxablePence <= 0) {
            return 0;
        }
        long taxablePounds = Rounding.taxablePayRoundDownToPound(taxablePence);
        List<Percentage> rates = bands.rates();
        List<Long> limits = bands.upperLimits();
        long thresholdBelow = 0;
        long thresholdTaxBelow = 0;
        long annualTaxBelow = 0;
        long limitBelow = 0;
        for (int band = 0; band < rates.size(); band++) {
            Percentage rate = rates.get(band);
            boolean topBand = band == limits.size();
            if (topBand || taxablePence <= Rounding.incomeTestValueRoundUpToPound(limits.get(band), elapsed, periodsPerYear) * 100) {
                long excessUnits = taxablePounds * UNITS_PER_POUND - thresholdBelow;
                long taxUnits = thresholdTaxBelow + Math.floorDiv(excessUnits * rate.basisPoints(), 10_000);
                return Rounding.taxRoundDownToPenny(taxUnits);
            }
            long limit = limits.get(band);
            annualTaxBelow += (limit - limitBelow) * rate.basisPoints(); // pounds × basis points = units of £0.0001
            thresholdBelow = Rounding.thresholdTruncatedToFourPlaces(limit * UNITS_PER_POUND, elapsed, periodsPerYear);
            thresholdTaxBelow = Rounding.thresholdTruncatedToFourPlaces(annualTaxBelow, elapsed, periodsPerYear);
            limitBelow = limit;
        }
        throw new IllegalStateException("unreachable: the top band always matches");
    }

    /** Spec 5 and 6: BR and D codes tax the whole of pay (rounded down to the pound) at one rate, rounded down to the penny. */
    static long flatRateTax(long payPence, Percentage rate) {
        if (payPence <= 0) {
            return 0;
        }
        long units = Rounding.taxablePayRoundDownToPound(payPence) * rate.basisPoints();
        return Rounding.taxRoundDownToPenny(units);
    }
}
