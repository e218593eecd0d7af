package uk.supportbudget.io.bank;

import java.util.List;

import uk.supportbudget.domain.money.Money;

/**
 * Whether a file's own running balance adds up: each balance should be the one before it plus
 * this row's amount, read in the file's order (oldest-first or newest-first). A break usually
 * means a row is missing from the download, or a row was read with the wrong sign.
 *
 * @param status         whether the file has balances, and whether they add up
 * @param firstBreakLine 1-based line of the first row whose balance does not follow, or 0
 * @param expected       the balance that row should have shown, or null
 * @param found          the balance the row shows, or null
 */
public record RunningBalanceCheck(Status status, int firstBreakLine, Money expected, Money found) {

    public enum Status {
        /** The file has no running balance, or too few rows to check. */
        NOT_CHECKED,
        CONSISTENT,
        BROKEN
    }

    public static final RunningBalanceCheck NOT_CHECKED = new RunningBalanceCheck(Status.NOT_CHECKED, 0, null, null);
    public static final RunningBalanceCheck CONSISTENT = new RunningBalanceCheck(Status.CONSISTENT, 0, null, null);

    public boolean isBroken() {
        return status == Status.BROKEN;
    }

    /** One sentence for the import screen, or an empty string when there is nothing to say. */
    public String sentence() {
        if (status != Status.BROKEN) {
            return "";
        }
        return "Line " + firstBreakLine + ": the bank's balance " + found.display() + " does not follow from the row before"
                + " (expected " + expected.display() + "), so a transaction may be missing from this download.";
    }

    /**
     * Checks rows in file order. Newest-first files are detected from their dates; when the dates
     * do not say (all on one day), whichever reading adds up is taken.
     */
    static RunningBalanceCheck of(List<StatementRow> rows) {
        int withBalance = 0;
        for (StatementRow row : rows) {
            if (row.balance() != null) {
                withBalance++;
            }
        }
        if (withBalance < 2) {
            return NOT_CHECKED;
        }
        int direction = Integer.signum(rows.get(rows.size() - 1).date().compareTo(rows.get(0).date()));
        if (direction > 0) {
            return check(rows, false);
        }
        if (direction < 0) {
            return check(rows, true);
        }
        RunningBalanceCheck oldestFirst = check(rows, false);
        return oldestFirst.isBroken() ? check(rows, true) : oldestFirst;
    }

    private static RunningBalanceCheck check(List<StatementRow> rows, boolean newestFirst) {
        int count = rows.size();
        for (int step = 1; step < count; step++) {
            // In the order time ran: 'earlier' happened before 'later'.
            StatementRow earlier = newestFirst ? rows.get(count - step) : rows.get(step - 1);
            StatementRow later = newestFirst ? rows.get(count - step - 1) : rows.get(step);
            if (earlier.balance() == null || later.balance() == null) {
                continue;
            }
            Money expected = earlier.balance().plus(later.amount());
            if (!expected.equals(later.balance())) {
                return new RunningBalanceCheck(Status.BROKEN, later.line(), expected, later.balance());
            }
        }
        return CONSISTENT;
    }
}
