package uk.supportbudget.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.ledger.LockedEdit;
import uk.supportbudget.domain.ledger.LockedPeriodEdit;
import uk.supportbudget.domain.ledger.Split;
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
        return addAll(transactions, false);
    }

    /**
     * As {@link #addAll(List)}; a transaction dated inside a period already reconciled with the
     * bank is added only when {@code confirmedLocked} says the person agreed, and is flagged for
     * the next return; otherwise {@link LockedPeriodEdit} is thrown and nothing is added.
     */
    public List<Transaction> addAll(List<Transaction> transactions, boolean confirmedLocked) {
        return book.inTransaction(connection -> {
            List<Transaction> added = new ArrayList<>(transactions.size());
            Map<Long, Optional<LocalDate>> locks = new HashMap<>();
            try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                String now = book.now();
                for (Transaction transaction : transactions) {
                    Optional<LocalDate> locked = lockFor(connection, locks, transaction.accountId())
                            .filter(until -> !transaction.date().isAfter(until));
                    if (locked.isPresent() && !confirmedLocked) {
                        throw new LockedPeriodEdit(locked.get());
                    }
                    bind(insert, transaction, transaction.transferGroup(), now);
                    insert.executeUpdate();
                    Transaction saved = withId(transaction, AccountRepository.generatedKey(insert), transaction.transferGroup());
                    if (locked.isPresent()) {
                        flagAdded(connection, saved, locked.get());
                    }
                    added.add(saved);
                }
            }
            return added;
        });
    }

    private static Optional<LocalDate> lockFor(Connection connection, Map<Long, Optional<LocalDate>> cache, long accountId)
            throws SQLException {
        Optional<LocalDate> known = cache.get(accountId);
        if (known == null) {
            known = ReconciliationRepository.lockedUntil(connection, accountId);
            cache.put(accountId, known);
        }
        return known;
    }

    /** Records that a transaction appeared in a reconciled period, for the next return. */
    void flagAdded(Connection connection, Transaction added, LocalDate lockedUntil) throws SQLException {
        ReconciliationRepository.flag(connection, new LockedEdit(0, added.id(), added.accountId(), added.date(),
                LockedEdit.Change.ADDED, "", LockedEdit.describe(added), lockedUntil, book.now(), book.user()));
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

    /** The other leg of a transfer, if {@code transaction} is one. */
    public Optional<Transaction> otherLeg(Transaction transaction) {
        if (!transaction.isTransfer()) {
            return Optional.empty();
        }
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM txn WHERE transfer_group = ? AND id <> ?")) {
                select.setLong(1, transaction.transferGroup());
                select.setLong(2, transaction.id());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(map(rows)) : Optional.empty();
                }
            }
        });
    }

    /** The parts of a split transaction, in the order entered; empty when it is not split. */
    public List<Split> splitsOf(long transactionId) {
        return book.read(connection -> {
            List<Split> parts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT category, funder, amount_pence, note FROM txn_split WHERE txn_id = ? ORDER BY id")) {
                select.setLong(1, transactionId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String funder = rows.getString(2);
                        parts.add(new Split(Category.valueOf(rows.getString(1)),
                                funder == null ? null : Funder.valueOf(funder), Money.ofPence(rows.getLong(3)),
                                rows.getString(4)));
                    }
                }
            }
            return parts;
        });
    }

    /** Replaces the parts of a transaction (none: it is no longer split). The caller checks they add up. */
    public void replaceSplits(long transactionId, List<Split> parts) {
        book.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM txn_split WHERE txn_id = ?")) {
                delete.setLong(1, transactionId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO txn_split (txn_id, category, funder, amount_pence, note) VALUES (?, ?, ?, ?, ?)")) {
                for (Split part : parts) {
                    insert.setLong(1, transactionId);
                    insert.setString(2, part.category().name());
                    insert.setString(3, part.funder() == null ? null : part.funder().name());
                    insert.setLong(4, part.amount().pence());
                    insert.setString(5, part.note());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Everything a delete took away, exactly as it was stored (every column, ids included), so an
     * undo puts back the same rows: the transactions, their split parts and their evidence links.
     */
    public record Removed(List<Map<String, Object>> transactions, List<Map<String, Object>> splits,
                          List<Map<String, Object>> evidenceLinks) {
        public List<Long> ids() {
            return transactions.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
        }
    }

    /**
     * Deletes transactions, and the other leg of any transfer among them, in one transaction.
     * Any in a period reconciled with the bank is deleted only when {@code confirmedLocked} says
     * the person agreed, and is flagged for the next return; otherwise {@link LockedPeriodEdit}
     * is thrown and nothing changes. Returns what was removed so that {@link #restore} can put
     * it back.
     */
    public Removed delete(Collection<Long> ids, boolean confirmedLocked) {
        return book.inTransaction(connection -> {
            Set<Long> all = new LinkedHashSet<>(ids);
            String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id FROM txn WHERE transfer_group IN "
                         + "(SELECT transfer_group FROM txn WHERE transfer_group IS NOT NULL AND id IN (" + list + "))")) {
                while (rows.next()) {
                    all.add(rows.getLong(1));
                }
            }
            for (long id : all) {
                Optional<Transaction> found = byId(connection, id);
                if (found.isEmpty()) {
                    continue;
                }
                Transaction before = found.get();
                Optional<LocalDate> locked = lockCovering(connection, before, before);
                if (locked.isPresent()) {
                    if (!confirmedLocked) {
                        throw new LockedPeriodEdit(locked.get());
                    }
                    ReconciliationRepository.flag(connection, new LockedEdit(0, id, before.accountId(), before.date(),
                            LockedEdit.Change.DELETED, LockedEdit.describe(before), "", locked.get(), book.now(),
                            book.user()));
                }
            }
            String in = all.stream().map(String::valueOf).collect(Collectors.joining(","));
            Removed removed = new Removed(rawRows(connection, "SELECT * FROM txn WHERE id IN (" + in + ") ORDER BY id"),
                    rawRows(connection, "SELECT * FROM txn_split WHERE txn_id IN (" + in + ") ORDER BY id"),
                    rawRows(connection, "SELECT * FROM txn_evidence WHERE txn_id IN (" + in + ")"));
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM txn_evidence WHERE txn_id IN (" + in + ")");
                statement.executeUpdate("DELETE FROM txn_split WHERE txn_id IN (" + in + ")");
                statement.executeUpdate("DELETE FROM txn WHERE id IN (" + in + ")");
            }
            return removed;
        });
    }

    /** Puts deleted rows back exactly as they were, all or none. */
    public void restore(Removed removed) {
        book.inTransaction(connection -> {
            insertRaw(connection, "txn", removed.transactions());
            insertRaw(connection, "txn_split", removed.splits());
            insertRaw(connection, "txn_evidence", removed.evidenceLinks());
            return null;
        });
    }

    private static List<Map<String, Object>> rawRows(Connection connection, String sql) throws SQLException {
        List<Map<String, Object>> result = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rows.getMetaData().getColumnName(i), rows.getObject(i));
                }
                result.add(row);
            }
        }
        return result;
    }

    private static void insertRaw(Connection connection, String table, List<Map<String, Object>> rows) throws SQLException {
        for (Map<String, Object> row : rows) {
            String columns = String.join(", ", row.keySet());
            String marks = row.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
                int i = 1;
                for (Object value : row.values()) {
                    insert.setObject(i++, value);
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * Every transaction as a compact {@link LedgerRow}, oldest first, with the balance of its
     * account after it (from the account's opening balance). Built for 100,000 rows: one pass,
     * no per-row objects beyond the row itself.
     */
    public List<LedgerRow> ledgerRows(Map<Long, Money> openingBalances) {
        return book.read(connection -> {
            Map<Long, LedgerRow.Parts> parts = splitParts(connection);
            Map<Long, long[]> running = new HashMap<>();
            openingBalances.forEach((id, opening) -> running.put(id, new long[] {opening.pence()}));
            List<LedgerRow> result = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         SELECT id, account_id, date, amount_pence, payee, description, category, funder,
                                coalesce(transfer_group, 0), reconciled
                         FROM txn ORDER BY date, id""")) {
                while (rows.next()) {
                    long[] balance = running.computeIfAbsent(rows.getLong(2), a -> new long[1]);
                    balance[0] += rows.getLong(4);
                    result.add(row(rows, balance[0], parts.get(rows.getLong(1))));
                }
            }
            return result;
        });
    }

    /**
     * The newest {@code limit} transactions, newest first, with the balance after each worked
     * backwards from each account's balance now — enough to show the first screenful of a big
     * book at once, while {@link #ledgerRows} reads the rest.
     */
    public List<LedgerRow> newestRows(int limit, Map<Long, Money> openingBalances) {
        return book.read(connection -> {
            Map<Long, long[]> balance = new HashMap<>();
            openingBalances.forEach((id, opening) -> balance.put(id, new long[] {opening.pence()}));
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT account_id, sum(amount_pence) FROM txn GROUP BY account_id")) {
                while (rows.next()) {
                    balance.computeIfAbsent(rows.getLong(1), a -> new long[1])[0] += rows.getLong(2);
                }
            }
            Map<Long, List<Split>> splits = splitsByTransaction(connection);
            List<LedgerRow> result = new ArrayList<>(limit);
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, account_id, date, amount_pence, payee, description, category, funder,
                           coalesce(transfer_group, 0), reconciled
                    FROM txn ORDER BY date DESC, id DESC LIMIT ?""")) {
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long[] after = balance.computeIfAbsent(rows.getLong(2), a -> new long[1]);
                        LedgerRow row = row(rows, after[0], parts(splits.get(rows.getLong(1))));
                        after[0] -= row.pence();
                        result.add(row);
                    }
                }
            }
            return result;
        });
    }

    private static LedgerRow row(ResultSet rows, long balanceAfter, LedgerRow.Parts parts) throws SQLException {
        String category = rows.getString(7);
        String funder = rows.getString(8);
        return new LedgerRow(rows.getLong(1), rows.getLong(2), epochDay(rows.getString(3)), rows.getLong(4),
                rows.getString(5), rows.getString(6), category == null ? -1 : CATEGORY_CODES.get(category),
                funder == null ? -1 : FUNDER_CODES.get(funder), rows.getLong(9), rows.getInt(10) == 1, balanceAfter, parts);
    }

    private static final Map<String, Byte> CATEGORY_CODES = new HashMap<>();
    private static final Map<String, Byte> FUNDER_CODES = new HashMap<>();

    static {
        for (Category c : Category.values()) {
            CATEGORY_CODES.put(c.name(), LedgerRow.code(c));
        }
        for (Funder f : Funder.values()) {
            FUNDER_CODES.put(f.name(), LedgerRow.code(f));
        }
    }

    /** The parts of every split transaction, by transaction id. */
    public Map<Long, List<Split>> allSplits() {
        return book.read(TransactionRepository::splitsByTransaction);
    }

    private static Map<Long, List<Split>> splitsByTransaction(Connection connection) throws SQLException {
        Map<Long, List<Split>> byTransaction = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT txn_id, category, funder, amount_pence FROM txn_split ORDER BY txn_id, id")) {
            while (rows.next()) {
                String funder = rows.getString(3);
                byTransaction.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                        .add(new Split(Category.valueOf(rows.getString(2)), funder == null ? null : Funder.valueOf(funder),
                                Money.ofPence(rows.getLong(4)), ""));
            }
        }
        return byTransaction;
    }

    private static Map<Long, LedgerRow.Parts> splitParts(Connection connection) throws SQLException {
        Map<Long, LedgerRow.Parts> result = new HashMap<>();
        splitsByTransaction(connection).forEach((id, list) -> result.put(id, parts(list)));
        return result;
    }

    private static LedgerRow.Parts parts(List<Split> list) {
        if (list == null) {
            return null;
        }
        byte[] categories = new byte[list.size()];
        byte[] funderCodes = new byte[list.size()];
        long[] pence = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            categories[i] = LedgerRow.code(list.get(i).category());
            funderCodes[i] = LedgerRow.code(list.get(i).funder());
            pence[i] = list.get(i).amount().pence();
        }
        return new LedgerRow.Parts(categories, funderCodes, pence);
    }

    /** ISO yyyy-MM-dd to an epoch day without building a parser per row. */
    static int epochDay(String iso) {
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
            int year = Integer.parseInt(iso, 0, 4, 10);
            int month = Integer.parseInt(iso, 5, 7, 10);
            int day = Integer.parseInt(iso, 8, 10, 10);
            return (int) LocalDate.of(year, month, day).toEpochDay();
        }
        return (int) LocalDate.parse(iso).toEpochDay();
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

    /** Deletes one transaction (and a transfer's other leg), under the same lock rule as {@link #update}. */
    public void delete(long id, boolean confirmedLocked) {
        delete(List.of(id), confirmedLocked);
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
