package uk.supportbudget.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.ledger.Evidence;
import uk.supportbudget.domain.ledger.EvidenceType;

/**
 * Receipts and other documents kept inside the book, each stored once by its hash and linked to
 * any number of transactions.
 */
public final class EvidenceRepository {

    private static final String COLUMNS = "e.id, e.sha256, e.file_name, e.media_type, e.size_bytes, e.added_at";

    /** A stored file and the transactions it is linked to (content read only when asked for). */
    public record PeriodEvidence(long id, String fileName, String mediaType, long sizeBytes, String sha256,
                           List<Long> transactionIds) {
        /** The reference the return prints beside each line it proves. */
        public String reference() {
            return reference(id);
        }

        public static String reference(long id) {
            return String.format("EV-%04d", id);
        }
    }

    private final Book book;

    public EvidenceRepository(Book book) {
        this.book = book;
    }

    public Optional<Evidence> byHash(String sha256) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM evidence e WHERE e.sha256 = ?")) {
                select.setString(1, sha256);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(map(rows)) : Optional.empty();
                }
            }
        });
    }

    public Evidence add(String sha256, String fileName, EvidenceType type, byte[] content) {
        return book.inTransaction(connection -> {
            String now = book.now();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO evidence (sha256, file_name, media_type, size_bytes, content, added_at, added_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, sha256);
                insert.setString(2, fileName);
                insert.setString(3, type.mediaType());
                insert.setLong(4, content.length);
                insert.setBytes(5, content);
                insert.setString(6, now);
                insert.setString(7, book.user());
                insert.executeUpdate();
                return new Evidence(AccountRepository.generatedKey(insert), sha256, fileName, type, content.length, now);
            }
        });
    }

    /** Links evidence to a transaction; false when it was already linked. */
    public boolean link(long transactionId, long evidenceId) {
        return book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO txn_evidence (txn_id, evidence_id) VALUES (?, ?)")) {
                insert.setLong(1, transactionId);
                insert.setLong(2, evidenceId);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Unlinks evidence from a transaction, and removes the document when nothing else uses it. */
    public void unlink(long transactionId, long evidenceId) {
        book.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM txn_evidence WHERE txn_id = ? AND evidence_id = ?")) {
                delete.setLong(1, transactionId);
                delete.setLong(2, evidenceId);
                delete.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("""
                    DELETE FROM evidence WHERE id = ? AND NOT EXISTS (SELECT 1 FROM txn_evidence WHERE evidence_id = ?)""")) {
                delete.setLong(1, evidenceId);
                delete.setLong(2, evidenceId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** The documents attached to a transaction, in the order they were added. */
    public List<Evidence> forTransaction(long transactionId) {
        return book.read(connection -> {
            List<Evidence> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM evidence e JOIN txn_evidence l ON l.evidence_id = e.id WHERE l.txn_id = ? ORDER BY e.id")) {
                select.setLong(1, transactionId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(map(rows));
                    }
                }
            }
            return found;
        });
    }

    public byte[] content(long evidenceId) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT content FROM evidence WHERE id = ?")) {
                select.setLong(1, evidenceId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new uk.supportbudget.domain.Refusal("That document is no longer in the book.");
                    }
                    return rows.getBytes(1);
                }
            }
        });
    }

    /** Stores a file (or finds the same one already stored) and returns its id. */
    public long add(String fileName, String mediaType, byte[] content) {
        String hash = sha256(content);
        return book.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM evidence WHERE sha256 = ?")) {
                select.setString(1, hash);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        return rows.getLong(1);
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO evidence (sha256, file_name, media_type, size_bytes, content, added_at, added_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, hash);
                insert.setString(2, fileName);
                insert.setString(3, mediaType);
                insert.setLong(4, content.length);
                insert.setBytes(5, content);
                insert.setString(6, book.now());
                insert.setString(7, book.user());
                insert.executeUpdate();
                return AccountRepository.generatedKey(insert);
            }
        });
    }

    /** Evidence linked to transactions dated in the period, oldest reference first. */
    public List<PeriodEvidence> forPeriod(LocalDate from, LocalDate to) {
        return book.read(connection -> {
            List<PeriodEvidence> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT e.id, e.file_name, e.media_type, e.size_bytes, e.sha256, group_concat(t.id)
                    FROM evidence e JOIN txn_evidence te ON te.evidence_id = e.id JOIN txn t ON t.id = te.txn_id
                    WHERE t.date BETWEEN ? AND ?
                    GROUP BY e.id ORDER BY e.id""")) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        List<Long> ids = new ArrayList<>();
                        for (String id : rows.getString(6).split(",")) {
                            ids.add(Long.parseLong(id));
                        }
                        found.add(new PeriodEvidence(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                                rows.getString(5), ids));
                    }
                }
            }
            return found;
        });
    }

    /** How many documents each transaction has; transactions with none are left out. */
    public Map<Long, Integer> countsByTransaction() {
        return book.read(connection -> {
            Map<Long, Integer> counts = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT txn_id, count(*) FROM txn_evidence GROUP BY txn_id")) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    private static Evidence map(ResultSet rows) throws SQLException {
        return new Evidence(rows.getLong(1), rows.getString(2), rows.getString(3),
                EvidenceType.ofMediaType(rows.getString(4)).orElseThrow(), rows.getLong(5), rows.getString(6));
    }

    /** The SHA-256 of {@code content} in lower-case hex: how evidence, scans and frozen returns are identified. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
