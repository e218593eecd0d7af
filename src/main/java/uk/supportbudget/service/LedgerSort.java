package uk.supportbudget.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;

/**
 * Sorting the Money page by any column with real values — dates as days, money as pence,
 * category and funder by the label a person reads, text ignoring case — fast enough for 100,000
 * rows. Each row gets one {@code long}: the column's value (or its rank among the column's
 * distinct texts) in the high bits and the row's entry position (date, then id) in the low bits,
 * so one primitive sort orders by the column, then by date, and is repeatable.
 */
public enum LedgerSort {
    DATE, ACCOUNT, PAYEE, DESCRIPTION, CATEGORY, FUNDER, AMOUNT, BALANCE;

    private static final int POSITION_BITS = 22;
    /** Rows beyond this many would not fit beside the value; far more than any book holds. */
    public static final int MAX_ROWS = 1 << POSITION_BITS;
    private static final long VALUE_OFFSET = 1L << 40;
    private static final int[] CATEGORY_RANK = rankByLabel(Category.values());
    private static final int[] FUNDER_RANK = rankByLabel(Funder.values());

    /**
     * The order to show {@code rows} in. {@code rows} must be in entry order (date, then id), as
     * {@link LedgerService#rows()} returns them; the result lists positions in {@code rows}.
     */
    public int[] order(List<LedgerRow> rows, Map<Long, String> accountNames, boolean ascending) {
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("too many rows to sort: " + rows.size());
        }
        long[] keys = new long[rows.size()];
        long[] values = values(rows, accountNames);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((values[i] + VALUE_OFFSET) << POSITION_BITS) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        long mask = MAX_ROWS - 1;
        for (int i = 0; i < keys.length; i++) {
            order[ascending ? i : keys.length - 1 - i] = (int) (keys[i] & mask);
        }
        return order;
    }

    /** The comparable value of each row in this column; texts become their rank, ignoring case. */
    private long[] values(List<LedgerRow> rows, Map<Long, String> accountNames) {
        long[] values = new long[rows.size()];
        switch (this) {
            case DATE -> fill(values, rows, LedgerRow::epochDay);
            case AMOUNT -> fill(values, rows, row -> clamp(row.pence()));
            case BALANCE -> fill(values, rows, row -> clamp(row.balanceAfter()));
            case CATEGORY -> fill(values, rows, LedgerSort::categoryRank);
            case FUNDER -> fill(values, rows, row -> row.funder() < 0 ? -1 : FUNDER_RANK[row.funder()]);
            case ACCOUNT -> rankTexts(values, rows, row -> accountNames.getOrDefault(row.accountId(), ""));
            case PAYEE -> rankTexts(values, rows, LedgerRow::payee);
            case DESCRIPTION -> rankTexts(values, rows, LedgerRow::description);
        }
        return values;
    }

    private static void fill(long[] values, List<LedgerRow> rows, ToLongFunction<LedgerRow> value) {
        for (int i = 0; i < values.length; i++) {
            values[i] = value.applyAsLong(rows.get(i));
        }
    }

    private static void rankTexts(long[] values, List<LedgerRow> rows, Function<LedgerRow, String> text) {
        Map<String, Integer> rankOf = new HashMap<>();
        for (LedgerRow row : rows) {
            rankOf.putIfAbsent(text.apply(row), 0);
        }
        List<String> distinct = new ArrayList<>(rankOf.keySet());
        distinct.sort(String.CASE_INSENSITIVE_ORDER);
        int rank = 0;
        for (int i = 0; i < distinct.size(); i++) {
            // texts that differ only in case share a rank, so they fall back to date order
            if (i > 0 && !distinct.get(i).equalsIgnoreCase(distinct.get(i - 1))) {
                rank++;
            }
            rankOf.put(distinct.get(i), rank);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = rankOf.get(text.apply(rows.get(i)));
        }
    }

    private static long clamp(long pence) {
        return Math.max(-VALUE_OFFSET + 1, Math.min(VALUE_OFFSET - 1, pence));
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
