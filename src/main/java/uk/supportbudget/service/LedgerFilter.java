package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.Locale;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;

/**
 * Which transactions the Money page shows. Every part is optional (null: no limit). With a
 * category or funder, a split transaction is shown when one of its parts matches, and only the
 * matching parts count in the totals — so the total under "Equipment" is what the dashboard says
 * was spent on equipment.
 */
public record LedgerFilter(Long accountId, LocalDate from, LocalDate to, Category category, boolean needsCategory,
                           Funder funder, Flow flow, String text) {

    /** Money in, money out (both leave out moves between the person's own accounts), or everything. */
    public enum Flow { ALL, MONEY_IN, MONEY_OUT }

    public LedgerFilter {
        flow = flow == null ? Flow.ALL : flow;
        text = text == null ? "" : text.strip();
    }

    public static LedgerFilter everything() {
        return new LedgerFilter(null, null, null, null, false, null, Flow.ALL, "");
    }

    public LedgerFilter withAccount(Long id) {
        return new LedgerFilter(id, from, to, category, needsCategory, funder, flow, text);
    }

    public LedgerFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new LedgerFilter(accountId, newFrom, newTo, category, needsCategory, funder, flow, text);
    }

    public LedgerFilter withCategory(Category newCategory) {
        return new LedgerFilter(accountId, from, to, newCategory, false, funder, flow, text);
    }

    public LedgerFilter needingCategory() {
        return new LedgerFilter(accountId, from, to, null, true, funder, flow, text);
    }

    public LedgerFilter withFunder(Funder newFunder) {
        return new LedgerFilter(accountId, from, to, category, needsCategory, newFunder, flow, text);
    }

    public LedgerFilter withFlow(Flow newFlow) {
        return new LedgerFilter(accountId, from, to, category, needsCategory, funder, newFlow, text);
    }

    public LedgerFilter withText(String newText) {
        return new LedgerFilter(accountId, from, to, category, needsCategory, funder, flow, newText);
    }

    /** A fast test for one row: compares numbers first and looks at text last. */
    public java.util.function.Predicate<LedgerRow> predicate() {
        int fromDay = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
        int toDay = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
        String needle = text.toLowerCase(Locale.ROOT);
        return row -> (accountId == null || row.accountId() == accountId)
                && row.epochDay() >= fromDay && row.epochDay() <= toDay
                && (!needsCategory || row.needsCategory())
                && flowMatches(row)
                && (category == null && funder == null || share(row) != 0 || matchesWholeWithZeroAmount(row))
                && (needle.isEmpty() || containsIgnoreCase(row.payee(), needle)
                || containsIgnoreCase(row.description(), needle));
    }

    private boolean flowMatches(LedgerRow row) {
        return switch (flow) {
            case ALL -> true;
            case MONEY_IN -> !row.isTransfer() && row.pence() > 0;
            case MONEY_OUT -> !row.isTransfer() && row.pence() < 0;
        };
    }

    private boolean matchesWholeWithZeroAmount(LedgerRow row) {
        return row.pence() == 0 && partMatches(row.category(), row.funder());
    }

    private boolean partMatches(byte rowCategory, byte rowFunder) {
        return (category == null || rowCategory == LedgerRow.code(category))
                && (funder == null || rowFunder == LedgerRow.code(funder));
    }

    /**
     * The pence of {@code row} that this filter's category and funder cover: the whole amount,
     * the matching parts of a split, or nothing.
     */
    public long share(LedgerRow row) {
        if (category == null && funder == null) {
            return row.pence();
        }
        if (!row.isSplit()) {
            return partMatches(row.category(), row.funder()) ? row.pence() : 0;
        }
        LedgerRow.Parts parts = row.parts();
        long sum = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (partMatches(parts.categories()[i], parts.funders()[i])) {
                sum += parts.pence()[i];
            }
        }
        return sum;
    }

    static boolean containsIgnoreCase(String haystack, String lowerNeedle) {
        int max = haystack.length() - lowerNeedle.length();
        for (int i = 0; i <= max; i++) {
            if (haystack.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
                return true;
            }
        }
        return false;
    }

    /** True when nothing is filtered out. */
    public boolean isEverything() {
        return equals(everything());
    }
}
