package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small settings kept in the book itself, so they travel with it (such as the evidence threshold). */
public final class BookSettingRepository {

    private final Book book;

    public BookSettingRepository(Book book) {
        this.book = book;
    }

    public Optional<String> get(String key) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM book_setting WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        book.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO book_setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
                                                    updated_by = excluded.updated_by""")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                upsert.setString(3, book.now());
                upsert.setString(4, book.user());
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
