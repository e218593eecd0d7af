package uk.supportbudget.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LockedEdit;
import uk.supportbudget.domain.ledger.LockedPeriodEdit;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;

/** Every movement of money in the book's accounts. */
public final class TransactionRepository {

    private static final String COLUMNS = """
            id, account_id, date, amount_pence, payee, description, category, funder, payment_method, notes,
            reconciled, transfer_group""";

    private static final String INSERT = """
            INSERT INTO txn (account_id, date, amount_pence, payee, description, category, funder, payment_method,
                             notes, reconciled, transfer_group, created_at, created_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Which transactions to read: any field may be null for "all". Dates are inclusive. */
    public record Selection(Long accountId, LocalDate from, LocalDate to) {
        public static Selection everything() {
            return new Selection(null, null, null);
        }
    }

    private final Book book;

    public TransactionRepository(Book book) {
        this.book = book;
    }

    /** Adds transactions in one database transaction: all of them, or none. */
    public List<Transaction> addAll(List<Transaction> transactions) {
        return book.inTransaction(connection -> {
            List<Transaction> added = new ArrayList<>(transactions.size());
            try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                String now = book.now();
                for (Transaction transaction : transactions) {
                    bind(insert, transaction, transaction.transferGroup(), now);
                    insert.executeUpdate();
                    added.add(withId(transaction, AccountRepository.generatedKey(insert), transaction.transferGroup()));
                }
            }
            return added;
        });
    }

    public Transaction add(Transaction transaction) {
        return addAll(List.of(transaction)).get(0);
    }

    /**
     * Moves money between two of the person's own accounts: two rows, one out and one in,
     * sharing a transfer group, so neither counts as spending or income.
     */
    public List<Transaction> addTransfer(long fromAccountId, long toAccountId, LocalDate date, Money amount,
                                         String description) {
        if (fromAccountId == toAccountId) {
            throw new Refusal("A transfer needs two different accounts.");
        }
        if (!amount.isPositive()) {
            throw new Refusal("A transfer amount must be more than £0.00.");
        }
        return book.inTransaction(connection -> {
            long group = nextTransferGroup(connection);
            Transaction out = new Transaction(0, fromAccountId, date, amount.negate(), "", description,
                    Category.TRANSFER, null, "Transfer", "", false, group);
            Transaction in = new Transaction(0, toAccountId, date, amount, "", description,
                    Category.TRANSFER, null, "Transfer", "", false, group);
            return addAll(List.of(out, in));
        });
    }

    private static long nextTransferGroup(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(transfer_group), 0) + 1 FROM txn")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The selected transactions, oldest first (then in the order they were entered). */
    public List<Transaction> select(Selection selection) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM txn WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(selection, sql, parameters);
        sql.append(" ORDER BY date, id");
        return book.read(connection -> {
            List<Transaction> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                bindAll(select, parameters);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(map(rows));
                    }
                }
            }
            return found;
        });
    }

    /**
     * The balance of the selected account (or all accounts) at the end of {@code to} (or of the
     * last transaction): opening balances plus every transaction up to then.
     */
    public Money balance(Long accountId, LocalDate to) {
        return book.read(connection -> {
            String sql = """
                    SELECT (SELECT coalesce(sum(opening_balance_pence), 0) FROM account WHERE (?1 IS NULL OR id = ?1))
                         + (SELECT coalesce(sum(amount_pence), 0) FROM txn
                            WHERE (?1 IS NULL OR account_id = ?1) AND (?2 IS NULL OR date <= ?2))""";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (accountId == null) {
                    select.setNull(1, Types.INTEGER);
                } else {
                    select.setLong(1, accountId);
                }
                select.setString(2, to == null ? null : to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return Money.ofPence(rows.getLong(1));
                }
            }
        });
    }

    public long count() {
        return book.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM txn")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static void where(Selection selection, StringBuilder sql, List<Object> parameters) {
        if (selection.accountId() != null) {
            sql.append(" AND account_id = ?");
            parameters.add(selection.accountId());
        }
        if (selection.from() != null) {
            sql.append(" AND date >= ?");
            parameters.add(selection.from().toString());
        }
        if (selection.to() != null) {
            sql.append(" AND date <= ?");
            parameters.add(selection.to().toString());
        }
    }

    private static void bindAll(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /**
     * Binds the first nine columns every insert into {@code txn} starts with: account, date,
     * amount, payee, description, category, funder, payment method, notes.
     */
    static void bindDetails(PreparedStatement insert, Transaction transaction, long accountId) throws SQLException {
        insert.setLong(1, accountId);
        insert.setString(2, transaction.date().toString());
        insert.setLong(3, transaction.amount().pence());
        insert.setString(4, transaction.payee());
        insert.setString(5, transaction.description());
        insert.setString(6, transaction.category() == null ? null : transaction.category().name());
        insert.setString(7, transaction.funder() == null ? null : transaction.funder().name());
        insert.setString(8, transaction.paymentMethod());
        insert.setString(9, transaction.notes());
    }

    private void bind(PreparedStatement insert, Transaction transaction, Long transferGroup, String now) throws SQLException {
        bindDetails(insert, transaction, transaction.accountId());
        insert.setInt(10, transaction.reconciled() ? 1 : 0);
        if (transferGroup == null) {
            insert.setNull(11, Types.INTEGER);
        } else {
            insert.setLong(11, transferGroup);
        }
        insert.setString(12, now);
        insert.setString(13, book.user());
        insert.setString(14, now);
        insert.setString(15, book.user());
    }

    private static Transaction withId(Transaction t, long id, Long transferGroup) {
        return new Transaction(id, t.accountId(), t.date(), t.amount(), t.payee(), t.description(), t.category(),
                t.funder(), t.paymentMethod(), t.notes(), t.reconciled(), transferGroup);
    }

    private static Transaction map(ResultSet rows) throws SQLException {
        String category = rows.getString(7);
        String funder = rows.getString(8);
        long group = rows.getLong(12);
        Long transferGroup = rows.wasNull() ? null : group;
        return new Transaction(rows.getLong(1), rows.getLong(2), LocalDate.parse(rows.getString(3)),
                Money.ofPence(rows.getLong(4)), rows.getString(5), rows.getString(6),
                category == null ? null : Category.valueOf(category), funder == null ? null : Funder.valueOf(funder),
                rows.getString(9), rows.getString(10), rows.getInt(11) == 1, transferGroup);
    }

    // ---- changes after entry: periods reconciled with the bank are locked ---------------------

    /** One transaction by id. */
    public Optional<Transaction> byId(long id) {
        return book.read(connection -> byId(connection, id));
    }

    private static Optional<Transaction> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM txn WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        }
    }

    /**
     * Changes a transaction's details. One in a reconciled period (before or after the change)
     * is changed only when {@code confirmedLocked} says the person agreed, and the change is
     * flagged for the next return; otherwise {@link LockedPeriodEdit}
     * is thrown and nothing changes.
     */
    public Transaction update(Transaction changed, boolean confirmedLocked) {
        return book.inTransaction(connection -> {
            Transaction before = byId(connection, changed.id()).orElseThrow(() -> new Refusal(
                    "That transaction is no longer in the book; it may have been deleted."));
            Optional<LocalDate> locked = lockCovering(connection, before, changed);
            if (locked.isPresent()) {
                if (!confirmedLocked) {
                    throw new LockedPeriodEdit(locked.get());
                }
                if (!sameDetails(before, changed)) {
                    ReconciliationRepository.flag(connection, new LockedEdit(0,
                            before.id(), before.accountId(), before.date(),
                            LockedEdit.Change.EDITED,
                            LockedEdit.describe(before),
                            LockedEdit.describe(changed), locked.get(), book.now(),
                            book.user()));
                }
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE txn SET account_id = ?, date = ?, amount_pence = ?, payee = ?, description = ?, category = ?,
                                   funder = ?, payment_method = ?, notes = ?, updated_at = ?, updated_by = ?
                    WHERE id = ?""")) {
                bindDetails(update, changed, changed.accountId());
                update.setString(10, book.now());
                update.setString(11, book.user());
                update.setLong(12, changed.id());
                update.executeUpdate();
            }
            return byId(connection, changed.id()).orElseThrow();
        });
    }

    /** Deletes a transaction, under the same lock rule as {@link #update}. */
    public void delete(long id, boolean confirmedLocked) {
        book.inTransaction(connection -> {
            Optional<Transaction> found = byId(connection, id);
            if (found.isEmpty()) {
                return null;
            }
            Transaction before = found.get();
            Optional<LocalDate> locked = lockCovering(connection, before, before);
            if (locked.isPresent()) {
                if (!confirmedLocked) {
                    throw new LockedPeriodEdit(locked.get());
                }
                ReconciliationRepository.flag(connection, new LockedEdit(0, id,
                        before.accountId(), before.date(), LockedEdit.Change.DELETED,
                        LockedEdit.describe(before), "", locked.get(), book.now(),
                        book.user()));
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM txn WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** The reconciled date that covers the transaction as it was or as it will be, if either is locked. */
    private static Optional<LocalDate> lockCovering(Connection connection, Transaction before,
                                                              Transaction after) throws SQLException {
        Optional<LocalDate> beforeLock = ReconciliationRepository.lockedUntil(connection, before.accountId())
                .filter(until -> before.reconciled() || !before.date().isAfter(until));
        if (beforeLock.isPresent()) {
            return beforeLock;
        }
        return ReconciliationRepository.lockedUntil(connection, after.accountId())
                .filter(until -> !after.date().isAfter(until));
    }

    private static boolean sameDetails(Transaction a, Transaction b) {
        return a.accountId() == b.accountId() && a.date().equals(b.date()) && a.amount().equals(b.amount())
                && a.payee().equals(b.payee()) && a.description().equals(b.description())
                && a.category() == b.category() && a.funder() == b.funder()
                && a.paymentMethod().equals(b.paymentMethod()) && a.notes().equals(b.notes());
    }
}
