package uk.supportbudget.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.StudentLoanPlan;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.staff.BankDetails;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.DbsCheck;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.NiNumber;
import uk.supportbudget.domain.staff.P45Figures;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.domain.staff.Supplier;

/** The people who give support: employed PAs with their contracts, and suppliers (agencies, self-employed PAs). */
public final class StaffRepository {

    private static final String EMPLOYEE_VALUES = """
            full_name, address, date_of_birth, ni_number, start_date, leave_date, starter, p45_pay_pence, p45_tax_pence,
            p45_tax_code, tax_code, ni_category, student_loan, postgraduate_loan, pension_status, sort_code, account_number,
            emergency_contact, dbs_issued_on, dbs_number, right_to_work_checked_on, apprentice, p45_left_on""";
    private static final String CONTRACT_VALUES = """
            employee_id, starts_on, ends_on, hours_per_week, irregular_hours, day_rate_pence, night_rate_pence, weekend_rate_pence,
            bank_holiday_rate_pence, sleep_in_pence, waking_night_rate_pence, holiday_year_start, notice_weeks, pay_frequency""";

    private final Book book;

    public StaffRepository(Book book) {
        this.book = book;
    }

    // ---- employees

    public List<Employee> employees() {
        return book.read(connection -> {
            List<Employee> employees = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, " + EMPLOYEE_VALUES + " FROM employee ORDER BY full_name, id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    employees.add(employee(rows));
                }
            }
            return employees;
        });
    }

    public Optional<Employee> employee(long id) {
        return employees().stream().filter(e -> e.id() == id).findFirst();
    }

    public Employee add(Employee employee) {
        return book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO employee (" + EMPLOYEE_VALUES
                    + ", created_at, created_by, updated_at, updated_by) VALUES (" + "?, ".repeat(26) + "?)", Statement.RETURN_GENERATED_KEYS)) {
                bindEmployee(insert, employee);
                Columns.created(book, insert, 24);
                insert.executeUpdate();
                return employee.withId(AccountRepository.generatedKey(insert));
            }
        });
    }

    public Employee update(Employee employee) {
        return book.inTransaction(connection -> {
            String sets = String.join(" = ?, ", EMPLOYEE_VALUES.replace("\n", " ").split(",\\s*")) + " = ?";
            try (PreparedStatement update = connection.prepareStatement("UPDATE employee SET " + sets
                    + ", updated_at = ?, updated_by = ? WHERE id = ?")) {
                bindEmployee(update, employee);
                Columns.updated(book, update, 24);
                update.setLong(26, employee.id());
                if (update.executeUpdate() != 1) {
                    throw new Refusal("That PA is no longer in the book; reopen the Staff page.");
                }
                return employee;
            }
        });
    }

    private static void bindEmployee(PreparedStatement statement, Employee e) throws SQLException {
        statement.setString(1, e.fullName());
        statement.setString(2, e.address());
        Columns.date(statement, 3, e.dateOfBirth());
        Columns.text(statement, 4, e.niNumber() == null ? null : e.niNumber().value());
        Columns.date(statement, 5, e.startDate());
        Columns.date(statement, 6, e.leaveDate());
        statement.setString(7, e.starter().name());
        Columns.pence(statement, 8, e.p45() == null ? null : e.p45().previousPay());
        Columns.pence(statement, 9, e.p45() == null ? null : e.p45().previousTax());
        Columns.text(statement, 10, e.p45() == null ? null : e.p45().taxCode().toString());
        statement.setString(11, e.taxCode().toString());
        statement.setString(12, e.niCategory().name());
        Columns.text(statement, 13, e.studentLoan() == null ? null : e.studentLoan().name());
        statement.setInt(14, e.postgraduateLoan() ? 1 : 0);
        statement.setString(15, e.pension().name());
        Columns.text(statement, 16, e.bank() == null ? null : e.bank().sortCode().digits());
        Columns.text(statement, 17, e.bank() == null ? null : e.bank().accountNumber());
        statement.setString(18, e.emergencyContact());
        Columns.date(statement, 19, e.dbs() == null ? null : e.dbs().issuedOn());
        Columns.text(statement, 20, e.dbs() == null ? null : e.dbs().certificateNumber());
        Columns.date(statement, 21, e.rightToWorkCheckedOn());
        statement.setInt(22, e.apprentice() ? 1 : 0);
        Columns.date(statement, 23, e.p45() == null ? null : e.p45().leftPreviousJobOn());
    }

    private static Employee employee(ResultSet rows) throws SQLException {
        String ni = rows.getString("ni_number");
        String sortCode = rows.getString("sort_code");
        String loan = rows.getString("student_loan");
        String dbsNumber = rows.getString("dbs_number");
        StarterDeclaration starter = StarterDeclaration.valueOf(rows.getString("starter"));
        P45Figures p45 = starter == StarterDeclaration.P45 ? new P45Figures(Columns.money(rows, "p45_pay_pence"),
                Columns.money(rows, "p45_tax_pence"), TaxCode.parse(rows.getString("p45_tax_code")), Columns.date(rows, "p45_left_on")) : null;
        return new Employee(rows.getLong("id"), rows.getString("full_name"), rows.getString("address"),
                Columns.date(rows, "date_of_birth"), ni == null ? null : NiNumber.parse(ni), Columns.date(rows, "start_date"),
                Columns.date(rows, "leave_date"), starter, p45, TaxCode.parse(rows.getString("tax_code")),
                NiCategory.valueOf(rows.getString("ni_category")), loan == null ? null : StudentLoanPlan.valueOf(loan),
                rows.getInt("postgraduate_loan") == 1, PensionStatus.valueOf(rows.getString("pension_status")),
                sortCode == null ? null : BankDetails.parse(sortCode, rows.getString("account_number")), rows.getString("emergency_contact"),
                dbsNumber == null ? null : new DbsCheck(Columns.date(rows, "dbs_issued_on"), dbsNumber),
                Columns.date(rows, "right_to_work_checked_on"), rows.getInt("apprentice") == 1);
    }

    // ---- contracts

    public List<Contract> contracts() {
        return book.read(connection -> selectContracts(connection, "SELECT id, " + CONTRACT_VALUES + " FROM contract ORDER BY employee_id, starts_on"));
    }

    public List<Contract> contractsOf(long employeeId) {
        return contracts().stream().filter(c -> c.employeeId() == employeeId).toList();
    }

    public Contract add(Contract contract) {
        return book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contract (" + CONTRACT_VALUES
                    + ", created_at, created_by, updated_at, updated_by) VALUES (" + "?, ".repeat(17) + "?)", Statement.RETURN_GENERATED_KEYS)) {
                bindContract(insert, contract);
                Columns.created(book, insert, 15);
                insert.executeUpdate();
                return contract.withId(AccountRepository.generatedKey(insert), contract.employeeId());
            }
        });
    }

    public Contract update(Contract contract) {
        return book.inTransaction(connection -> {
            String sets = String.join(" = ?, ", CONTRACT_VALUES.replace("\n", " ").split(",\\s*")) + " = ?";
            try (PreparedStatement update = connection.prepareStatement("UPDATE contract SET " + sets
                    + ", updated_at = ?, updated_by = ? WHERE id = ?")) {
                bindContract(update, contract);
                Columns.updated(book, update, 15);
                update.setLong(17, contract.id());
                update.executeUpdate();
                return contract;
            }
        });
    }

    private static void bindContract(PreparedStatement statement, Contract c) throws SQLException {
        statement.setLong(1, c.employeeId());
        Columns.date(statement, 2, c.startsOn());
        Columns.date(statement, 3, c.endsOn());
        Columns.text(statement, 4, c.hoursPerWeek() == null ? null : c.hoursPerWeek().toPlainString());
        statement.setInt(5, c.irregularHours() ? 1 : 0);
        Columns.pence(statement, 6, c.dayRate());
        Columns.pence(statement, 7, c.nightRate());
        Columns.pence(statement, 8, c.weekendRate());
        Columns.pence(statement, 9, c.bankHolidayRate());
        Columns.pence(statement, 10, c.sleepInAllowance());
        Columns.pence(statement, 11, c.wakingNightRate());
        statement.setString(12, c.holidayYearStart().toString().substring(2));
        statement.setInt(13, c.noticeWeeks());
        statement.setString(14, c.payFrequency().name());
    }

    private static List<Contract> selectContracts(Connection connection, String sql) throws SQLException {
        List<Contract> contracts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String hours = rows.getString("hours_per_week");
                contracts.add(new Contract(rows.getLong("id"), rows.getLong("employee_id"), Columns.date(rows, "starts_on"),
                        Columns.date(rows, "ends_on"), hours == null ? null : new BigDecimal(hours), rows.getInt("irregular_hours") == 1,
                        Columns.money(rows, "day_rate_pence"), Columns.money(rows, "night_rate_pence"),
                        Columns.money(rows, "weekend_rate_pence"), Columns.money(rows, "bank_holiday_rate_pence"),
                        Columns.money(rows, "sleep_in_pence"), Columns.money(rows, "waking_night_rate_pence"),
                        MonthDay.parse("--" + rows.getString("holiday_year_start")), rows.getInt("notice_weeks"),
                        PayFrequency.valueOf(rows.getString("pay_frequency"))));
            }
        }
        return contracts;
    }

    // ---- suppliers

    public List<Supplier> suppliers() {
        return book.read(connection -> {
            List<Supplier> suppliers = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, kind, contact, hourly_rate_pence, notes FROM supplier ORDER BY name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    suppliers.add(new Supplier(rows.getLong(1), rows.getString(2), Supplier.Kind.valueOf(rows.getString(3)),
                            rows.getString(4), Columns.money(rows, "hourly_rate_pence"), rows.getString(6)));
                }
            }
            return suppliers;
        });
    }

    public Supplier add(Supplier supplier) {
        if (suppliers().stream().anyMatch(s -> s.name().equalsIgnoreCase(supplier.name()))) {
            throw new Refusal("There is already a supplier called \"" + supplier.name() + "\"; edit that one instead.");
        }
        return book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO supplier (name, kind, contact, hourly_rate_pence, notes, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, supplier.name());
                insert.setString(2, supplier.kind().name());
                insert.setString(3, supplier.contact());
                Columns.pence(insert, 4, supplier.hourlyRate());
                insert.setString(5, supplier.notes());
                Columns.created(book, insert, 6);
                insert.executeUpdate();
                return supplier.withId(AccountRepository.generatedKey(insert));
            }
        });
    }
}
