package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.returns.Share;

/** The parts of a split transaction: each with its own category, funder and amount. */
public final class SplitRepository {

    private final Book book;

    public SplitRepository(Book book) {
        this.book = book;
    }

    /** Replaces a transaction's split rows; the parts must add up to the transaction's amount. */
    public void replace(long transactionId, List<Share> parts) {
        book.inTransaction(connection -> {
            long amount;
            try (PreparedStatement select = connection.prepareStatement("SELECT amount_pence FROM txn WHERE id = ?")) {
                select.setLong(1, transactionId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new Refusal("That transaction is no longer in the book.");
                    }
                    amount = rows.getLong(1);
                }
            }
            Money total = parts.stream().map(Share::amount).reduce(Money.ZERO, Money::plus);
            if (!parts.isEmpty() && total.pence() != amount) {
                throw new Refusal("The split parts add up to " + total.display() + " but the payment is "
                        + Money.ofPence(amount).display() + "; make them add up before saving.");
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM txn_split WHERE txn_id = ?")) {
                delete.setLong(1, transactionId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO txn_split (txn_id, category, funder, amount_pence) VALUES (?, ?, ?, ?)")) {
                for (Share part : parts) {
                    if (part.category() == null) {
                        throw new Refusal("Each part of a split needs a category.");
                    }
                    insert.setLong(1, transactionId);
                    insert.setString(2, part.category().name());
                    insert.setString(3, part.funder() == null ? null : part.funder().name());
                    insert.setLong(4, part.amount().pence());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }
}
