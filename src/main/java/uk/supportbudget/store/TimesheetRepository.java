package uk.supportbudget.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;
import uk.supportbudget.domain.rota.WorkPeriod;

/** Timesheets with their lines, and the signed scans kept as evidence. */
public final class TimesheetRepository {

    /** A stored scan: what the return's evidence list shows. */
    public record EvidenceFile(long id, String sha256, String fileName, String mediaType, long sizeBytes) {
    }

    private final Book book;

    public TimesheetRepository(Book book) {
        this.book = book;
    }

    public List<Timesheet> all() {
        return book.read(connection -> select(connection, "SELECT id, employee_id, period_first, period_last, frequency, signed_on "
                + "FROM timesheet ORDER BY period_first, employee_id", null));
    }

    public Optional<Timesheet> byId(long id) {
        return book.read(connection -> select(connection, "SELECT id, employee_id, period_first, period_last, frequency, signed_on "
                + "FROM timesheet WHERE id = ?", id).stream().findFirst());
    }

    /**
     * Signed timesheets whose period ends on or before {@code endingBy} that no pay run other than
     * {@code payRunId} pays yet (late ones from earlier periods included): what a pay run pays.
     */
    public List<Timesheet> signedUnpaid(LocalDate endingBy, long payRunId) {
        return book.read(connection -> select(connection, """
                    SELECT id, employee_id, period_first, period_last, frequency, signed_on FROM timesheet
                    WHERE signed_on IS NOT NULL AND period_last <= ?
                      AND id NOT IN (SELECT timesheet_id FROM pay_run_timesheet WHERE pay_run_id <> ?)
                    ORDER BY period_first, employee_id""", endingBy.toString(), payRunId));
    }

    private List<Timesheet> select(Connection connection, String sql, String endingBy, long payRunId) throws SQLException {
        List<Timesheet> sheets = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, endingBy);
            select.setLong(2, payRunId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sheets.add(sheet(connection, rows));
                }
            }
        }
        return sheets;
    }

    private static Timesheet sheet(Connection connection, ResultSet rows) throws SQLException {
        long sheetId = rows.getLong("id");
        return new Timesheet(sheetId, rows.getLong("employee_id"),
                new DateRange(Columns.date(rows, "period_first"), Columns.date(rows, "period_last")),
                PayFrequency.valueOf(rows.getString("frequency")), Columns.date(rows, "signed_on"), lines(connection, sheetId));
    }

    private List<Timesheet> select(Connection connection, String sql, Long id) throws SQLException {
        List<Timesheet> sheets = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sheets.add(sheet(connection, rows));
                }
            }
        }
        return sheets;
    }

    private static List<TimesheetLine> lines(Connection connection, long sheetId) throws SQLException {
        List<TimesheetLine> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, shift_id, starts_at, ends_at, shift_type, awake_minutes, note
                FROM timesheet_line WHERE timesheet_id = ? ORDER BY starts_at""")) {
            select.setLong(1, sheetId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new TimesheetLine(rows.getLong("id"), Columns.id(rows, "shift_id"), new WorkPeriod(Columns.dateTime(rows, "starts_at"),
                            Columns.dateTime(rows, "ends_at"), ShiftType.valueOf(rows.getString("shift_type")), rows.getInt("awake_minutes")),
                            rows.getString("note")));
                }
            }
        }
        return lines;
    }

    /** Saves a new timesheet or replaces a draft's lines; all or nothing. */
    public Timesheet save(Timesheet sheet) {
        return book.inTransaction(connection -> {
            long id = sheet.id();
            if (id == 0) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO timesheet (employee_id, period_first, period_last, frequency, signed_on, created_at, created_by,
                                               updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setLong(1, sheet.employeeId());
                    Columns.date(insert, 2, sheet.period().first());
                    Columns.date(insert, 3, sheet.period().last());
                    insert.setString(4, sheet.frequency().name());
                    Columns.date(insert, 5, sheet.signedOn());
                    Columns.created(book, insert, 6);
                    insert.executeUpdate();
                    id = AccountRepository.generatedKey(insert);
                }
            } else {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE timesheet SET signed_on = ?, updated_at = ?, updated_by = ? WHERE id = ?");
                     PreparedStatement delete = connection.prepareStatement("DELETE FROM timesheet_line WHERE timesheet_id = ?")) {
                    Columns.date(update, 1, sheet.signedOn());
                    Columns.updated(book, update, 2);
                    update.setLong(4, id);
                    update.executeUpdate();
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO timesheet_line (timesheet_id, shift_id, starts_at, ends_at, shift_type, awake_minutes, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (TimesheetLine line : sheet.lines()) {
                    insert.setLong(1, id);
                    Columns.id(insert, 2, line.shiftId());
                    insert.setString(3, line.work().start().toString());
                    insert.setString(4, line.work().end().toString());
                    insert.setString(5, line.work().type().name());
                    insert.setInt(6, line.work().awakeMinutes());
                    insert.setString(7, line.note());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return byId(id).orElseThrow();
        });
    }

    /** Keeps a file in the book (once, by its SHA-256) and links it to a timesheet. */
    public EvidenceFile attach(long timesheetId, String fileName, String mediaType, byte[] content) {
        String sha = EvidenceRepository.sha256(content);
        return book.inTransaction(connection -> {
            long evidenceId;
            try (PreparedStatement find = connection.prepareStatement("SELECT id FROM evidence WHERE sha256 = ?")) {
                find.setString(1, sha);
                try (ResultSet rows = find.executeQuery()) {
                    evidenceId = rows.next() ? rows.getLong(1) : 0;
                }
            }
            if (evidenceId == 0) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO evidence (sha256, file_name, media_type, size_bytes, content, added_at, added_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, sha);
                    insert.setString(2, fileName);
                    insert.setString(3, mediaType);
                    insert.setLong(4, content.length);
                    insert.setBytes(5, content);
                    Columns.updated(book, insert, 6);
                    insert.executeUpdate();
                    evidenceId = AccountRepository.generatedKey(insert);
                }
            }
            try (PreparedStatement link = connection.prepareStatement(
                    "INSERT OR IGNORE INTO timesheet_evidence (timesheet_id, evidence_id) VALUES (?, ?)")) {
                link.setLong(1, timesheetId);
                link.setLong(2, evidenceId);
                link.executeUpdate();
            }
            return new EvidenceFile(evidenceId, sha, fileName, mediaType, content.length);
        });
    }

    public List<EvidenceFile> evidence(long timesheetId) {
        return book.read(connection -> {
            List<EvidenceFile> files = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT e.id, e.sha256, e.file_name, e.media_type, e.size_bytes FROM evidence e
                    JOIN timesheet_evidence t ON t.evidence_id = e.id WHERE t.timesheet_id = ? ORDER BY e.id""")) {
                select.setLong(1, timesheetId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        files.add(new EvidenceFile(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getLong(5)));
                    }
                }
            }
            return files;
        });
    }

}
