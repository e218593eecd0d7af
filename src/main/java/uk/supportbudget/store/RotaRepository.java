package uk.supportbudget.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.RotaPattern;
import uk.supportbudget.domain.rota.Shift;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.WorkPeriod;

/** The rota: repeating patterns, the shifts themselves, time away, and the agreed hours a week. */
public final class RotaRepository {

    private final Book book;

    public RotaRepository(Book book) {
        this.book = book;
    }

    // ---- patterns

    public List<RotaPattern> patterns() {
        return book.read(connection -> {
            List<RotaPattern> patterns = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, employee_id, day_of_week, start_time, end_time, shift_type, valid_from, valid_to
                    FROM rota_pattern ORDER BY employee_id, day_of_week, start_time""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    patterns.add(new RotaPattern(rows.getLong(1), rows.getLong(2), DayOfWeek.of(rows.getInt(3)),
                            LocalTime.parse(rows.getString(4)), LocalTime.parse(rows.getString(5)), ShiftType.valueOf(rows.getString(6)),
                            Columns.date(rows, "valid_from"), Columns.date(rows, "valid_to")));
                }
            }
            return patterns;
        });
    }

    public RotaPattern add(RotaPattern pattern) {
        return book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO rota_pattern (employee_id, day_of_week, start_time, end_time, shift_type, valid_from, valid_to,
                                              created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                bindPattern(insert, pattern);
                Columns.created(book, insert, 8);
                insert.executeUpdate();
                return pattern.withId(AccountRepository.generatedKey(insert));
            }
        });
    }

    public RotaPattern update(RotaPattern pattern) {
        return book.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE rota_pattern SET employee_id = ?, day_of_week = ?, start_time = ?, end_time = ?, shift_type = ?, valid_from = ?,
                                            valid_to = ?, updated_at = ?, updated_by = ?
                    WHERE id = ?""")) {
                bindPattern(update, pattern);
                Columns.updated(book, update, 8);
                update.setLong(10, pattern.id());
                if (update.executeUpdate() != 1) {
                    throw new uk.supportbudget.domain.Refusal("That repeating shift is no longer in the book; reopen the Rota page.");
                }
                return pattern;
            }
        });
    }

    private static void bindPattern(PreparedStatement statement, RotaPattern pattern) throws SQLException {
        statement.setLong(1, pattern.employeeId());
        statement.setInt(2, pattern.day().getValue());
        statement.setString(3, pattern.from().toString());
        statement.setString(4, pattern.to().toString());
        statement.setString(5, pattern.type().name());
        Columns.date(statement, 6, pattern.validFrom());
        Columns.date(statement, 7, pattern.validTo());
    }

    /** Deletes a pattern; shifts it made stay on the rota as one-offs. */
    public void deletePattern(long id) {
        deleteById("DELETE FROM rota_pattern WHERE id = ?", id);
    }

    private void deleteById(String sql, long id) {
        book.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    // ---- shifts

    private static final String SHIFT_COLUMNS = """
            id, employee_id, starts_at, ends_at, shift_type, awake_minutes, cover_for_employee_id, cover_reason, pattern_id, note""";

    /** Shifts that start in a range of days (a night shift belongs to the day it starts), earliest first. */
    public List<Shift> shifts(DateRange days) {
        return book.read(connection -> {
            List<Shift> shifts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SHIFT_COLUMNS
                    + " FROM shift WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, employee_id")) {
                select.setString(1, days.first().atStartOfDay().toString());
                select.setString(2, days.last().plusDays(1).atStartOfDay().toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        shifts.add(shift(rows));
                    }
                }
            }
            return shifts;
        });
    }

    public Optional<Shift> shift(long id) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SHIFT_COLUMNS + " FROM shift WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(shift(rows)) : Optional.empty();
                }
            }
        });
    }

    /** The day after the last stored shift, or empty when there are none. */
    public Optional<LocalDate> lastShiftDay() {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT max(starts_at) FROM shift");
                 ResultSet rows = select.executeQuery()) {
                String last = rows.next() ? rows.getString(1) : null;
                return Optional.ofNullable(last).map(text -> LocalDate.parse(text.substring(0, 10)));
            }
        });
    }

    public Shift add(Shift shift) {
        return book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO shift (employee_id, starts_at, ends_at, shift_type, awake_minutes, cover_for_employee_id, cover_reason,
                                       pattern_id, note, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                bindShift(insert, shift);
                Columns.created(book, insert, 10);
                insert.executeUpdate();
                return shift.withId(AccountRepository.generatedKey(insert));
            }
        });
    }

    public Shift update(Shift shift) {
        return book.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE shift SET employee_id = ?, starts_at = ?, ends_at = ?, shift_type = ?, awake_minutes = ?,
                                     cover_for_employee_id = ?, cover_reason = ?, pattern_id = ?, note = ?, updated_at = ?, updated_by = ?
                    WHERE id = ?""")) {
                bindShift(update, shift);
                Columns.updated(book, update, 10);
                update.setLong(12, shift.id());
                update.executeUpdate();
                return shift;
            }
        });
    }

    public void deleteShift(long id) {
        deleteById("DELETE FROM shift WHERE id = ?", id);
    }

    private static void bindShift(PreparedStatement statement, Shift shift) throws SQLException {
        statement.setLong(1, shift.employeeId());
        statement.setString(2, shift.work().start().toString());
        statement.setString(3, shift.work().end().toString());
        statement.setString(4, shift.type().name());
        statement.setInt(5, shift.work().awakeMinutes());
        Columns.id(statement, 6, shift.coverForEmployeeId());
        Columns.text(statement, 7, shift.coverReason() == null ? null : shift.coverReason().name());
        Columns.id(statement, 8, shift.patternId());
        statement.setString(9, shift.note());
    }

    private static Shift shift(ResultSet rows) throws SQLException {
        String reason = rows.getString("cover_reason");
        WorkPeriod work = new WorkPeriod(Columns.dateTime(rows, "starts_at"), Columns.dateTime(rows, "ends_at"),
                ShiftType.valueOf(rows.getString("shift_type")), rows.getInt("awake_minutes"));
        return new Shift(rows.getLong("id"), rows.getLong("employee_id"), work, Columns.id(rows, "cover_for_employee_id"),
                reason == null ? null : AbsenceKind.valueOf(reason), Columns.id(rows, "pattern_id"), rows.getString("note"));
    }

    // ---- absences

    public List<Absence> absences() {
        return book.read(connection -> {
            List<Absence> absences = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, employee_id, kind, first_day, last_day, hours, qualifying_days, note
                    FROM absence ORDER BY first_day, employee_id""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    absences.add(new Absence(rows.getLong(1), rows.getLong(2), AbsenceKind.valueOf(rows.getString(3)),
                            new DateRange(Columns.date(rows, "first_day"), Columns.date(rows, "last_day")), new BigDecimal(rows.getString(6)),
                            days(rows.getString(7)), rows.getString(8)));
                }
            }
            return absences;
        });
    }

    public Absence add(Absence absence) {
        return book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO absence (employee_id, kind, first_day, last_day, hours, qualifying_days, note,
                                         created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, absence.employeeId());
                insert.setString(2, absence.kind().name());
                Columns.date(insert, 3, absence.days().first());
                Columns.date(insert, 4, absence.days().last());
                insert.setString(5, absence.hours().toPlainString());
                insert.setString(6, absence.qualifyingDays().stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(",")));
                insert.setString(7, absence.note());
                Columns.created(book, insert, 8);
                insert.executeUpdate();
                return absence.withId(AccountRepository.generatedKey(insert));
            }
        });
    }

    public void deleteAbsence(long id) {
        deleteById("DELETE FROM absence WHERE id = ?", id);
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).forEach(abbreviation -> Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().startsWith(abbreviation.strip())).forEach(days::add));
        return days;
    }

    // ---- agreed hours

    public Optional<BigDecimal> agreedHoursPerWeek() {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT agreed_hours_per_week FROM rota_setting WHERE id = 1");
                 ResultSet rows = select.executeQuery()) {
                String value = rows.next() ? rows.getString(1) : null;
                return Optional.ofNullable(value).map(BigDecimal::new);
            }
        });
    }

    public void setAgreedHoursPerWeek(BigDecimal hours) {
        book.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO rota_setting (id, agreed_hours_per_week, updated_at, updated_by) VALUES (1, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET agreed_hours_per_week = excluded.agreed_hours_per_week,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by""")) {
                Columns.text(upsert, 1, hours == null ? null : hours.toPlainString());
                Columns.updated(book, upsert, 2);
                return upsert.executeUpdate();
            }
        });
    }
}
