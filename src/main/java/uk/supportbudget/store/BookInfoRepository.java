package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

/** Whose book this is, and their council details. */
public final class BookInfoRepository {

    /** The person the book is for. */
    public record BookInfo(String personName, LocalDate dateOfBirth, String councilName, String councilReference,
                           String nominatedPerson, String councilProfile) {
    }

    private final Book book;

    public BookInfoRepository(Book book) {
        this.book = book;
    }

    public BookInfo get() {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT person_name, date_of_birth, council_name, council_reference, nominated_person, council_profile
                    FROM book_info WHERE id = 1""");
                 ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new BookInfo("", null, "", "", "", "");
                }
                String born = row.getString(2);
                return new BookInfo(row.getString(1), born == null ? null : LocalDate.parse(born), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6));
            }
        });
    }

    public void save(BookInfo info) {
        book.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE book_info SET person_name = ?, date_of_birth = ?, council_name = ?, council_reference = ?,
                           nominated_person = ?, council_profile = ?, updated_at = ?, updated_by = ?
                    WHERE id = 1""")) {
                update.setString(1, info.personName());
                update.setString(2, info.dateOfBirth() == null ? null : info.dateOfBirth().toString());
                update.setString(3, info.councilName());
                update.setString(4, info.councilReference());
                update.setString(5, info.nominatedPerson());
                update.setString(6, info.councilProfile());
                update.setString(7, book.now());
                update.setString(8, book.user());
                return update.executeUpdate();
            }
        });
    }
}
