package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.LedgerTotalsRepository;

/**
 * Money in and out between two dates as the dashboard and the forecast add it up, transfers
 * between own accounts left out. A split payment counts each part under the part's own category
 * and funder. Worked out by SQLite for a book ({@link #between(Book, LocalDate, LocalDate)}) or from
 * ledger rows ({@link #ofRows}); both give the same pence, which a test checks on a generated book.
 *
 * @param moneyIn                money in (positive)
 * @param moneyOut               money out (positive)
 * @param needsCategory          transactions with no category and no parts, in or out
 * @param spentByCategory        money out (positive) per category; payments with no category are not here
 * @param spentUncategorised     money out (positive) with no category
 * @param uncategorisedPayments  how many payments out have no category
 * @param spentByFunder          money out (positive) per funder; payments with no funder are not here
 */
public record SpendingTotals(long moneyIn, long moneyOut, long needsCategory, Map<Category, Long> spentByCategory,
                             long spentUncategorised, long uncategorisedPayments, Map<Funder, Long> spentByFunder) {

    public SpendingTotals {
        spentByCategory = Collections.unmodifiableMap(new EnumMap<>(spentByCategory.isEmpty()
                ? new EnumMap<>(Category.class) : spentByCategory));
        spentByFunder = Collections.unmodifiableMap(new EnumMap<>(spentByFunder.isEmpty()
                ? new EnumMap<>(Funder.class) : spentByFunder));
    }

    /** Added up by SQLite: a few grouped rows read, however big the book. */
    public static SpendingTotals between(Book book, LocalDate from, LocalDate to) {
        LedgerTotalsRepository.Totals totals = new LedgerTotalsRepository(book).between(from, to);
        Builder sum = new Builder();
        for (LedgerTotalsRepository.Group group : totals.groups()) {
            if (!group.split() && group.category() == null) {
                sum.needsCategory += group.count();
            }
            if (group.moneyIn()) {
                sum.moneyIn += group.pence();
                continue;
            }
            sum.moneyOut -= group.pence();
            if (!group.split()) {
                sum.whole(group.category(), group.funder(), -group.pence(), group.count());
            }
        }
        for (LedgerTotalsRepository.Part part : totals.outParts()) {
            sum.part(part.category(), part.funder(), -part.pence());
        }
        return sum.build();
    }

    /** Added up from ledger rows dated {@code from} to {@code to}, inclusive: the same figures as {@link #between}. */
    public static SpendingTotals ofRows(List<LedgerRow> rows, LocalDate from, LocalDate to) {
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        Builder sum = new Builder();
        for (LedgerRow row : rows) {
            if (row.isTransfer() || row.epochDay() < first || row.epochDay() > last) {
                continue;
            }
            if (row.needsCategory()) {
                sum.needsCategory++;
            }
            if (row.pence() >= 0) {
                sum.moneyIn += row.pence();
                continue;
            }
            sum.moneyOut -= row.pence();
            if (row.isSplit()) {
                for (int i = 0; i < row.parts().size(); i++) {
                    sum.part(row.parts().category(i), row.parts().funder(i), -row.parts().pence()[i]);
                }
            } else {
                sum.whole(row.categoryOrNull(), row.funderOrNull(), -row.pence(), 1);
            }
        }
        return sum.build();
    }

    /**
     * Money out per category as the dashboard shows it: payments with no category count as
     * "other support". A category is listed once anything was spent in it.
     */
    public Map<Category, Long> spentByCategoryShown() {
        Map<Category, Long> shown = new EnumMap<>(Category.class);
        shown.putAll(spentByCategory);
        if (uncategorisedPayments > 0) {
            shown.merge(Category.OTHER_SUPPORT, spentUncategorised, Long::sum);
        }
        return shown;
    }

    /**
     * Pence spent (positive) in {@code categories} or, with {@code inCategories} false, in every
     * other category and with no category at all.
     */
    public long spentIn(Set<Category> categories, boolean inCategories) {
        long spent = inCategories ? 0 : spentUncategorised;
        for (Map.Entry<Category, Long> entry : spentByCategory.entrySet()) {
            if (categories.contains(entry.getKey()) == inCategories) {
                spent += entry.getValue();
            }
        }
        return spent;
    }

    private static final class Builder {
        long moneyIn;
        long moneyOut;
        long needsCategory;
        long spentUncategorised;
        long uncategorisedPayments;
        final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        final Map<Funder, Long> byFunder = new EnumMap<>(Funder.class);

        /** {@code count} payments out, not split, of {@code pence} together. */
        void whole(Category category, Funder funder, long pence, long count) {
            if (category == null) {
                spentUncategorised += pence;
                uncategorisedPayments += count;
            } else {
                byCategory.merge(category, pence, Long::sum);
            }
            if (funder != null) {
                byFunder.merge(funder, pence, Long::sum);
            }
        }

        void part(Category category, Funder funder, long pence) {
            byCategory.merge(category, pence, Long::sum);
            if (funder != null) {
                byFunder.merge(funder, pence, Long::sum);
            }
        }

        SpendingTotals build() {
            return new SpendingTotals(moneyIn, moneyOut, needsCategory, byCategory, spentUncategorised,
                    uncategorisedPayments, byFunder);
        }
    }
}
