package uk.supportbudget.io.bank;

/**
 * Which CSV column holds what: the result of recognising a bank's layout, or of the user's
 * choices in the column-mapping dialog. Columns are 0-based; {@link #NONE} means "not in this file".
 *
 * <p>Either {@code amount} (one signed column) or at least one of {@code paidIn}/{@code paidOut}
 * must be set. Paid-in and paid-out values are read as sizes: a paid-out 12.00 or -12.00 is
 * money out either way.
 *
 * @param headerLine    1-based line of the heading row; 0 when the file has no headings (HSBC)
 * @param date          the date column
 * @param amount        one signed amount column, or NONE
 * @param paidIn        money in column, or NONE
 * @param paidOut       money out column, or NONE
 * @param payee         payee / counter party / name column, or NONE
 * @param description   description / memo column, or NONE
 * @param reference     reference column, or NONE
 * @param type          the bank's transaction type column, or NONE
 * @param balance       running balance column, or NONE
 * @param bankId        the bank's transaction id column, or NONE
 * @param dateFormat    a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd.MM.yyyy},
 *                      or null to recognise the usual UK forms
 * @param invertAmounts true for card exports that show spending as positive
 */
public record CsvMapping(int headerLine, int date, int amount, int paidIn, int paidOut, int payee,
        int description, int reference, int type, int balance, int bankId, String dateFormat,
        boolean invertAmounts) {

    public static final int NONE = -1;

    public CsvMapping {
        if (headerLine < 0) {
            throw new IllegalArgumentException("headerLine must be 0 (no headings) or a 1-based line");
        }
        if (date < 0) {
            throw new IllegalArgumentException("a date column is required");
        }
        if (amount < 0 && paidIn < 0 && paidOut < 0) {
            throw new IllegalArgumentException("an amount column, or paid in / paid out columns, are required");
        }
    }

    /** A start for the mapping dialog: date and one signed amount. */
    public static CsvMapping of(int headerLine, int date, int amount, int description) {
        return new CsvMapping(headerLine, date, amount, NONE, NONE, NONE, description, NONE, NONE, NONE, NONE,
                null, false);
    }

    public boolean hasSplitAmounts() {
        return amount < 0;
    }

    /** The highest column index this mapping reads, so short rows can be padded. */
    int widestColumn() {
        int widest = date;
        for (int column : new int[] {amount, paidIn, paidOut, payee, description, reference, type, balance, bankId}) {
            widest = Math.max(widest, column);
        }
        return widest;
    }
}
