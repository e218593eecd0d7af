package uk.supportbudget.io.bank;

import uk.supportbudget.domain.money.Money;

/**
 * Reads an amount as banks print it: {@code -12.00}, {@code £1,234.56}, {@code (12.00)},
 * {@code 12.00 CR}, {@code 12.00 DR}, {@code 12.00-}, {@code GBP 5.00}, {@code −3.50} (a Unicode minus).
 * Hand-written rather than a regular expression, because it runs once per cell of files with
 * tens of thousands of rows. Never goes through a binary floating-point number.
 */
final class AmountParser {

    /** Thrown for a cell that holds something other than an amount; the caller words the reason. */
    static final class NotAnAmount extends Exception {
        private static final long serialVersionUID = 1L;

        NotAnAmount() {
            super(null, null, false, false);
        }
    }

    private static final NotAnAmount NOT_AN_AMOUNT = new NotAnAmount();
    private static final int MAX_DIGITS = 15;

    private AmountParser() {
    }

    /** True when the cell is empty or holds only a dash or spaces: "no amount here". */
    static boolean isBlank(String cell) {
        String cleaned = Cells.clean(cell);
        return cleaned.isEmpty() || cleaned.equals("-") || cleaned.equals("£");
    }

    /** The amount in the cell, or null when the cell is blank. */
    static Money parseOrNull(String cell) throws NotAnAmount {
        if (isBlank(cell)) {
            return null;
        }
        return Money.ofPence(parsePence(Cells.clean(cell)));
    }

    static Money parse(String cell) throws NotAnAmount {
        Money money = parseOrNull(cell);
        if (money == null) {
            throw NOT_AN_AMOUNT;
        }
        return money;
    }

    /** Whether the text reads as an amount; used when guessing columns. */
    static boolean looksLikeAmount(String cell) {
        if (isBlank(cell)) {
            return false;
        }
        try {
            parsePence(Cells.clean(cell));
            return true;
        } catch (NotAnAmount e) {
            return false;
        }
    }

    private static long parsePence(String text) throws NotAnAmount {
        int start = 0;
        int end = text.length();
        boolean negative = false;

        // Trailing CR / DR (credit, debit) and trailing minus.
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        if (upper.endsWith("CR")) {
            end -= 2;
        } else if (upper.endsWith("DR")) {
            end -= 2;
            negative = true;
        }
        end = trimEnd(text, start, end);
        if (end > start && isMinus(text.charAt(end - 1))) {
            negative = !negative;
            end = trimEnd(text, start, end - 1);
        }
        // Brackets mean money out.
        if (end - start >= 2 && text.charAt(start) == '(' && text.charAt(end - 1) == ')') {
            negative = !negative;
            start++;
            end--;
        }
        long pounds = 0;
        long pence = 0;
        int digits = 0;
        int decimals = -1; // -1: no decimal point seen yet
        boolean signSeen = false;
        boolean currencySeen = false;
        boolean anyDigit = false;
        int groupDigits = -1; // digits since the last thousands comma; -1 before any comma
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (decimals < 0) {
                    if (++digits > MAX_DIGITS) {
                        throw NOT_AN_AMOUNT;
                    }
                    pounds = pounds * 10 + (c - '0');
                    if (groupDigits >= 0) {
                        groupDigits++;
                    }
                } else {
                    decimals++;
                    if (decimals <= 2) {
                        pence = pence * 10 + (c - '0');
                    } else if (c != '0') {
                        throw NOT_AN_AMOUNT; // a fraction of a penny
                    }
                }
            } else if (c == '.') {
                if (decimals >= 0 || (groupDigits >= 0 && groupDigits != 3)) {
                    throw NOT_AN_AMOUNT;
                }
                decimals = 0;
            } else if (c == ',') {
                // Thousands separators only: 1,234.56. A decimal comma (3,00) is not a UK amount.
                if (decimals >= 0 || !anyDigit || (groupDigits >= 0 && groupDigits != 3)) {
                    throw NOT_AN_AMOUNT;
                }
                groupDigits = 0;
            } else if (c == '£') {
                if (anyDigit || currencySeen) {
                    throw NOT_AN_AMOUNT;
                }
                currencySeen = true;
            } else if ((c == 'G' || c == 'g') && i + 2 < end && text.regionMatches(true, i, "GBP", 0, 3) && !anyDigit
                    && !currencySeen) {
                currencySeen = true;
                i += 2;
            } else if (isMinus(c) || c == '+') {
                if (anyDigit || signSeen) {
                    throw NOT_AN_AMOUNT;
                }
                signSeen = true;
                if (c != '+') {
                    negative = !negative;
                }
            } else if (c == ' ' || c == '\'') {
                // spaces between sign, symbol and digits; an apostrophe as a text marker
                continue;
            } else {
                throw NOT_AN_AMOUNT;
            }
        }
        if (!anyDigit || (decimals < 0 && groupDigits >= 0 && groupDigits != 3)) {
            throw NOT_AN_AMOUNT;
        }
        if (decimals == 1) {
            pence *= 10;
        }
        long total = Math.addExact(Math.multiplyExact(pounds, 100L), pence);
        return negative ? -total : total;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212' || c == '\u2013';
    }
}
