package uk.supportbudget.domain.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A confirmed change to a transaction in a reconciled period, kept so the next council return
 * can list it.
 *
 * @param before       the transaction as it was, in words
 * @param after        as it is now, in words (empty when deleted)
 * @param lockedUntil  the reconciled date the transaction fell within
 * @param editedAt     when (ISO instant)
 */
public record LockedEdit(long id, long transactionId, long accountId, LocalDate transactionDate, Change change,
                         String before, String after, LocalDate lockedUntil, String editedAt, String editedBy) {

    public enum Change {
        ADDED, EDITED, DELETED
    }

    public LockedEdit {
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** A transaction in words for the return: date, amount, payee and description. */
    public static String describe(Transaction transaction) {
        StringBuilder text = new StringBuilder().append(transaction.date()).append(' ')
                .append(transaction.amount().display());
        if (!transaction.payee().isEmpty()) {
            text.append(' ').append(transaction.payee());
        }
        if (!transaction.description().isEmpty() && !transaction.description().equals(transaction.payee())) {
            text.append(" (").append(transaction.description()).append(')');
        }
        if (transaction.category() != null) {
            text.append(", ").append(transaction.category().label());
        }
        return text.toString();
    }
}
