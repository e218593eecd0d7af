package uk.supportbudget.domain.payroll;

import java.util.EnumMap;
import java.util.Map;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.Percentage;

/** Annual repayment thresholds per plan (only plans in force that year are present) and the two rates. */
public record StudentLoanRates(Map<StudentLoanPlan, Money> annualThresholds, Percentage planRate, Percentage postgraduateRate) {

    public StudentLoanRates {
        annualThresholds = Map.copyOf(new EnumMap<>(annualThresholds));
    }

    public Money annualThreshold(StudentLoanPlan plan) {
        Money threshold = annualThresholds.get(plan);
        if (threshold == null) {
            throw new Refusal(plan.displayName() + " deductions do not apply in this tax year; check the plan on the PA's start notice.");
        }
        return threshold;
    }

    public Percentage rateFor(StudentLoanPlan plan) {
        return plan == StudentLoanPlan.POSTGRADUATE ? postgraduateRate : planRate;
    }
}
