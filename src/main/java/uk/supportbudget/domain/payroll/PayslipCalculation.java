package uk.supportbudget.domain.payroll;

import java.util.Map;

import uk.supportbudget.domain.money.Money;

/**
 * Every figure of one payslip, and for each a sentence saying how it was worked out (keys: tax, ni,
 * studentLoan.plan1 …, pension, employmentAllowance, netPay, employerCost).
 *
 * @param taxablePay pay for PAYE: gross less pension contributions under a net pay arrangement
 * @param pension null when the PA is not in a workplace pension
 * @param allowanceAfter null when the employer does not claim the Employment Allowance
 * @param employerNiDue employer NI left to pay after the Employment Allowance
 */
public record PayslipCalculation(Money gross, Money taxablePay, PayeResult tax, NiResult ni, Map<StudentLoanPlan, Money> studentLoans,
        AutoEnrolment.Contributions pension, Money employmentAllowanceUsed, EmploymentAllowance allowanceAfter, Money employerNiDue,
        Money netPay, Money employerCost, Map<String, String> explanations) {

    public PayslipCalculation {
        studentLoans = Map.copyOf(studentLoans);
        explanations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(explanations));
    }
}
