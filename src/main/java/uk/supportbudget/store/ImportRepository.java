package uk.supportbudget.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.ledger.Transaction;

/**
 * Bank statement imports: the {@code import_batch} a file became, and its transactions with their
 * source (line, bank id, import key) so a re-import is recognised and every figure traces back.
 */
public final class ImportRepository {

    /** Keys looked up per query; well under SQLite's limit on parameters. */
    private static final int KEYS_PER_QUERY = 500;

    private static final String INSERT_BATCH = """
            INSERT INTO import_batch (account_id, file_name, format, rows, imported, duplicates, rejected,
                                      imported_at, imported_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_TRANSACTION = """
            INSERT INTO txn (account_id, date, amount_pence, payee, description, category, funder, payment_method,
                             notes, import_batch_id, source_line, bank_id, import_key,
                             created_at, created_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** One file's import, for the audit trail. */
    public record Batch(long accountId, String fileName, String format, int rows, int imported, int duplicates,
                        int rejected) {
        public Batch {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * A transaction as imported, with where it came from.
     *
     * @param sourceLine 1-based line in the statement file
     * @param bankId     the bank's own id, or empty
     * @param importKey  the stored form of the row's import key
     */
    public record ImportedTransaction(Transaction transaction, int sourceLine, String bankId, String importKey) {
        public ImportedTransaction {
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(importKey, "importKey");
            bankId = bankId == null ? "" : bankId;
        }
    }

    private final Book book;

    public ImportRepository(Book book) {
        this.book = book;
    }

    /**
     * How many transactions of the account already carry each of these import keys; keys it does
     * not hold are left out. A few queries for a whole statement, not one per row.
     */
    public Map<String, Integer> countsByKey(long accountId, Collection<String> keys) {
        return book.read(connection -> {
            Map<String, Integer> counts = new HashMap<>();
            List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
            PreparedStatement fullChunk = null;
            try {
                for (int start = 0; start < distinct.size(); start += KEYS_PER_QUERY) {
                    List<String> chunk = distinct.subList(start, Math.min(distinct.size(), start + KEYS_PER_QUERY));
                    if (chunk.size() == KEYS_PER_QUERY) {
                        if (fullChunk == null) {
                            fullChunk = connection.prepareStatement(countQuery(KEYS_PER_QUERY));
                        }
                        countInto(fullChunk, accountId, chunk, counts);
                    } else {
                        try (PreparedStatement lastChunk = connection.prepareStatement(countQuery(chunk.size()))) {
                            countInto(lastChunk, accountId, chunk, counts);
                        }
                    }
                }
            } finally {
                if (fullChunk != null) {
                    fullChunk.close();
                }
            }
            return counts;
        });
    }

    private static String countQuery(int keys) {
        return "SELECT import_key, count(*) FROM txn WHERE account_id = ? AND import_key IN ("
                + "?, ".repeat(keys - 1) + "?) GROUP BY import_key";
    }

    private static void countInto(PreparedStatement select, long accountId, List<String> keys,
                                  Map<String, Integer> counts) throws SQLException {
        select.setLong(1, accountId);
        for (int i = 0; i < keys.size(); i++) {
            select.setString(i + 2, keys.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
    }

    /**
     * Records the batch and inserts its transactions with one reused statement. Joins the caller's
     * transaction, so the batch and its rows are written together or not at all.
     *
     * @return the batch id
     */
    public long add(Batch batch, List<ImportedTransaction> transactions) {
        return add(batch, transactions, Progress.NONE);
    }

    /**
     * As {@link #add(Batch, List)}, reporting as rows are written; a cancel throws out of the
     * transaction, so no row of the batch is kept.
     */
    public long add(Batch batch, List<ImportedTransaction> transactions, Progress progress) {
        return book.inTransaction(connection -> {
            String now = book.now();
            long batchId = insertBatch(connection, batch, now);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_TRANSACTION)) {
                int written = 0;
                for (ImportedTransaction imported : transactions) {
                    bind(insert, imported, batch.accountId(), batchId, now);
                    insert.addBatch();
                    if (++written % ROWS_PER_STEP == 0) {
                        insert.executeBatch();
                        progress.report(written, transactions.size());
                    }
                }
                insert.executeBatch();
            }
            progress.checkCancelled();
            flagRowsInReconciledPeriod(connection, batch.accountId(), batchId);
            return batchId;
        });
    }

    /** Rows written between looks at the Cancel button: often enough to stop within a moment. */
    private static final int ROWS_PER_STEP = 1_000;

    /**
     * Imported rows dated inside a period already reconciled with the bank are kept (the
     * statement says they happened) but flagged, so the next return lists them.
     */
    private void flagRowsInReconciledPeriod(Connection connection, long accountId, long batchId) throws SQLException {
        Optional<LocalDate> locked = ReconciliationRepository.lockedUntil(connection, accountId);
        if (locked.isEmpty()) {
            return;
        }
        TransactionRepository transactions = new TransactionRepository(book);
        for (Transaction added : transactions.select(new TransactionRepository.Selection(accountId, null, locked.get()))) {
            if (importedIn(connection, added.id(), batchId)) {
                transactions.flagAdded(connection, added, locked.get());
            }
        }
    }

    private static boolean importedIn(Connection connection, long transactionId, long batchId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM txn WHERE id = ? AND import_batch_id = ?")) {
            select.setLong(1, transactionId);
            select.setLong(2, batchId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private long insertBatch(Connection connection, Batch batch, String now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_BATCH, Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, batch.accountId());
            insert.setString(2, batch.fileName());
            insert.setString(3, batch.format());
            insert.setInt(4, batch.rows());
            insert.setInt(5, batch.imported());
            insert.setInt(6, batch.duplicates());
            insert.setInt(7, batch.rejected());
            insert.setString(8, now);
            insert.setString(9, book.user());
            insert.executeUpdate();
            return AccountRepository.generatedKey(insert);
        }
    }

    private void bind(PreparedStatement insert, ImportedTransaction imported, long accountId, long batchId,
                      String now) throws SQLException {
        TransactionRepository.bindDetails(insert, imported.transaction(), accountId);
        insert.setLong(10, batchId);
        insert.setInt(11, imported.sourceLine());
        insert.setString(12, imported.bankId().isEmpty() ? null : imported.bankId());
        insert.setString(13, imported.importKey());
        insert.setString(14, now);
        insert.setString(15, book.user());
        insert.setString(16, now);
        insert.setString(17, book.user());
    }

    /** How many transactions came in with a batch (for checks and tests). */
    public int transactionCount(long batchId) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM txn WHERE import_batch_id = ?")) {
                select.setLong(1, batchId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
