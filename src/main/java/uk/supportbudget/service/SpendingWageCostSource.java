package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Forecast;

/** Wage costs as the weekly average of PA wages, HMRC and pension spending over the last 13 weeks. */
public final class SpendingWageCostSource implements WageCostSource {

    /** What employing PAs costs, as the ledger records it. */
    public static final Set<Category> WAGE_CATEGORIES = EnumSet.of(Category.PA_WAGES, Category.HMRC, Category.PENSION);
    /** Thirteen weeks: "the last three months" in whole weeks. */
    public static final int DAYS = 91;

    private final List<LedgerRow> rows;

    public SpendingWageCostSource(List<LedgerRow> rows) {
        this.rows = rows;
    }

    @Override
    public Money averageWeeklyCost(LocalDate today) {
        return Forecast.weeklyAverage(Money.ofPence(spentIn(rows, today, WAGE_CATEGORIES, true)), DAYS);
    }

    /**
     * Pence spent (a positive number) in the {@link #DAYS} days up to {@code today} in
     * {@code categories} (or, with {@code inCategories} false, in every other spending category),
     * split parts counted by their own category; moves between own accounts left out.
     */
    static long spentIn(List<LedgerRow> rows, LocalDate today, Set<Category> categories, boolean inCategories) {
        int last = (int) today.toEpochDay();
        int first = last - DAYS + 1;
        long spent = 0;
        for (LedgerRow row : rows) {
            if (row.epochDay() < first || row.epochDay() > last || row.isTransfer() || row.pence() >= 0) {
                continue;
            }
            if (row.isSplit()) {
                for (int i = 0; i < row.parts().size(); i++) {
                    if (categories.contains(row.parts().category(i)) == inCategories) {
                        spent -= row.parts().pence()[i];
                    }
                }
            } else {
                Category category = row.categoryOrNull();
                boolean listed = category != null && categories.contains(category);
                if (listed == inCategories) {
                    spent -= row.pence();
                }
            }
        }
        return spent;
    }
}
