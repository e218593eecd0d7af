package uk.supportbudget.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.supportbudget.domain.ledger.LockedEdit;
import uk.supportbudget.domain.ledger.Reconciliation;
import uk.supportbudget.domain.money.Money;

/**
 * Reconciliations with the bank, the ticks made while reconciling, the periods they lock and the
 * confirmed edits made inside a locked period.
 */
public final class ReconciliationRepository {

    /** What the last imported statement file said about its own end, for the reconcile screen. */
    public record StatementEnd(Money closingBalance, LocalDate closingDate, String balanceNote, String fileName) {
    }

    private final Book book;

    public ReconciliationRepository(Book book) {
        this.book = book;
    }

    /** The last date reconciled for the account, if any: everything up to it is locked. */
    public Optional<LocalDate> lockedUntil(long accountId) {
        return book.read(connection -> lockedUntil(connection, accountId));
    }

    static Optional<LocalDate> lockedUntil(Connection connection, long accountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT max(statement_date) FROM reconciliation WHERE account_id = ?")) {
            select.setLong(1, accountId);
            try (ResultSet rows = select.executeQuery()) {
                String date = rows.next() ? rows.getString(1) : null;
                return date == null ? Optional.empty() : Optional.of(LocalDate.parse(date));
            }
        }
    }

    /** Ids of the account's transactions up to the date that are ticked as on the statement. */
    public Set<Long> clearedIds(long accountId, LocalDate upTo) {
        return book.read(connection -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM txn WHERE account_id = ? AND date <= ? AND cleared = 1")) {
                select.setLong(1, accountId);
                select.setString(2, upTo.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Ticks or unticks transactions; reconciled ones stay ticked. */
    public void setCleared(Collection<Long> transactionIds, boolean cleared) {
        book.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE txn SET cleared = ? WHERE id = ? AND reconciled = 0")) {
                for (long id : transactionIds) {
                    update.setInt(1, cleared ? 1 : 0);
                    update.setLong(2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /**
     * Keeps a finished reconciliation and marks the ticked transactions up to its date as
     * reconciled, together or not at all.
     */
    public Reconciliation add(Reconciliation reconciliation) {
        return book.inTransaction(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO reconciliation (account_id, statement_date, statement_balance_pence, ledger_balance_pence,
                                                uncleared_count, reconciled_at, reconciled_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, reconciliation.accountId());
                insert.setString(2, reconciliation.statementDate().toString());
                insert.setLong(3, reconciliation.statementBalance().pence());
                insert.setLong(4, reconciliation.ledgerBalance().pence());
                insert.setInt(5, reconciliation.unclearedCount());
                insert.setString(6, reconciliation.reconciledAt());
                insert.setString(7, reconciliation.reconciledBy());
                insert.executeUpdate();
                id = AccountRepository.generatedKey(insert);
            }
            try (PreparedStatement mark = connection.prepareStatement(
                    "UPDATE txn SET reconciled = 1 WHERE account_id = ? AND date <= ? AND cleared = 1")) {
                mark.setLong(1, reconciliation.accountId());
                mark.setString(2, reconciliation.statementDate().toString());
                mark.executeUpdate();
            }
            return new Reconciliation(id, reconciliation.accountId(), reconciliation.statementDate(),
                    reconciliation.statementBalance(), reconciliation.ledgerBalance(), reconciliation.unclearedCount(),
                    reconciliation.reconciledAt(), reconciliation.reconciledBy());
        });
    }

    /** The account's reconciliations, latest first. */
    public List<Reconciliation> all(long accountId) {
        return book.read(connection -> {
            List<Reconciliation> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, account_id, statement_date, statement_balance_pence, ledger_balance_pence, uncleared_count,
                           reconciled_at, reconciled_by
                    FROM reconciliation WHERE account_id = ? ORDER BY statement_date DESC""")) {
                select.setLong(1, accountId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Reconciliation(rows.getLong(1), rows.getLong(2), LocalDate.parse(rows.getString(3)),
                                Money.ofPence(rows.getLong(4)), Money.ofPence(rows.getLong(5)), rows.getInt(6),
                                rows.getString(7), rows.getString(8)));
                    }
                }
            }
            return found;
        });
    }

    /** Keeps a confirmed change to a locked transaction. Joins the caller's transaction. */
    static void flag(Connection connection, LockedEdit edit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO locked_edit (txn_id, account_id, txn_date, change, before_text, after_text, locked_until,
                                         edited_at, edited_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, edit.transactionId());
            insert.setLong(2, edit.accountId());
            insert.setString(3, edit.transactionDate().toString());
            insert.setString(4, edit.change().name());
            insert.setString(5, edit.before());
            insert.setString(6, edit.after());
            insert.setString(7, edit.lockedUntil().toString());
            insert.setString(8, edit.editedAt());
            insert.setString(9, edit.editedBy());
            insert.executeUpdate();
        }
    }

    /** Confirmed edits to locked transactions made on the days from {@code from} to {@code to}, oldest first. */
    public List<LockedEdit> flaggedEdits(LocalDate from, LocalDate to) {
        return book.read(connection -> {
            List<LockedEdit> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, txn_id, account_id, txn_date, change, before_text, after_text, locked_until, edited_at, edited_by
                    FROM locked_edit WHERE (?1 IS NULL OR substr(edited_at, 1, 10) >= ?1)
                                       AND (?2 IS NULL OR substr(edited_at, 1, 10) <= ?2)
                    ORDER BY edited_at, id""")) {
                select.setString(1, from == null ? null : from.toString());
                select.setString(2, to == null ? null : to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new LockedEdit(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                                LocalDate.parse(rows.getString(4)), LockedEdit.Change.valueOf(rows.getString(5)),
                                rows.getString(6), rows.getString(7), LocalDate.parse(rows.getString(8)),
                                rows.getString(9), rows.getString(10)));
                    }
                }
            }
            return found;
        });
    }

    /** Records what an imported file said about its end. Joins the import's transaction. */
    public void recordStatementEnd(long batchId, Money closingBalance, LocalDate closingDate, String balanceNote) {
        book.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE import_batch SET closing_balance_pence = ?, closing_date = ?, balance_note = ? WHERE id = ?""")) {
                if (closingBalance == null) {
                    update.setNull(1, java.sql.Types.INTEGER);
                } else {
                    update.setLong(1, closingBalance.pence());
                }
                update.setString(2, closingDate == null ? null : closingDate.toString());
                update.setString(3, balanceNote == null ? "" : balanceNote);
                update.setLong(4, batchId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** What the account's latest imported statement said about its end, if any import was made. */
    public Optional<StatementEnd> lastStatementEnd(long accountId) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT closing_balance_pence, closing_date, balance_note, file_name FROM import_batch
                    WHERE account_id = ? ORDER BY id DESC LIMIT 1""")) {
                select.setLong(1, accountId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    long pence = rows.getLong(1);
                    Money balance = rows.wasNull() ? null : Money.ofPence(pence);
                    String date = rows.getString(2);
                    return Optional.of(new StatementEnd(balance, date == null ? null : LocalDate.parse(date),
                            rows.getString(3), rows.getString(4)));
                }
            }
        });
    }
}
