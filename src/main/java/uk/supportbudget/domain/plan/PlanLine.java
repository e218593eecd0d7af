package uk.supportbudget.domain.plan;

import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;

/** Agreed support in the plan ("PA support 28 h/week") and what it is budgeted to cost a year. */
public record PlanLine(long id, long planYearId, Category category, String description, Money annualBudget,
                       Long fundingComponentId) {

    public PlanLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(annualBudget, "annualBudget");
        if (description == null || description.isBlank()) {
            throw new Refusal("Please describe the agreed support, such as \"PA support 28 hours a week\".");
        }
        if (annualBudget.isNegative()) {
            throw new Refusal("A budget cannot be negative.");
        }
        description = description.strip();
    }
}
