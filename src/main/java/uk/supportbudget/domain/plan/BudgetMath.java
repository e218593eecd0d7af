package uk.supportbudget.domain.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import uk.supportbudget.domain.money.Money;

/**
 * Converting funding between cycles without drift: everything goes through the annual amount
 * (weekly x52, four-weekly x13, monthly x12, quarterly x4), and only the weekly figure is rounded,
 * half up to the penny, as a council's "gross weekly budget" is quoted.
 */
public final class BudgetMath {

    private BudgetMath() {
    }

    public static Money annual(Money amount, Cycle cycle) {
        return amount.times(paymentsPerYear(cycle));
    }

    public static int paymentsPerYear(Cycle cycle) {
        return switch (cycle) {
            case WEEKLY -> 52;
            case FOUR_WEEKLY -> 13;
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case ANNUAL -> 1;
        };
    }

    /**
     * An annual amount shared into the payments of one year at {@code cycle}, to the penny and
     * adding up exactly to the annual amount: every payment is the annual amount divided by the
     * payments a year rounded down, and the pence left over go one each on the last payments.
     */
    public static java.util.List<Money> instalments(Money annual, Cycle cycle) {
        int count = paymentsPerYear(cycle);
        long base = Math.floorDiv(annual.pence(), count);
        long remainder = annual.pence() - base * count;
        java.util.List<Money> payments = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            payments.add(Money.ofPence(base + (i >= count - remainder ? 1 : 0)));
        }
        return payments;
    }

    /** What one payment at {@code cycle} is for an annual amount, rounded half up to the penny. */
    public static Money perPayment(Money annual, Cycle cycle) {
        return Money.fromDecimal(annual.toDecimal().divide(BigDecimal.valueOf(paymentsPerYear(cycle)), 2,
                RoundingMode.HALF_UP));
    }

    /** The gross weekly budget: the annual total of all components over 52 weeks. */
    public static Money grossWeekly(Collection<FundingComponent> components) {
        long annualPence = components.stream().mapToLong(c -> annual(c.amount(), c.cycle()).pence()).sum();
        return Money.fromDecimal(BigDecimal.valueOf(annualPence, 2).divide(BigDecimal.valueOf(52), 2, RoundingMode.HALF_UP));
    }

    /** Weeks of budget a balance represents, to one decimal place (rounded down: never overstate). */
    public static BigDecimal weeksHeld(Money balance, Money grossWeekly) {
        if (!grossWeekly.isPositive()) {
            return BigDecimal.ZERO.setScale(1);
        }
        return balance.toDecimal().divide(grossWeekly.toDecimal(), 1, RoundingMode.DOWN);
    }
}
