package uk.supportbudget.domain.plan;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;

/**
 * The yearly budget of one plan year, per category and per funder: what the agreed support lines
 * add up to. A line names the funding component that pays for it; a line that names none counts
 * only in the combined figures.
 */
public record PlanBudget(Map<Category, Money> byCategory, Map<Funder, Money> byFunder,
                         Map<Funder, Map<Category, Money>> byFunderAndCategory, Money total, Money unassigned) {

    public static PlanBudget of(Collection<FundingComponent> funding, Collection<PlanLine> lines) {
        Map<Long, Funder> funderOf = new java.util.HashMap<>();
        funding.forEach(c -> funderOf.put(c.id(), c.funder()));
        Map<Category, Money> byCategory = new EnumMap<>(Category.class);
        Map<Funder, Money> byFunder = new EnumMap<>(Funder.class);
        Map<Funder, Map<Category, Money>> both = new EnumMap<>(Funder.class);
        Money total = Money.ZERO;
        Money unassigned = Money.ZERO;
        for (PlanLine line : lines) {
            byCategory.merge(line.category(), line.annualBudget(), Money::plus);
            total = total.plus(line.annualBudget());
            Funder funder = line.fundingComponentId() == null ? null : funderOf.get(line.fundingComponentId());
            if (funder == null) {
                unassigned = unassigned.plus(line.annualBudget());
                continue;
            }
            byFunder.merge(funder, line.annualBudget(), Money::plus);
            both.computeIfAbsent(funder, f -> new EnumMap<>(Category.class))
                    .merge(line.category(), line.annualBudget(), Money::plus);
        }
        return new PlanBudget(byCategory, byFunder, both, total, unassigned);
    }

    /** What each funder pays over a year by the cycle rule (x52, x13, x12, x4, x1). */
    public static Map<Funder, Money> fundingByFunder(List<FundingComponent> funding) {
        Map<Funder, Money> result = new EnumMap<>(Funder.class);
        funding.forEach(c -> result.merge(c.funder(), BudgetMath.annual(c.amount(), c.cycle()), Money::plus));
        return result;
    }

    public Money forCategory(Category category) {
        return byCategory.getOrDefault(category, Money.ZERO);
    }

    public Money forFunder(Funder funder) {
        return byFunder.getOrDefault(funder, Money.ZERO);
    }
}
