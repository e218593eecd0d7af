package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.PayElement;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.PayrollLiability;
import uk.supportbudget.domain.payrun.PayrollSettings;
import uk.supportbudget.domain.payrun.YearEnd;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.RotaPattern;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.NiNumber;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.StaffRepository;
import uk.supportbudget.store.TransactionRepository;

/** Pay runs against a real book: a PA working Monday to Friday mornings through the 2026-27 tax year. */
class PayrollServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 4, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    private static final TaxYear YEAR = new TaxYear(2026);

    @TempDir
    Path folder;
    private Book book;
    private PayrollService payroll;
    private Employee sam;

    @BeforeEach
    void open() {
        book = Book.create(folder.resolve("payroll.sbook"), "Kim Carter", CLOCK);
        payroll = new PayrollService(book);
        sam = hire("Sam Lee", "20", PensionStatus.NOT_YET_ASSESSED);
        signMonths(sam, LocalDate.of(2026, 4, 1), 12);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Employee hire(String name, String hours, PensionStatus pension) {
        Employee employee = new Employee(0, name, "", LocalDate.of(1990, 5, 1), NiNumber.parse("QQ123456C"), LocalDate.of(2025, 4, 1), null,
                StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false, pension, null, "", null, null, false);
        Contract contract = new Contract(0, 0, LocalDate.of(2026, 4, 1), null, new BigDecimal(hours), false, Money.parse("13.20"), null, null,
                Money.parse("19.80"), Money.parse("65.00"), null, null, 4, PayFrequency.MONTHLY);
        Employee saved = new StaffService(book).addEmployee(employee, contract).employee();
        RotaService rota = new RotaService(book);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            rota.addPattern(new RotaPattern(0, saved.id(), day, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY, LocalDate.of(2026, 4, 1), null));
        }
        return saved;
    }

    private void signMonths(Employee employee, LocalDate first, int months) {
        new RotaService(book).generate(new DateRange(first, first.plusMonths(months).minusDays(1)));
        TimesheetService timesheets = new TimesheetService(book);
        for (int i = 0; i < months; i++) {
            Timesheet sheet = timesheets.generate(employee.id(), first.plusMonths(i));
            timesheets.markSigned(sheet.id(), sheet.period().last().plusDays(1), "signed.pdf", "application/pdf", new byte[] {1});
        }
    }

    private PayRun month(int calendarMonth, int year) {
        DateRange period = payroll.workPeriodContaining(PayFrequency.MONTHLY, LocalDate.of(year, calendarMonth, 1));
        return payroll.calculate(period, LocalDate.of(year, calendarMonth, 28), (done, total) -> { });
    }

    @Test
    void aYearOfRunsAddsUpToTheP60() {
        List<PayRun> made = payroll.runYear(YEAR);
        assertEquals(12, made.size());
        YearEnd.P60 p60 = payroll.p60s(YEAR).get(0);
        Money gross = made.stream().map(r -> r.total(PayRunLine::gross)).reduce(Money.ZERO, Money::plus);
        Money tax = made.stream().map(r -> r.total(PayRunLine::tax)).reduce(Money.ZERO, Money::plus);
        Money ni = made.stream().map(r -> r.total(PayRunLine::employeeNi)).reduce(Money.ZERO, Money::plus);
        assertEquals(gross, p60.totalPay());
        assertEquals(tax, p60.totalTax());
        assertEquals(ni, p60.ni().get(0).employeeNi());
        PayRunLine last = made.get(11).lines().get(0);
        assertEquals(gross, last.yearToDate().gross());
        assertEquals(12, made.get(11).taxPeriod().number());
    }

    /** The FPS figures follow the RTI FPS data items' order (see FpsFigures): payment, pay and deductions, NI, then figures to date. */
    @Test
    void fpsFiguresFollowTheRtiSpecificationOrder() {
        PayRun april = payroll.finalise(month(4, 2026).id());
        List<uk.supportbudget.domain.payrun.FpsFigures.Item> items = uk.supportbudget.domain.payrun.FpsFigures.of(april, april.lines().get(0));
        List<String> labels = items.stream().map(uk.supportbudget.domain.payrun.FpsFigures.Item::label).toList();
        assertEquals(List.of("Employee", "National Insurance number", "Pay frequency", "Payment date", "Tax month",
                "Number of earnings periods covered", "Hours normally worked", "Tax code", "Tax basis",
                "Taxable pay in this pay period", "Employee pension contributions paid under a net pay arrangement",
                "Employee pension contributions not paid under a net pay arrangement", "Student loan deductions", "Postgraduate loan deductions",
                "Tax deducted or refunded in this pay period", "Statutory parental pay year to date (SMP, SPP, SAP, ShPP, SPBP, SNCP)",
                "NI category letter", "Gross earnings for NICs in this period", "Gross earnings for NICs year to date",
                "Earnings at the Lower Earnings Limit (LEL) year to date", "Earnings above the LEL up to the Primary Threshold (PT) year to date",
                "Earnings above the PT up to the Upper Earnings Limit (UEL) year to date", "Employer NICs in this period",
                "Employer NICs year to date", "Employee NICs in this period", "Employee NICs year to date",
                "Taxable pay to date in this employment", "Total tax to date in this employment", "Student loan deductions year to date",
                "Postgraduate loan deductions year to date", "Employee pension contributions paid under a net pay arrangement year to date",
                "Employee pension contributions not paid under a net pay arrangement year to date"), labels);
        assertEquals(List.of("Payment", "Pay and deductions in this pay period", "National Insurance", "Year to date"),
                items.stream().map(uk.supportbudget.domain.payrun.FpsFigures.Item::section).distinct().toList());
    }

    @Test
    void hoursTimesRatesWithTheBankHolidayPremium() {
        payroll.finalise(month(4, 2026).id());
        PayRun may = month(5, 2026);
        PayRunLine line = may.lines().get(0);
        // May 2026: 21 weekdays, of which Mon 4 May and Mon 25 May are bank holidays at £19.80.
        PayElement day = line.elements().stream().filter(e -> e.description().equals("Day hours")).findFirst().orElseThrow();
        PayElement bankHoliday = line.elements().stream().filter(e -> e.description().equals("Bank holiday hours")).findFirst().orElseThrow();
        assertEquals(19 * 4 * 60, day.minutes());
        assertEquals(Money.parse("1003.20"), day.amount());
        assertEquals(2 * 4 * 60, bankHoliday.minutes());
        assertEquals(Money.parse("158.40"), bankHoliday.amount());
        assertEquals(Money.parse("1161.60"), line.gross());
        assertTrue(line.explanation("tax").contains("1257L"), line.explanation("tax"));
        assertTrue(line.explanation("gross").contains("£1,161.60"), line.explanation("gross"));
    }

    @Test
    void taxCodeChangeTakesEffectFromTheNextRunAndTheYearToDateCarriesOn() {
        PayRun april = payroll.finalise(month(4, 2026).id());
        PayRun may = payroll.finalise(month(5, 2026).id());
        Employee changed = new StaffRepository(book).employee(sam.id()).orElseThrow();
        new StaffRepository(book).update(new Employee(changed.id(), changed.fullName(), "", changed.dateOfBirth(), changed.niNumber(),
                changed.startDate(), null, changed.starter(), null, TaxCode.parse("500L"), changed.niCategory(), null, false, changed.pension(),
                null, "", null, null, false));
        PayRun june = month(6, 2026);
        PayRunLine line = june.lines().get(0);
        assertEquals("500L", line.taxCode().code());
        assertEquals("1257L", payroll.run(may.id()).lines().get(0).taxCode().code());
        Money before = april.lines().get(0).gross().plus(may.lines().get(0).gross());
        assertEquals(before, line.previous().gross());
        assertEquals(april.lines().get(0).tax().plus(may.lines().get(0).tax()), line.previous().tax());
        assertTrue(line.tax().compareTo(may.lines().get(0).tax()) > 0, "a smaller allowance means more tax");
    }

    @Test
    void theEmploymentAllowanceIsUsedUpAcrossRuns() {
        PayRun april = payroll.finalise(month(4, 2026).id());
        PayRunLine first = april.lines().get(0);
        assertTrue(first.employerNi().isPositive());
        assertEquals(first.employerNi(), first.employmentAllowance());
        PayRun may = month(5, 2026);
        String text = may.lines().get(0).explanation("employmentAllowance");
        Money left = Money.parse("10500.00").minus(first.employmentAllowance()).minus(may.lines().get(0).employmentAllowance());
        assertTrue(text.contains(left.display()), text);
    }

    @Test
    void pensionAssessmentEnrolsAnEligibleJobholderAndContributionsFollow() {
        PayRun april = payroll.finalise(month(4, 2026).id());
        PayRunLine line = april.lines().get(0);
        assertEquals(PensionStatus.ENROLLED, line.pensionStatusAfter());
        assertTrue(line.pensionEmployer().isPositive());
        assertTrue(line.warnings().stream().anyMatch(w -> w.contains("enrolment letter")), line.warnings().toString());
        assertEquals(PensionStatus.ENROLLED, new StaffRepository(book).employee(sam.id()).orElseThrow().pension());
        PayRunLine may = month(5, 2026).lines().get(0);
        assertTrue(may.explanation("pensionAssessment").contains("In the scheme"), may.explanation("pensionAssessment"));
    }

    @Test
    void finalisingPostsWhatIsOwedOnceAndFreezesTheRun() {
        PayRun april = payroll.finalise(month(4, 2026).id());
        List<PayrollLiability> owed = payroll.owed(TODAY).stream().map(PayrollService.Owed::liability).toList();
        assertEquals(3, owed.size());
        PayRunLine line = april.lines().get(0);
        PayrollLiability wages = owed.stream().filter(l -> l.kind() == PayrollLiability.Kind.NET_WAGES).findFirst().orElseThrow();
        assertEquals(line.net(), wages.amount());
        assertEquals(LocalDate.of(2026, 4, 28), wages.dueOn());
        PayrollLiability hmrc = owed.stream().filter(l -> l.kind() == PayrollLiability.Kind.HMRC).findFirst().orElseThrow();
        assertEquals(line.tax().plus(line.employeeNi()).plus(line.employerNiDue()), hmrc.amount());
        assertEquals(LocalDate.of(2026, 5, 22), hmrc.dueOn());
        PayrollLiability pension = owed.stream().filter(l -> l.kind() == PayrollLiability.Kind.PENSION).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 22), pension.dueOn());
        assertEquals(line.pensionFromPay().plus(line.pensionEmployer()), pension.amount());

        Refusal again = assertThrows(Refusal.class, () -> month(4, 2026));
        assertTrue(again.getMessage().contains("finalised"), again.getMessage());
        assertThrows(Refusal.class, () -> payroll.recalculate(april.id()));
        assertThrows(Refusal.class, () -> payroll.finalise(april.id()));
        assertEquals(3, payroll.owed(TODAY).size());
        assertEquals(0, new TransactionRepository(book).count(), "finalising adds nothing to the ledger: it holds only what the bank shows");
    }

    @Test
    void anEarlierDraftMustBeFinalisedFirst() {
        month(4, 2026);
        PayRun may = month(5, 2026);
        Refusal refusal = assertThrows(Refusal.class, () -> payroll.finalise(may.id()));
        assertTrue(refusal.getMessage().contains("still a draft"), refusal.getMessage());
    }

    @Test
    void bankPaymentsAreMatchedToWhatIsOwed() {
        PayRun april = payroll.finalise(month(4, 2026).id());
        PayRunLine line = april.lines().get(0);
        Account bank = new AccountRepository(book).add(new Account(0, "Bank", AccountKind.BANK, "", "", Money.ZERO, LocalDate.of(2026, 4, 1)));
        TransactionRepository ledger = new TransactionRepository(book);
        ledger.add(Transaction.of(bank.id(), LocalDate.of(2026, 4, 28), line.net().negate(), "S LEE", "FASTER PAYMENT", null, null, ""));
        Money hmrc = line.dueToHmrc();
        ledger.add(Transaction.of(bank.id(), LocalDate.of(2026, 5, 19), hmrc.negate(), "HMRC CUMBERNAULD", "", null, null, ""));
        ledger.add(Transaction.of(bank.id(), LocalDate.of(2026, 5, 20), Money.parse("1.00").negate(), "NEST", "", null, null, ""));
        List<PayrollService.Owed> owed = payroll.owed(TODAY);
        assertTrue(owed.stream().filter(o -> o.liability().kind() != PayrollLiability.Kind.PENSION).allMatch(o -> o.liability().paid()));
        PayrollService.Owed pension = owed.stream().filter(o -> o.liability().kind() == PayrollLiability.Kind.PENSION).findFirst().orElseThrow();
        assertFalse(pension.liability().paid(), "a payment of the wrong amount is not taken for the pension");
        assertTrue(pension.status().startsWith("Overdue"), pension.status());
        assertEquals(Category.PA_WAGES, ledger.select(TransactionRepository.Selection.everything()).stream()
                .filter(t -> t.payee().equals("S LEE")).findFirst().orElseThrow().category());

        payroll.recordPayment(pension.liability().id(), bank.id(), LocalDate.of(2026, 5, 21));
        assertEquals(Money.ZERO, payroll.stillOwed());
    }

    @Test
    void aLateTimesheetIsPaidInTheNextRun() {
        Employee ash = hire("Ash Patel", "10", PensionStatus.NOT_YET_ASSESSED);
        new RotaService(book).bookAbsence(uk.supportbudget.domain.rota.Absence.holiday(ash.id(),
                new DateRange(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 20)), new BigDecimal("2"), "Dentist"));
        new RotaService(book).generate(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31)));
        TimesheetService timesheets = new TimesheetService(book);
        Timesheet april = timesheets.generate(ash.id(), LocalDate.of(2026, 4, 1));
        PayRun aprilRun = payroll.finalise(month(4, 2026).id());
        assertEquals(1, aprilRun.lines().size(), "Ash's April timesheet is not signed, so only Sam is paid");
        assertTrue(payroll.timesheets(aprilRun.workPeriod()).stream()
                .anyMatch(s -> s.employeeId() == ash.id() && s.state() == PayrollService.SheetState.NOT_SIGNED));
        timesheets.markSigned(april.id(), LocalDate.of(2026, 5, 2), "late.pdf", "application/pdf", new byte[] {1});
        Timesheet may = timesheets.generate(ash.id(), LocalDate.of(2026, 5, 1));
        timesheets.markSigned(may.id(), LocalDate.of(2026, 6, 1), "may.pdf", "application/pdf", new byte[] {1});
        PayRunLine ashInMay = month(5, 2026).lines().stream().filter(l -> l.employeeId() == ash.id()).findFirst().orElseThrow();
        assertEquals(List.of(april.id(), may.id()), ashInMay.timesheetIds());
        PayElement holiday = ashInMay.elements().stream().filter(e -> e.kind() == PayElement.Kind.HOLIDAY).findFirst().orElseThrow();
        assertEquals(Money.parse("26.40"), holiday.amount(), "April's holiday is paid with April's late timesheet");
        assertTrue(ashInMay.warnings().stream().anyMatch(w -> w.contains("earlier period")), ashInMay.warnings().toString());
    }

    @Test
    void aLeaverGetsP45FiguresFromTheRunsBeforeLeaving() {
        PayRun april = payroll.finalise(month(4, 2026).id());
        PayRun may = payroll.finalise(month(5, 2026).id());
        Employee employee = new StaffRepository(book).employee(sam.id()).orElseThrow();
        new StaffRepository(book).update(new Employee(employee.id(), employee.fullName(), "", employee.dateOfBirth(), employee.niNumber(),
                employee.startDate(), LocalDate.of(2026, 5, 31), employee.starter(), null, employee.taxCode(), employee.niCategory(), null, false,
                employee.pension(), null, "", null, null, false));
        YearEnd.P45 p45 = payroll.p45s(YEAR).get(0);
        assertEquals(LocalDate.of(2026, 5, 31), p45.leavingDate());
        assertEquals(april.lines().get(0).taxablePay().plus(may.lines().get(0).taxablePay()), p45.totalPayToDate());
        assertEquals(april.lines().get(0).tax().plus(may.lines().get(0).tax()), p45.totalTaxToDate());
        assertEquals(2, p45.lastPeriod().number());
        assertEquals("1257L", p45.taxCodeAtLeaving().code());
        assertTrue(payroll.yearEndPdf(YEAR).length > 1000);
    }

    @Test
    void quarterlyHmrcPaymentsAreDueAfterTheQuarter() {
        PayrollSettings quarterly = new PayrollSettings(PayFrequency.MONTHLY, 28, true, true, "NEST", PayrollSettings.defaults().pensionEmployeeRate(),
                PayrollSettings.defaults().pensionEmployerRate(), PayrollSettings.defaults().pensionRelief(), 22);
        payroll.saveSettings(quarterly);
        assertEquals(quarterly, payroll.settings());
        payroll.finalise(month(4, 2026).id());
        PayrollLiability hmrc = payroll.owed(TODAY).stream().map(PayrollService.Owed::liability)
                .filter(l -> l.kind() == PayrollLiability.Kind.HMRC).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 7, 22), hmrc.dueOn());
    }

    @Test
    void importingTheBankStatementMarksTheWagesPaid() {
        PayRun april = payroll.finalise(month(4, 2026).id());
        PayRunLine line = april.lines().get(0);
        new AccountRepository(book).add(new Account(0, "Bank", AccountKind.BANK, "", "", Money.ZERO, LocalDate.of(2026, 4, 1)));
        String csv = "Date,Description,Amount\n28/04/2026,FASTER PAYMENT S LEE," + line.net().negate().plain() + "\n";
        new ImportService().apply(book, "Bank", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "statement.csv",
                uk.supportbudget.io.bank.ReadOptions.defaults());
        PayrollLiability wages = new uk.supportbudget.store.PayrollLiabilityRepository(book).all().stream()
                .filter(l -> l.kind() == PayrollLiability.Kind.NET_WAGES).findFirst().orElseThrow();
        assertTrue(wages.paid(), "the imported payment settles the wages");
        assertEquals(LocalDate.of(2026, 4, 28), wages.paidOn());
    }

    @Test
    void weeklyPayRunsGoByTaxWeeks() {
        Employee kit = new StaffService(book).addEmployee(new Employee(0, "Kit Shaw", "", LocalDate.of(1985, 1, 1), null, LocalDate.of(2026, 4, 6),
                null, StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.OPTED_OUT, null, "", null, null,
                false), new Contract(0, 0, LocalDate.of(2026, 4, 6), null, new BigDecimal("30"), false, Money.parse("13.00"), null, null, null, null,
                        null, null, 1, PayFrequency.WEEKLY)).employee();
        RotaService rota = new RotaService(book);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            rota.addPattern(new RotaPattern(0, kit.id(), day, LocalTime.of(9, 0), LocalTime.of(15, 0), ShiftType.DAY, LocalDate.of(2026, 4, 6), null));
        }
        rota.generate(new DateRange(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 26)));
        TimesheetService timesheets = new TimesheetService(book);
        for (LocalDate monday = LocalDate.of(2026, 4, 6); monday.isBefore(LocalDate.of(2026, 4, 27)); monday = monday.plusWeeks(1)) {
            Timesheet sheet = timesheets.generate(kit.id(), monday);
            timesheets.markSigned(sheet.id(), sheet.period().last().plusDays(1), "s.pdf", "application/pdf", new byte[] {1});
        }
        PayrollSettings weekly = new PayrollSettings(PayFrequency.WEEKLY, 28, true, false, "NEST", PayrollSettings.defaults().pensionEmployeeRate(),
                PayrollSettings.defaults().pensionEmployerRate(), PayrollSettings.defaults().pensionRelief(), 22);
        payroll.saveSettings(weekly);
        DateRange second = payroll.workPeriodContaining(PayFrequency.WEEKLY, LocalDate.of(2026, 4, 15));
        assertEquals(LocalDate.of(2026, 4, 13), second.first());
        payroll.finalise(payroll.calculate(payroll.workPeriodContaining(PayFrequency.WEEKLY, LocalDate.of(2026, 4, 8)), LocalDate.of(2026, 4, 17),
                (d, t) -> { }).id());
        PayRun run = payroll.calculate(second, LocalDate.of(2026, 4, 24), (d, t) -> { });
        assertEquals(3, run.taxPeriod().number());
        PayRunLine line = run.lines().get(0);
        assertEquals("Kit Shaw", line.employeeName());
        assertEquals(Money.parse("390.00"), line.gross());
        assertEquals(Money.parse("390.00"), line.previous().gross());
        assertTrue(line.explanation("tax").contains("week 3"), line.explanation("tax"));
    }
}
