package uk.supportbudget.domain.payrun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;

/**
 * A PA's figures for a tax year from before the first pay run in Support Budget: the P45 from a previous
 * job, and this employer's own totals so far when the payroll moves here mid-year from a payroll bureau or
 * HMRC's Basic PAYE Tools. Either part may be absent. Cumulative PAYE counts both (as HMRC's method does:
 * pay and tax to date include the previous employment); the payslip, FPS and P60 year-to-date figures of
 * this employment start from {@code thisEmployment}.
 *
 * @param previousEmployment from the PA's P45 parts 2 and 3, or {@code null}
 * @param thisEmployment this employer's totals before the first run here, or {@code null}
 */
public record OpeningFigures(long employeeId, TaxYear taxYear, PreviousEmployment previousEmployment, ThisEmployment thisEmployment) {

    public OpeningFigures {
        Objects.requireNonNull(taxYear, "taxYear");
    }

    /** Nothing brought in. */
    public static OpeningFigures none(long employeeId, TaxYear taxYear) {
        return new OpeningFigures(employeeId, taxYear, null, null);
    }

    public boolean isEmpty() {
        return previousEmployment == null && thisEmployment == null;
    }

    /** This employment's year so far before the first run here; nothing when there was none. */
    public YearToDate thisEmploymentToDate() {
        return thisEmployment == null ? YearToDate.NONE : thisEmployment.toYearToDate();
    }

    /**
     * The P45 from a previous job in the same tax year.
     *
     * @param taxCode the code on the P45 (box 6), or {@code null} when not copied
     * @param week1Month1 whether box 6 says "Week 1/Month 1"
     * @param studentLoanContinues whether box 5 is ticked: student loan deductions to continue
     */
    public record PreviousEmployment(Money pay, Money tax, TaxCode taxCode, boolean week1Month1, boolean studentLoanContinues) {

        public PreviousEmployment {
            Objects.requireNonNull(pay, "pay");
            Objects.requireNonNull(tax, "tax");
            refuseNegative(pay, "Total pay to date on the P45");
            refuseNegative(tax, "Total tax to date on the P45");
            if (taxCode != null) {
                // One truth for the basis: a code written "1257L M1" and the Week 1/Month 1 box say the same.
                week1Month1 = week1Month1 || taxCode.nonCumulative();
                taxCode = taxCode.withNonCumulative(week1Month1);
            }
            if (tax.compareTo(pay) > 0) {
                throw new Refusal("The P45 shows tax of " + tax.display() + ", more than the pay of " + pay.display()
                        + "; check you copied \"Total pay to date\" and \"Total tax to date\" from the P45.");
            }
        }

        public PayRunLine.P45Totals totals() {
            return new PayRunLine.P45Totals(pay, tax);
        }
    }

    /**
     * This employer's totals for the tax year before the first run here, as the last payslip or payroll
     * record from the bureau or Basic PAYE Tools shows them.
     *
     * @param taxablePay pay for PAYE to date (gross less pension paid under a net pay arrangement)
     * @param ni the National Insurance totals by category letter (usually one)
     * @param statutoryPay Statutory Sick Pay and other statutory payments to date
     */
    public record ThisEmployment(Money gross, Money taxablePay, Money tax, List<YearEnd.NiByCategory> ni, Money pensionFromPay,
            Money pensionEmployer, Money studentLoan, Money postgraduateLoan, Money statutoryPay) {

        public ThisEmployment {
            ni = List.copyOf(ni);
            refuseNegative(gross, "Gross pay to date");
            refuseNegative(taxablePay, "Taxable pay to date");
            refuseNegative(tax, "Tax to date");
            refuseNegative(pensionFromPay, "The PA's pension contributions to date");
            refuseNegative(pensionEmployer, "The employer's pension contributions to date");
            refuseNegative(studentLoan, "Student loan deductions to date");
            refuseNegative(postgraduateLoan, "Postgraduate loan deductions to date");
            refuseNegative(statutoryPay, "Statutory pay to date");
            if (taxablePay.compareTo(gross) > 0) {
                throw new Refusal("Taxable pay to date (" + taxablePay.display() + ") is more than gross pay to date (" + gross.display()
                        + "); taxable pay is gross pay less any pension paid under a net pay arrangement, so it cannot be larger.");
            }
            if (tax.compareTo(taxablePay) > 0) {
                throw new Refusal("Tax to date (" + tax.display() + ") is more than taxable pay to date (" + taxablePay.display()
                        + "); check both figures against the last payslip from the old payroll.");
            }
            if (statutoryPay.compareTo(gross) > 0) {
                throw new Refusal("Statutory pay to date (" + statutoryPay.display() + ") is more than gross pay to date (" + gross.display()
                        + "); statutory pay is part of gross pay.");
            }
            java.util.Set<NiCategory> seen = java.util.EnumSet.noneOf(NiCategory.class);
            for (YearEnd.NiByCategory category : ni) {
                if (!seen.add(category.category())) {
                    throw new Refusal("National Insurance category " + category.category() + " is entered twice; add its figures together.");
                }
                for (Money figure : List.of(category.earningsAtLel(), category.lelToPt(), category.ptToUel(), category.employeeNi(),
                        category.employerNi())) {
                    refuseNegative(figure, "National Insurance figures for category " + category.category());
                }
                Money bands = category.earningsAtLel().plus(category.lelToPt()).plus(category.ptToUel());
                if (bands.compareTo(gross) > 0) {
                    throw new Refusal("The earnings bands for category " + category.category() + " add up to " + bands.display()
                            + ", more than gross pay to date of " + gross.display() + "; check the figures at the LEL, LEL to PT and PT to UEL.");
                }
            }
        }

        public Money employeeNi() {
            return ni.stream().map(YearEnd.NiByCategory::employeeNi).reduce(Money.ZERO, Money::plus);
        }

        public Money employerNi() {
            return ni.stream().map(YearEnd.NiByCategory::employerNi).reduce(Money.ZERO, Money::plus);
        }

        /**
         * As a year-to-date total to build on. Net pay is what the figures leave (gross less tax, NI, loans
         * and pension); the Employment Allowance is the employer's and is brought in separately.
         */
        public YearToDate toYearToDate() {
            Money atLel = ni.stream().map(YearEnd.NiByCategory::earningsAtLel).reduce(Money.ZERO, Money::plus);
            Money lelToPt = ni.stream().map(YearEnd.NiByCategory::lelToPt).reduce(Money.ZERO, Money::plus);
            Money ptToUel = ni.stream().map(YearEnd.NiByCategory::ptToUel).reduce(Money.ZERO, Money::plus);
            Money net = gross.minus(tax).minus(employeeNi()).minus(studentLoan).minus(postgraduateLoan).minus(pensionFromPay);
            return new YearToDate(gross, taxablePay, tax, employeeNi(), employerNi(), pensionFromPay, pensionEmployer, studentLoan,
                    postgraduateLoan, statutoryPay, Money.ZERO, atLel, lelToPt, ptToUel, net);
        }

        /** The NI figures by category, in category order, ready to add the year's runs to. */
        public Map<NiCategory, YearEnd.NiByCategory> niByCategory() {
            Map<NiCategory, YearEnd.NiByCategory> map = new LinkedHashMap<>();
            new ArrayList<>(ni).stream().sorted(java.util.Comparator.comparing(YearEnd.NiByCategory::category))
                    .forEach(n -> map.put(n.category(), n));
            return map;
        }
    }

    private static void refuseNegative(Money money, String what) {
        Objects.requireNonNull(money, what);
        if (money.isNegative()) {
            throw new Refusal(what + " cannot be negative (" + money.display() + "); type the amount without a minus sign.");
        }
    }
}
