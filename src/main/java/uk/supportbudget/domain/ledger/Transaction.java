package uk.supportbudget.domain.ledger;

import java.time.LocalDate;
import java.util.Objects;

import uk.supportbudget.domain.money.Money;

/**
 * One movement of money in one account: negative amounts go out, positive come in.
 * {@code category} is null while it still needs one; {@code transferGroup} pairs the two legs of
 * a transfer between the person's own accounts.
 */
public record Transaction(long id, long accountId, LocalDate date, Money amount, String payee,
                          String description, Category category, Funder funder, String paymentMethod,
                          String notes, boolean reconciled, Long transferGroup) {

    public Transaction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        payee = payee == null ? "" : payee.strip();
        description = description == null ? "" : description.strip();
        paymentMethod = paymentMethod == null ? "" : paymentMethod.strip();
        notes = notes == null ? "" : notes;
    }

    public static Transaction of(long accountId, LocalDate date, Money amount, String payee, String description,
                                 Category category, Funder funder, String paymentMethod) {
        return new Transaction(0, accountId, date, amount, payee, description, category, funder, paymentMethod,
                "", false, null);
    }

    public boolean isTransfer() {
        return transferGroup != null;
    }
}
