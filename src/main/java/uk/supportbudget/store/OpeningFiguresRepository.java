package uk.supportbudget.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.OpeningFigures;
import uk.supportbudget.domain.payrun.YearEnd;

/**
 * Figures from before the first pay run in the book: each PA's P45 and this employer's totals so far,
 * per tax year, and the Employment Allowance already used in the year.
 */
public final class OpeningFiguresRepository {

    private static final String SELECT = """
            SELECT id, employee_id, tax_year, has_p45, p45_pay_pence, p45_tax_pence, p45_tax_code, p45_week1_month1,
                   p45_student_loan, has_this_employment, gross_pence, taxable_pay_pence, tax_pence, pension_from_pay_pence,
                   pension_employer_pence, student_loan_pence, postgraduate_loan_pence, statutory_pay_pence
            FROM opening_ytd""";

    private final Book book;

    public OpeningFiguresRepository(Book book) {
        this.book = book;
    }

    /** The PA's opening figures for the year, or nothing brought in. */
    public OpeningFigures find(long employeeId, TaxYear year) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE employee_id = ? AND tax_year = ?")) {
                select.setLong(1, employeeId);
                select.setString(2, year.toString());
                List<OpeningFigures> found = read(connection, select);
                return found.isEmpty() ? OpeningFigures.none(employeeId, year) : found.get(0);
            }
        });
    }

    /** Every PA's opening figures for the year. */
    public List<OpeningFigures> inYear(TaxYear year) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE tax_year = ? ORDER BY employee_id")) {
                select.setString(1, year.toString());
                return read(connection, select);
            }
        });
    }

    private static List<OpeningFigures> read(Connection connection, PreparedStatement select) throws SQLException {
        record Row(long id, OpeningFigures figures) {
        }
        List<Row> rows = new ArrayList<>();
        try (ResultSet found = select.executeQuery()) {
            while (found.next()) {
                rows.add(new Row(found.getLong("id"), figures(found)));
            }
        }
        List<OpeningFigures> all = new ArrayList<>();
        for (Row row : rows) {
            OpeningFigures figures = row.figures();
            OpeningFigures.ThisEmployment mine = figures.thisEmployment();
            if (mine != null) {
                mine = new OpeningFigures.ThisEmployment(mine.gross(), mine.taxablePay(), mine.tax(), ni(connection, row.id()),
                        mine.pensionFromPay(), mine.pensionEmployer(), mine.studentLoan(), mine.postgraduateLoan(), mine.statutoryPay());
            }
            all.add(new OpeningFigures(figures.employeeId(), figures.taxYear(), figures.previousEmployment(), mine));
        }
        return all;
    }

    private static OpeningFigures figures(ResultSet row) throws SQLException {
        OpeningFigures.PreviousEmployment p45 = null;
        if (row.getInt("has_p45") == 1) {
            String code = row.getString("p45_tax_code");
            p45 = new OpeningFigures.PreviousEmployment(Columns.money(row, "p45_pay_pence"), Columns.money(row, "p45_tax_pence"),
                    code == null ? null : TaxCode.parse(code), row.getInt("p45_week1_month1") == 1, row.getInt("p45_student_loan") == 1);
        }
        OpeningFigures.ThisEmployment mine = null;
        if (row.getInt("has_this_employment") == 1) {
            // The NI rows are read after the result set is closed; the figures are checked again with them.
            mine = new OpeningFigures.ThisEmployment(Columns.money(row, "gross_pence"), Columns.money(row, "taxable_pay_pence"),
                    Columns.money(row, "tax_pence"), List.of(), Columns.money(row, "pension_from_pay_pence"),
                    Columns.money(row, "pension_employer_pence"), Columns.money(row, "student_loan_pence"),
                    Columns.money(row, "postgraduate_loan_pence"), Columns.money(row, "statutory_pay_pence"));
        }
        return new OpeningFigures(row.getLong("employee_id"), TaxYear.parse(row.getString("tax_year")), p45, mine);
    }

    private static List<YearEnd.NiByCategory> ni(Connection connection, long openingId) throws SQLException {
        List<YearEnd.NiByCategory> ni = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT ni_category, earnings_at_lel_pence, lel_to_pt_pence, pt_to_uel_pence, employee_ni_pence, employer_ni_pence
                FROM opening_ytd_ni WHERE opening_id = ? ORDER BY ni_category""")) {
            select.setLong(1, openingId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ni.add(new YearEnd.NiByCategory(NiCategory.valueOf(rows.getString("ni_category")), Columns.money(rows, "earnings_at_lel_pence"),
                            Columns.money(rows, "lel_to_pt_pence"), Columns.money(rows, "pt_to_uel_pence"), Columns.money(rows, "employee_ni_pence"),
                            Columns.money(rows, "employer_ni_pence")));
                }
            }
        }
        return ni;
    }

    /** Replaces the PA's opening figures for the year; empty figures remove them. */
    public void save(OpeningFigures figures) {
        book.inTransaction(connection -> {
            String createdAt = book.now();
            String createdBy = book.user();
            try (PreparedStatement old = connection.prepareStatement(
                    "SELECT created_at, created_by FROM opening_ytd WHERE employee_id = ? AND tax_year = ?")) {
                old.setLong(1, figures.employeeId());
                old.setString(2, figures.taxYear().toString());
                try (ResultSet row = old.executeQuery()) {
                    if (row.next()) {
                        createdAt = row.getString(1);
                        createdBy = row.getString(2);
                    }
                }
            }
            delete(connection, figures.employeeId(), figures.taxYear());
            if (figures.isEmpty()) {
                return null;
            }
            OpeningFigures.PreviousEmployment p45 = figures.previousEmployment();
            OpeningFigures.ThisEmployment mine = figures.thisEmployment();
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO opening_ytd (employee_id, tax_year, has_p45, p45_pay_pence, p45_tax_pence, p45_tax_code, p45_week1_month1,
                        p45_student_loan, has_this_employment, gross_pence, taxable_pay_pence, tax_pence, pension_from_pay_pence,
                        pension_employer_pence, student_loan_pence, postgraduate_loan_pence, statutory_pay_pence,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                insert.setLong(i++, figures.employeeId());
                insert.setString(i++, figures.taxYear().toString());
                insert.setInt(i++, p45 == null ? 0 : 1);
                Columns.pence(insert, i++, p45 == null ? Money.ZERO : p45.pay());
                Columns.pence(insert, i++, p45 == null ? Money.ZERO : p45.tax());
                insert.setString(i++, p45 == null || p45.taxCode() == null ? null : p45.taxCode().code());
                insert.setInt(i++, p45 != null && p45.week1Month1() ? 1 : 0);
                insert.setInt(i++, p45 != null && p45.studentLoanContinues() ? 1 : 0);
                insert.setInt(i++, mine == null ? 0 : 1);
                for (Money money : mine == null ? List.of(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO)
                        : List.of(mine.gross(), mine.taxablePay(), mine.tax(), mine.pensionFromPay(), mine.pensionEmployer(), mine.studentLoan(),
                                mine.postgraduateLoan(), mine.statutoryPay())) {
                    Columns.pence(insert, i++, money);
                }
                insert.setString(i++, createdAt);
                insert.setString(i++, createdBy);
                insert.setString(i++, book.now());
                insert.setString(i, book.user());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (mine != null) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO opening_ytd_ni (opening_id, ni_category, earnings_at_lel_pence, lel_to_pt_pence, pt_to_uel_pence,
                            employee_ni_pence, employer_ni_pence) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                    for (YearEnd.NiByCategory ni : mine.ni()) {
                        insert.setLong(1, id);
                        insert.setString(2, ni.category().name());
                        Columns.pence(insert, 3, ni.earningsAtLel());
                        Columns.pence(insert, 4, ni.lelToPt());
                        Columns.pence(insert, 5, ni.ptToUel());
                        Columns.pence(insert, 6, ni.employeeNi());
                        Columns.pence(insert, 7, ni.employerNi());
                        insert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static void delete(Connection connection, long employeeId, TaxYear year) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM opening_ytd WHERE employee_id = ? AND tax_year = ?")) {
            delete.setLong(1, employeeId);
            delete.setString(2, year.toString());
            delete.executeUpdate();
        }
    }

    /** The Employment Allowance used in the year before the first run here; nothing when none was entered. */
    public Optional<Money> allowanceUsed(TaxYear year) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT used_pence FROM opening_allowance WHERE tax_year = ?")) {
                select.setString(1, year.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(Money.ofPence(row.getLong(1))) : Optional.empty();
                }
            }
        });
    }

    public void saveAllowanceUsed(TaxYear year, Money used) {
        book.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO opening_allowance (tax_year, used_pence, updated_at, updated_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (tax_year) DO UPDATE SET used_pence = excluded.used_pence, updated_at = excluded.updated_at,
                                                         updated_by = excluded.updated_by""")) {
                upsert.setString(1, year.toString());
                Columns.pence(upsert, 2, used);
                upsert.setString(3, book.now());
                upsert.setString(4, book.user());
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
