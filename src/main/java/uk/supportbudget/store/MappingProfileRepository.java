package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Column choices saved from the mapping dialog, one per CSV heading row (as JSON the service writes). */
public final class MappingProfileRepository {

    private final Book book;

    public MappingProfileRepository(Book book) {
        this.book = book;
    }

    public Optional<String> mappingJson(String headerSignature) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT mapping_json FROM csv_mapping_profile WHERE header_signature = ?")) {
                select.setString(1, headerSignature);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Saves the choices for these headings, replacing any made before. */
    public void save(String headerSignature, String mappingJson) {
        book.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO csv_mapping_profile (header_signature, mapping_json, created_at, created_by, updated_at,
                                                     updated_by)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (header_signature) DO UPDATE SET mapping_json = excluded.mapping_json,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by""")) {
                String now = book.now();
                upsert.setString(1, headerSignature);
                upsert.setString(2, mappingJson);
                upsert.setString(3, now);
                upsert.setString(4, book.user());
                upsert.setString(5, now);
                upsert.setString(6, book.user());
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
