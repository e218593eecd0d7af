package uk.supportbudget.service;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;

/**
 * Real comparators for every column of the Money page: dates as days, money as pence, category
 * and funder by the label a person reads, text ignoring case. Ties fall back to entry order so a
 * sort is stable and repeatable.
 */
public enum LedgerSort {
    DATE, ACCOUNT, PAYEE, DESCRIPTION, CATEGORY, FUNDER, AMOUNT, BALANCE;

    private static final Comparator<LedgerRow> ENTRY_ORDER = Comparator.comparingInt(LedgerRow::epochDay)
            .thenComparingLong(LedgerRow::id);
    /** Sort rank of each category ordinal by label; slot 0 is "needs a category", the last "split". */
    private static final int[] CATEGORY_RANK = rankByLabel(Category.values());
    private static final int[] FUNDER_RANK = rankByLabel(Funder.values());

    public Comparator<LedgerRow> comparator(Map<Long, String> accountNames) {
        Comparator<LedgerRow> primary = switch (this) {
            case DATE -> Comparator.comparingInt(LedgerRow::epochDay);
            case ACCOUNT -> Comparator.comparing(row -> accountNames.getOrDefault(row.accountId(), ""),
                    String.CASE_INSENSITIVE_ORDER);
            case PAYEE -> Comparator.comparing(LedgerRow::payee, String.CASE_INSENSITIVE_ORDER);
            case DESCRIPTION -> Comparator.comparing(LedgerRow::description, String.CASE_INSENSITIVE_ORDER);
            case CATEGORY -> Comparator.comparingInt(LedgerSort::categoryRank);
            case FUNDER -> Comparator.comparingInt(row -> row.funder() < 0 ? -1 : FUNDER_RANK[row.funder()]);
            case AMOUNT -> Comparator.comparingLong(LedgerRow::pence);
            case BALANCE -> Comparator.comparingLong(LedgerRow::balanceAfter);
        };
        return primary.thenComparing(ENTRY_ORDER);
    }

    private static int categoryRank(LedgerRow row) {
        if (row.isSplit()) {
            return CATEGORY_RANK.length + 1;
        }
        return row.category() < 0 ? -1 : CATEGORY_RANK[row.category()];
    }

    private static int[] rankByLabel(Object[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> values[i].toString(), String.CASE_INSENSITIVE_ORDER));
        int[] rank = new int[values.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }
}
