package uk.supportbudget.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.PayElement;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.YearToDate;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.staff.PensionStatus;

/** Pay runs with their lines, the pay elements and explanations of each line, and the timesheets each run pays. */
public final class PayRunRepository {

    private static final String RUN_COLUMNS = "id, frequency, tax_year, tax_period, work_first, work_last, pay_date, status, finalised_at";

    /** The money columns of a line, in the order {@link #figures} gives them. */
    private static final List<String> MONEY_COLUMNS = List.of("gross_pence", "taxable_pay_pence", "tax_pence", "employee_ni_pence",
            "employer_ni_pence", "employment_allowance_pence", "student_loan_pence", "postgraduate_loan_pence", "pension_employee_pence",
            "pension_from_pay_pence", "pension_employer_pence", "net_pence", "employer_cost_pence", "earnings_at_lel_pence",
            "lel_to_pt_pence", "pt_to_uel_pence", "p45_pay_pence", "p45_tax_pence", "prev_gross_pence", "prev_taxable_pay_pence",
            "prev_tax_pence", "prev_employee_ni_pence", "prev_employer_ni_pence", "prev_pension_from_pay_pence",
            "prev_pension_employer_pence", "prev_student_loan_pence", "prev_postgraduate_loan_pence", "prev_sick_pay_pence",
            "prev_allowance_pence", "prev_at_lel_pence", "prev_lel_to_pt_pence", "prev_pt_to_uel_pence", "prev_net_pence",
            "pension_refund_pence", "pension_employer_refund_pence");

    private static final String LINE_COLUMNS = "pay_run_id, employee_id, employee_name, ni_number, tax_code, ni_category, minutes_worked, "
            + "hours_band, pension_status_after, below_minimum_wage, " + String.join(", ", MONEY_COLUMNS);

    private final Book book;

    public PayRunRepository(Book book) {
        this.book = book;
    }

    /** Every run, newest payday first, without lines. */
    public List<PayRun> runs() {
        return book.read(connection -> {
            List<PayRun> runs = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + RUN_COLUMNS + " FROM pay_run ORDER BY pay_date DESC, id DESC");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(run(rows, List.of()));
                }
            }
            return runs;
        });
    }

    /** A run with its lines. */
    public Optional<PayRun> run(long id) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + RUN_COLUMNS + " FROM pay_run WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(run(rows, lines(connection, "WHERE l.pay_run_id = ?", id)));
                }
            }
        });
    }

    /** Every finalised run with its lines whose payday lies in a tax year, oldest first. */
    public List<PayRun> finalisedIn(TaxYear year) {
        return finalised("WHERE status = 'FINALISED' AND tax_year = ?", year.toString(), true);
    }

    /** As {@link #finalisedIn}, but the lines without their explanations: the figures a new run builds on. */
    public List<PayRun> finalisedFiguresIn(TaxYear year) {
        return finalised("WHERE status = 'FINALISED' AND tax_year = ?", year.toString(), false);
    }

    /** Every finalised run with its lines, oldest first. */
    public List<PayRun> finalised() {
        return finalised("WHERE status = 'FINALISED'", null, true);
    }

    private List<PayRun> finalised(String where, String argument, boolean withNotes) {
        return book.read(connection -> {
            Map<Long, List<PayRunLine>> lines = new LinkedHashMap<>();
            String lineWhere = "JOIN pay_run r ON r.id = l.pay_run_id " + where.replace("status", "r.status").replace("tax_year", "r.tax_year");
            try (PreparedStatement select = connection.prepareStatement("SELECT l.id, " + prefixed() + " FROM pay_run_line l " + lineWhere
                    + " ORDER BY l.id")) {
                if (argument != null) {
                    select.setString(1, argument);
                }
                readLines(connection, select, lines, withNotes);
            }
            List<PayRun> runs = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + RUN_COLUMNS + " FROM pay_run " + where
                    + " ORDER BY pay_date, id")) {
                if (argument != null) {
                    select.setString(1, argument);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        runs.add(run(rows, lines.getOrDefault(rows.getLong("id"), List.of())));
                    }
                }
            }
            return runs;
        });
    }

    public PayRun insert(PayRun run) {
        return book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO pay_run (frequency, tax_year, tax_period, work_first, work_last, pay_date, status,
                                         created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, run.taxPeriod().frequency().name());
                insert.setString(2, run.taxYear().toString());
                insert.setInt(3, run.taxPeriod().number());
                Columns.date(insert, 4, run.workPeriod().first());
                Columns.date(insert, 5, run.workPeriod().last());
                Columns.date(insert, 6, run.payDate());
                Columns.created(book, insert, 7);
                insert.executeUpdate();
                return run.withId(AccountRepository.generatedKey(insert));
            }
        });
    }

    /** Replaces a draft run's lines (and the timesheets it pays) with newly worked-out ones; all or nothing. */
    public void replaceLines(long runId, List<PayRunLine> lines) {
        book.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pay_run_line WHERE pay_run_id = ?");
                 PreparedStatement free = connection.prepareStatement("DELETE FROM pay_run_timesheet WHERE pay_run_id = ?");
                 PreparedStatement touch = connection.prepareStatement("UPDATE pay_run SET updated_at = ?, updated_by = ? WHERE id = ?")) {
                delete.setLong(1, runId);
                delete.executeUpdate();
                free.setLong(1, runId);
                free.executeUpdate();
                Columns.updated(book, touch, 1);
                touch.setLong(3, runId);
                touch.executeUpdate();
            }
            String placeholders = "?, ".repeat(10 + MONEY_COLUMNS.size());
            try (PreparedStatement insertLine = connection.prepareStatement("INSERT INTO pay_run_line (" + LINE_COLUMNS + ") VALUES ("
                    + placeholders.substring(0, placeholders.length() - 2) + ")", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement insertElement = connection.prepareStatement("""
                         INSERT INTO pay_run_element (line_id, position, kind, description, minutes, count, rate_pence, amount_pence, explanation)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement insertNote = connection.prepareStatement(
                         "INSERT INTO pay_run_note (line_id, position, key, text) VALUES (?, ?, ?, ?)");
                 PreparedStatement claim = connection.prepareStatement(
                         "INSERT INTO pay_run_timesheet (timesheet_id, pay_run_id, employee_id) VALUES (?, ?, ?)");
                 PreparedStatement insertSickDay = connection.prepareStatement(
                         "INSERT INTO pay_run_sick_day (line_id, day, amount_pence) VALUES (?, ?, ?)")) {
                for (PayRunLine line : lines) {
                    insertLine.setLong(1, runId);
                    insertLine.setLong(2, line.employeeId());
                    insertLine.setString(3, line.employeeName());
                    insertLine.setString(4, line.niNumber());
                    insertLine.setString(5, line.taxCode().toString());
                    insertLine.setString(6, line.niCategory().name());
                    insertLine.setLong(7, line.minutesWorked());
                    insertLine.setString(8, line.hoursBand());
                    insertLine.setString(9, line.pensionStatusAfter().name());
                    insertLine.setInt(10, line.belowMinimumWage() ? 1 : 0);
                    List<Money> figures = figures(line);
                    for (int i = 0; i < figures.size(); i++) {
                        Columns.pence(insertLine, 11 + i, figures.get(i));
                    }
                    insertLine.executeUpdate();
                    long lineId = AccountRepository.generatedKey(insertLine);
                    int position = 0;
                    for (PayElement element : line.elements()) {
                        insertElement.setLong(1, lineId);
                        insertElement.setInt(2, position++);
                        insertElement.setString(3, element.kind().name());
                        insertElement.setString(4, element.description());
                        insertElement.setLong(5, element.minutes());
                        insertElement.setInt(6, element.count());
                        Columns.pence(insertElement, 7, element.rate());
                        Columns.pence(insertElement, 8, element.amount());
                        insertElement.setString(9, element.explanation());
                        insertElement.addBatch();
                    }
                    position = 0;
                    for (Map.Entry<String, String> note : line.explanations().entrySet()) {
                        addNote(insertNote, lineId, position++, note.getKey(), note.getValue());
                    }
                    for (String warning : line.warnings()) {
                        addNote(insertNote, lineId, position++, "warning", warning);
                    }
                    for (Map.Entry<java.time.LocalDate, Money> day : line.sickPayDays().entrySet()) {
                        insertSickDay.setLong(1, lineId);
                        insertSickDay.setString(2, day.getKey().toString());
                        Columns.pence(insertSickDay, 3, day.getValue());
                        insertSickDay.addBatch();
                    }
                    for (long timesheetId : line.timesheetIds()) {
                        claim.setLong(1, timesheetId);
                        claim.setLong(2, runId);
                        claim.setLong(3, line.employeeId());
                        claim.addBatch();
                    }
                }
                insertElement.executeBatch();
                insertNote.executeBatch();
                claim.executeBatch();
                insertSickDay.executeBatch();
            }
            return null;
        });
    }

    private static void addNote(PreparedStatement insert, long lineId, int position, String key, String text) throws SQLException {
        insert.setLong(1, lineId);
        insert.setInt(2, position);
        insert.setString(3, key);
        insert.setString(4, text);
        insert.addBatch();
    }

    /** Marks a draft finalised; false if it was not a draft. */
    public boolean markFinalised(long runId) {
        return book.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE pay_run SET status = 'FINALISED', finalised_at = ?, finalised_by = ?, updated_at = ?, updated_by = ?
                    WHERE id = ? AND status = 'DRAFT'""")) {
                update.setString(1, book.now());
                update.setString(2, book.user());
                Columns.updated(book, update, 3);
                update.setLong(5, runId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Deletes a draft (its lines and claims on timesheets go with it); a finalised run is never deleted. */
    public boolean deleteDraft(long runId) {
        return book.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pay_run WHERE id = ? AND status = 'DRAFT'")) {
                delete.setLong(1, runId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** The ids of timesheets some run (draft or finalised) other than {@code exceptRunId} already pays. */
    public java.util.Set<Long> claimedTimesheets(long exceptRunId) {
        return book.read(connection -> {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT timesheet_id FROM pay_run_timesheet WHERE pay_run_id <> ?")) {
                select.setLong(1, exceptRunId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** PAs with a timesheet for part of these days that is not signed yet: a run leaves them out until it is. */
    public java.util.Set<Long> employeesWithUnsignedTimesheets(DateRange days) {
        return book.read(connection -> {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT employee_id FROM timesheet WHERE signed_on IS NULL AND period_first <= ? AND period_last >= ?")) {
                Columns.date(select, 1, days.last());
                Columns.date(select, 2, days.first());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Payroll choices per PA: whether they are paid rolled-up holiday pay. */
    public boolean rolledUpHoliday(long employeeId) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT rolled_up_holiday FROM payroll_employee WHERE employee_id = ?")) {
                select.setLong(1, employeeId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() && rows.getInt(1) == 1;
                }
            }
        });
    }

    public void setRolledUpHoliday(long employeeId, boolean rolledUp) {
        book.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO payroll_employee (employee_id, rolled_up_holiday, updated_at, updated_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (employee_id) DO UPDATE SET rolled_up_holiday = excluded.rolled_up_holiday,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by""")) {
                upsert.setLong(1, employeeId);
                upsert.setInt(2, rolledUp ? 1 : 0);
                Columns.updated(book, upsert, 3);
                return upsert.executeUpdate();
            }
        });
    }

    private static List<Money> figures(PayRunLine line) {
        YearToDate p = line.previous();
        return List.of(line.gross(), line.taxablePay(), line.tax(), line.employeeNi(), line.employerNi(), line.employmentAllowance(),
                line.studentLoan(), line.postgraduateLoan(), line.pensionEmployee(), line.pensionFromPay(), line.pensionEmployer(), line.net(),
                line.employerCost(), line.earningsAtLel(), line.lelToPt(), line.ptToUel(), line.p45().pay(), line.p45().tax(), p.gross(),
                p.taxablePay(), p.tax(), p.employeeNi(), p.employerNi(), p.pensionFromPay(), p.pensionEmployer(), p.studentLoan(),
                p.postgraduateLoan(), p.sickPay(), p.employmentAllowance(), p.earningsAtLel(), p.lelToPt(), p.ptToUel(), p.net(),
                line.pensionRefund().employee(), line.pensionRefund().employer());
    }

    private static PayRun run(ResultSet rows, List<PayRunLine> lines) throws SQLException {
        PayFrequency frequency = PayFrequency.valueOf(rows.getString("frequency"));
        return new PayRun(rows.getLong("id"), TaxYear.parse(rows.getString("tax_year")), new PayPeriod(frequency, rows.getInt("tax_period")),
                new DateRange(Columns.date(rows, "work_first"), Columns.date(rows, "work_last")), Columns.date(rows, "pay_date"),
                PayRun.Status.valueOf(rows.getString("status")), rows.getString("finalised_at"), lines);
    }

    private static String prefixed() {
        return "l." + LINE_COLUMNS.replace(", ", ", l.");
    }

    private static List<PayRunLine> lines(Connection connection, String where, long runId) throws SQLException {
        Map<Long, List<PayRunLine>> lines = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT l.id, " + prefixed() + " FROM pay_run_line l " + where
                + " ORDER BY l.employee_name, l.id")) {
            select.setLong(1, runId);
            readLines(connection, select, lines, true);
        }
        return lines.getOrDefault(runId, List.of());
    }

    /** Reads lines (grouped by run) with their elements, notes and timesheets, in three more queries whatever the count. */
    private static void readLines(Connection connection, PreparedStatement select, Map<Long, List<PayRunLine>> byRun, boolean withNotes)
            throws SQLException {
        record Row(long id, long runId, ResultSetCopy values) {
        }
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getLong("id"), result.getLong("pay_run_id"), ResultSetCopy.of(result)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String ids = String.join(",", rows.stream().map(r -> Long.toString(r.id())).toList());
        Map<Long, List<PayElement>> elements = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT line_id, kind, description, minutes, count, rate_pence, amount_pence, "
                + "explanation FROM pay_run_element WHERE line_id IN (" + ids + ") ORDER BY line_id, position");
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                elements.computeIfAbsent(result.getLong(1), k -> new ArrayList<>()).add(new PayElement(PayElement.Kind.valueOf(result.getString(2)),
                        result.getString(3), result.getLong(4), result.getInt(5), Columns.money(result, "rate_pence"),
                        Columns.money(result, "amount_pence"), result.getString(8)));
            }
        }
        Map<Long, Map<String, String>> notes = new LinkedHashMap<>();
        Map<Long, List<String>> warnings = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT line_id, key, text FROM pay_run_note WHERE line_id IN (" + ids
                + ") " + (withNotes ? "" : "AND 0 ") + "ORDER BY line_id, position");
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                if ("warning".equals(result.getString(2))) {
                    warnings.computeIfAbsent(result.getLong(1), k -> new ArrayList<>()).add(result.getString(3));
                } else {
                    notes.computeIfAbsent(result.getLong(1), k -> new LinkedHashMap<>()).put(result.getString(2), result.getString(3));
                }
            }
        }
        Map<Long, Map<java.time.LocalDate, Money>> sickDays = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT line_id, day, amount_pence FROM pay_run_sick_day WHERE line_id IN ("
                + ids + ") ORDER BY line_id, day");
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                sickDays.computeIfAbsent(result.getLong(1), k -> new LinkedHashMap<>()).put(java.time.LocalDate.parse(result.getString(2)),
                        Columns.money(result, "amount_pence"));
            }
        }
        Map<String, List<Long>> sheets = new LinkedHashMap<>();
        String runIds = String.join(",", rows.stream().map(r -> Long.toString(r.runId())).distinct().toList());
        try (PreparedStatement query = connection.prepareStatement("SELECT pay_run_id, employee_id, timesheet_id FROM pay_run_timesheet "
                + "WHERE pay_run_id IN (" + runIds + ") ORDER BY timesheet_id");
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                sheets.computeIfAbsent(result.getLong(1) + "/" + result.getLong(2), k -> new ArrayList<>()).add(result.getLong(3));
            }
        }
        for (Row row : rows) {
            ResultSetCopy v = row.values();
            long employeeId = v.number("employee_id");
            PayRunLine line = new PayRunLine(employeeId, v.text("employee_name"), v.text("ni_number"), TaxCode.parse(v.text("tax_code")),
                    NiCategory.valueOf(v.text("ni_category")), v.number("minutes_worked"), elements.getOrDefault(row.id(), List.of()),
                    v.money("gross_pence"), v.money("taxable_pay_pence"), v.money("tax_pence"), v.money("employee_ni_pence"),
                    v.money("employer_ni_pence"), v.money("employment_allowance_pence"), v.money("student_loan_pence"),
                    v.money("postgraduate_loan_pence"), v.money("pension_employee_pence"), v.money("pension_from_pay_pence"),
                    v.money("pension_employer_pence"), v.money("net_pence"), v.money("employer_cost_pence"), v.money("earnings_at_lel_pence"),
                    v.money("lel_to_pt_pence"), v.money("pt_to_uel_pence"), v.text("hours_band"),
                    new YearToDate(v.money("prev_gross_pence"), v.money("prev_taxable_pay_pence"), v.money("prev_tax_pence"),
                            v.money("prev_employee_ni_pence"), v.money("prev_employer_ni_pence"), v.money("prev_pension_from_pay_pence"),
                            v.money("prev_pension_employer_pence"), v.money("prev_student_loan_pence"), v.money("prev_postgraduate_loan_pence"),
                            v.money("prev_sick_pay_pence"), v.money("prev_allowance_pence"), v.money("prev_at_lel_pence"),
                            v.money("prev_lel_to_pt_pence"), v.money("prev_pt_to_uel_pence"), v.money("prev_net_pence")),
                    new PayRunLine.P45Totals(v.money("p45_pay_pence"), v.money("p45_tax_pence")), PensionStatus.valueOf(v.text("pension_status_after")),
                    notes.getOrDefault(row.id(), Map.of()), warnings.getOrDefault(row.id(), List.of()), v.number("below_minimum_wage") == 1,
                    sheets.getOrDefault(row.runId() + "/" + employeeId, List.of()),
                    new PayRunLine.PensionRefund(v.money("pension_refund_pence"), v.money("pension_employer_refund_pence")),
                    sickDays.getOrDefault(row.id(), Map.of()));
            byRun.computeIfAbsent(row.runId(), k -> new ArrayList<>()).add(line);
        }
    }

    /** One row's values by column name, kept after the result set moves on. */
    private record ResultSetCopy(Map<String, Object> values) {
        static ResultSetCopy of(ResultSet result) throws SQLException {
            Map<String, Object> values = new LinkedHashMap<>();
            int columns = result.getMetaData().getColumnCount();
            for (int i = 1; i <= columns; i++) {
                values.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
            }
            return new ResultSetCopy(values);
        }

        String text(String column) {
            Object value = values.get(column);
            return value == null ? "" : value.toString();
        }

        long number(String column) {
            return ((Number) values.get(column)).longValue();
        }

        Money money(String column) {
            return Money.ofPence(number(column));
        }
    }
}
