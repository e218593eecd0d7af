package uk.supportbudget.domain.payroll;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.Percentage;

/**
 * One PA's payslip for one period: tax, NI, student loans, workplace pension, Employment Allowance,
 * net pay and what the period costs the employer, each figure with a plain-English explanation.
 */
public final class PayslipCalculator {

    private PayslipCalculator() {
    }

    /** Workplace pension settings for the PA, or none if not in a scheme. */
    public record Pension(Percentage employeeRate, Percentage employerRate, AutoEnrolment.TaxRelief relief) {
    }

    /**
     * @param pension null when the PA is not in a workplace pension
     * @param allowance null when the employer does not claim the Employment Allowance
     * @param refundedBeforeTaxContributions pension contributions handed back after an opt-out that had been taken before tax under a
     *            net pay arrangement: taxable pay for PAYE, but not earnings for NI (NI was paid on them when they were deducted)
     */
    public record Input(RatesTable rates, PayPeriod period, TaxCode code, NiCategory category, Money gross, Money previousTaxablePay,
            Money previousTaxPaid, List<StudentLoanPlan> studentLoans, Pension pension, EmploymentAllowance allowance,
            Money refundedBeforeTaxContributions) {

        public Input {
            studentLoans = List.copyOf(studentLoans);
            refundedBeforeTaxContributions = refundedBeforeTaxContributions == null ? Money.ZERO : refundedBeforeTaxContributions;
            if (refundedBeforeTaxContributions.isNegative()) {
                throw new IllegalArgumentException("A refund is never negative");
            }
        }

        /** Input with no refunded contributions. */
        public Input(RatesTable rates, PayPeriod period, TaxCode code, NiCategory category, Money gross, Money previousTaxablePay,
                Money previousTaxPaid, List<StudentLoanPlan> studentLoans, Pension pension, EmploymentAllowance allowance) {
            this(rates, period, code, category, gross, previousTaxablePay, previousTaxPaid, studentLoans, pension, allowance, Money.ZERO);
        }
    }

    public static PayslipCalculation calculate(Input input) {
        RatesTable rates = input.rates();
        Map<String, String> explanations = new LinkedHashMap<>();

        AutoEnrolment.Contributions pension = input.pension() == null ? null
                : AutoEnrolment.contributions(rates, input.period().frequency(), input.gross(), input.pension().employeeRate(),
                        input.pension().employerRate(), input.pension().relief());
        Money taxablePay = pension != null && pension.relief() == AutoEnrolment.TaxRelief.NET_PAY_ARRANGEMENT
                ? input.gross().minus(pension.deductedFromPay()) : input.gross();
        if (taxablePay.isNegative()) {
            taxablePay = Money.ZERO;
        }
        // A refund of contributions that had been relieved of tax is taxed when it is paid back (HMRC PTM044230: net pay
        // contributions come off pay before PAYE; TPR: the refund is made "less any tax due").
        taxablePay = taxablePay.plus(input.refundedBeforeTaxContributions());

        PayeResult tax = PayeCalculator.calculate(rates, input.code(), input.period(), taxablePay, input.previousTaxablePay(), input.previousTaxPaid());
        explanations.put("tax", tax.explanation());
        NiResult ni = NiCalculator.calculate(rates, input.category(), input.period().frequency(), input.gross());
        explanations.put("ni", ni.explanation());

        Map<StudentLoanPlan, Money> loans = new EnumMap<>(StudentLoanPlan.class);
        Money loanTotal = Money.ZERO;
        for (StudentLoanPlan plan : input.studentLoans()) {
            Money deduction = StudentLoanCalculator.deduction(rates, plan, input.period().frequency(), input.gross());
            loans.put(plan, deduction);
            loanTotal = loanTotal.plus(deduction);
            explanations.put("studentLoan." + plan.dataKey(), plan.displayName() + ": " + rates.studentLoans().rateFor(plan) + " of pay above "
                    + Pounds.of(StudentLoanCalculator.periodThreshold(rates, plan, input.period().frequency()))
                    + ", rounded down to the pound = " + Pounds.of(deduction) + ".");
        }

        Money allowanceUsed = Money.ZERO;
        EmploymentAllowance allowanceAfter = input.allowance();
        Money employerNiDue = ni.employer();
        if (input.allowance() != null) {
            EmploymentAllowance.Offset offset = input.allowance().offset(ni.employer());
            allowanceUsed = offset.covered();
            allowanceAfter = offset.after();
            employerNiDue = offset.employerNiStillDue();
            explanations.put("employmentAllowance", "Employment Allowance: covers " + Pounds.of(allowanceUsed) + " of the employer's NI; "
                    + Pounds.of(allowanceAfter.remaining()) + " of this year's " + Pounds.of(allowanceAfter.annualAllowance()) + " is left.");
        }
        if (pension != null) {
            explanations.put("pension", pension.explanation());
        }

        Money pensionFromPay = pension == null ? Money.ZERO : pension.deductedFromPay();
        Money employerPension = pension == null ? Money.ZERO : pension.employerContribution();
        Money net = input.gross().minus(tax.tax()).minus(ni.employee()).minus(loanTotal).minus(pensionFromPay);
        Money cost = input.gross().plus(employerNiDue).plus(employerPension);
        explanations.put("netPay", "Net pay: gross " + Pounds.of(input.gross()) + " less tax " + Pounds.of(tax.tax()) + ", NI "
                + Pounds.of(ni.employee()) + (loanTotal.isZero() ? "" : ", student loans " + Pounds.of(loanTotal))
                + (pensionFromPay.isZero() ? "" : ", pension " + Pounds.of(pensionFromPay)) + " = " + Pounds.of(net) + ".");
        explanations.put("employerCost", "Cost to the employer: pay " + Pounds.of(input.gross()) + " plus employer NI " + Pounds.of(employerNiDue)
                + (employerPension.isZero() ? "" : " plus employer pension " + Pounds.of(employerPension)) + " = " + Pounds.of(cost) + ".");

        return new PayslipCalculation(input.gross(), taxablePay, tax, ni, loans, pension, allowanceUsed, allowanceAfter, employerNiDue,
                net, cost, explanations);
    }
}
