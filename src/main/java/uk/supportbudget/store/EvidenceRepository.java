package uk.supportbudget.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Receipts, invoices and signed timesheets kept inside the book, and which transactions they
 * prove. The same file added twice is stored once (by its SHA-256).
 */
public final class EvidenceRepository {

    /** A stored file and the transactions it is linked to (content read only when asked for). */
    public record Evidence(long id, String fileName, String mediaType, long sizeBytes, String sha256,
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

    public void link(long transactionId, long evidenceId) {
        book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO txn_evidence (txn_id, evidence_id) VALUES (?, ?)")) {
                insert.setLong(1, transactionId);
                insert.setLong(2, evidenceId);
                return insert.executeUpdate();
            }
        });
    }

    /** Evidence linked to transactions dated in the period, oldest reference first. */
    public List<Evidence> forPeriod(LocalDate from, LocalDate to) {
        return book.read(connection -> {
            List<Evidence> found = new ArrayList<>();
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
                        found.add(new Evidence(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                                rows.getString(5), ids));
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
                    return rows.next() ? rows.getBytes(1) : new byte[0];
                }
            }
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
