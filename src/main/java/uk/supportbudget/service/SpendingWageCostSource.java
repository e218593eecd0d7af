package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Forecast;
import uk.supportbudget.store.Book;

/** Wage costs as the weekly average of PA wages, HMRC and pension spending over the last 13 weeks. */
public final class SpendingWageCostSource implements WageCostSource {

    /** What employing PAs costs, as the ledger records it. */
    public static final Set<Category> WAGE_CATEGORIES = EnumSet.of(Category.PA_WAGES, Category.HMRC, Category.PENSION);
    /** Thirteen weeks: "the last three months" in whole weeks. */
    public static final int DAYS = 91;

    /** The spending of the {@link #DAYS} days up to a day. */
    private final Function<LocalDate, SpendingTotals> recentSpending;

    /** From ledger rows already in memory. */
    public SpendingWageCostSource(List<LedgerRow> rows) {
        this(today -> recent(rows, today));
    }

    /**
     * From the spending of the {@link #DAYS} days up to the one day it will be asked about,
     * already added up (by {@link #recent(Book, LocalDate)}, say).
     */
    public static SpendingWageCostSource fromRecent(SpendingTotals recentSpending) {
        return new SpendingWageCostSource(today -> recentSpending);
    }

    private SpendingWageCostSource(Function<LocalDate, SpendingTotals> recentSpending) {
        this.recentSpending = recentSpending;
    }

    @Override
    public Money averageWeeklyCost(LocalDate today) {
        return Forecast.weeklyAverage(Money.ofPence(recentSpending.apply(today).spentIn(WAGE_CATEGORIES, true)), DAYS);
    }

    /** The spending of the {@link #DAYS} days up to {@code today}, from rows. */
    static SpendingTotals recent(List<LedgerRow> rows, LocalDate today) {
        return SpendingTotals.ofRows(rows, today.minusDays(DAYS - 1L), today);
    }

    /** The spending of the {@link #DAYS} days up to {@code today}, added up by SQLite. */
    public static SpendingTotals recent(Book book, LocalDate today) {
        return SpendingTotals.between(book, today.minusDays(DAYS - 1L), today);
    }
}
