package uk.supportbudget.io.bank;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes two statement rows "the same transaction" for re-import:
 * <ul>
 * <li>the bank's own id (OFX FITID, Monzo transaction id) when the row has one; or else</li>
 * <li>the date, the amount in pence, and the payee and description text normalised (upper
 * case, letters and digits only, single spaces) so that padding and punctuation differences
 * between two downloads of the same statement do not matter.</li>
 * </ul>
 * Keys are compared within one account; the store keeps them per account.
 *
 * @param bankId the bank's id, or empty
 * @param date   null when keyed by bank id
 * @param pence  0 when keyed by bank id
 * @param text   empty when keyed by bank id
 */
public record ImportKey(String bankId, LocalDate date, long pence, String text) {

    public ImportKey {
        Objects.requireNonNull(bankId, "bankId");
        Objects.requireNonNull(text, "text");
        if (bankId.isEmpty() && date == null) {
            throw new IllegalArgumentException("a key needs a bank id or a date");
        }
    }

    public static ImportKey of(StatementRow row) {
        if (row.hasBankId()) {
            return new ImportKey(row.bankId(), null, 0, "");
        }
        return new ImportKey("", row.date(), row.amount().pence(), normalise(row.payee() + " " + row.description()));
    }

    /** Upper case letters and digits, words separated by single spaces. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(c));
                pendingSpace = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
