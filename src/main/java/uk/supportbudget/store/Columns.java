package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

import uk.supportbudget.domain.money.Money;

/** Reading and writing the nullable ISO dates, pence and audit columns the staff tables share. */
final class Columns {

    private Columns() {
    }

    static void date(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setString(index, date == null ? null : date.toString());
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static LocalDateTime dateTime(ResultSet rows, String column) throws SQLException {
        return LocalDateTime.parse(rows.getString(column));
    }

    static void text(PreparedStatement statement, int index, Object value) throws SQLException {
        statement.setString(index, value == null ? null : value.toString());
    }

    static void pence(PreparedStatement statement, int index, Money money) throws SQLException {
        if (money == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, money.pence());
        }
    }

    static Money money(ResultSet rows, String column) throws SQLException {
        long pence = rows.getLong(column);
        return rows.wasNull() ? null : Money.ofPence(pence);
    }

    static Long id(ResultSet rows, String column) throws SQLException {
        long id = rows.getLong(column);
        return rows.wasNull() ? null : id;
    }

    static void id(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, id);
        }
    }

    /** created_at, created_by, updated_at, updated_by from {@code first}. */
    static void created(Book book, PreparedStatement statement, int first) throws SQLException {
        String now = book.now();
        statement.setString(first, now);
        statement.setString(first + 1, book.user());
        statement.setString(first + 2, now);
        statement.setString(first + 3, book.user());
    }

    /** updated_at, updated_by from {@code first}. */
    static void updated(Book book, PreparedStatement statement, int first) throws SQLException {
        statement.setString(first, book.now());
        statement.setString(first + 1, book.user());
    }
}
