package uk.supportbudget.io.bank;

import java.time.LocalDate;
import java.util.Objects;

import uk.supportbudget.domain.money.Money;

/**
 * One transaction as the statement file states it.
 *
 * @param line        1-based line in the source file where the transaction starts
 * @param date        the transaction (or posting) date the file gives
 * @param amount      signed: money out is negative, money in positive
 * @param payee       who was paid or paid in, when the file separates it; otherwise empty
 * @param description the bank's description or memo text; may be empty
 * @param reference   a reference, cheque number or the bank's transaction type code; may be empty
 * @param bankId      the bank's own id for the transaction (OFX FITID, Monzo transaction id); may be empty
 * @param balance     the running balance after this row when the file has one, else null
 */
public record StatementRow(int line, LocalDate date, Money amount, String payee, String description,
        String reference, String bankId, Money balance) {

    public StatementRow {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers are 1-based: " + line);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        payee = payee == null ? "" : payee;
        description = description == null ? "" : description;
        reference = reference == null ? "" : reference;
        bankId = bankId == null ? "" : bankId;
    }

    public boolean hasBankId() {
        return !bankId.isEmpty();
    }

    /** Payee and description as one line, for lists and for matching. */
    public String text() {
        if (payee.isEmpty()) {
            return description;
        }
        if (description.isEmpty() || description.equalsIgnoreCase(payee)) {
            return payee;
        }
        return payee + " " + description;
    }
}
