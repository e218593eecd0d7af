package uk.supportbudget.domain.payroll;

import java.util.Locale;

import uk.supportbudget.domain.Refusal;

/** Student loan repayment plans an employer deducts for; the postgraduate loan can run alongside one of the others. */
public enum StudentLoanPlan {
    PLAN_1("plan1", "Plan 1"),
    PLAN_2("plan2", "Plan 2"),
    PLAN_4("plan4", "Plan 4"),
    PLAN_5("plan5", "Plan 5"),
    POSTGRADUATE("postgraduate", "Postgraduate Loan");

    private final String dataKey;
    private final String displayName;

    StudentLoanPlan(String dataKey, String displayName) {
        this.dataKey = dataKey;
        this.displayName = displayName;
    }

    public static StudentLoanPlan parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        for (StudentLoanPlan plan : values()) {
            if (plan.dataKey.equals(key) || key.equals(plan.dataKey.replace("plan", "")) || (plan == POSTGRADUATE && key.equals("pgl"))) {
                return plan;
            }
        }
        throw new Refusal("\"" + text + "\" is not a student loan plan; use plan1, plan2, plan4, plan5 or postgraduate.");
    }

    public String dataKey() {
        return dataKey;
    }

    public String displayName() {
        return displayName;
    }
}
