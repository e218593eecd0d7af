package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.YearEnd;
import uk.supportbudget.domain.returns.ReturnChecks;
import uk.supportbudget.domain.returns.ReturnPeriod;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.TransactionRepository;

/** The example book on 23 November 2026: a whole tax year of payroll behind it, and its past returns sent. */
class DemoBookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    private static final TaxYear LAST_YEAR = new TaxYear(2025);
    private static final TaxYear THIS_YEAR = new TaxYear(2026);

    @TempDir
    static Path folder;
    static Book book;
    static PayrollService payroll;

    @BeforeAll
    static void theExample() {
        book = new BookService(CLOCK).createDemo(folder.resolve("example.sbook"));
        payroll = new PayrollService(book);
    }

    @AfterAll
    static void close() {
        book.close();
    }

    @Test
    void lastTaxYearHasTwelveFinalisedMonthlyRunsEachPayingBothPas() {
        List<PayRun> runs = finalisedIn(LAST_YEAR);
        assertEquals(IntStream.rangeClosed(1, 12).boxed().toList(), runs.stream().map(r -> r.taxPeriod().number()).sorted().toList());
        for (PayRun run : runs) {
            assertEquals(List.of(DemoBook.PA_ONE, DemoBook.PA_TWO), run.lines().stream().map(PayRunLine::employeeName).sorted().toList(),
                    run.title());
            assertTrue(run.lines().stream().allMatch(l -> l.gross().isPositive() && l.net().isPositive()), run.title());
        }
        assertEquals(LocalDate.of(2025, 4, 1), runs.stream().map(r -> r.workPeriod().first()).min(LocalDate::compareTo).orElseThrow());
        assertEquals(LocalDate.of(2026, 3, 31), runs.stream().map(r -> r.workPeriod().last()).max(LocalDate::compareTo).orElseThrow());
    }

    @Test
    void thisTaxYearSoFarHasARunForEachMonthGoneBy() {
        assertEquals(IntStream.rangeClosed(1, 7).boxed().toList(),
                finalisedIn(THIS_YEAR).stream().map(r -> r.taxPeriod().number()).sorted().toList());
        assertEquals(List.of(THIS_YEAR, LAST_YEAR), payroll.taxYearsPaid());
    }

    @Test
    void p60FiguresAreTheSumOfTheYearsRuns() {
        List<YearEnd.P60> p60s = payroll.p60s(LAST_YEAR);
        assertEquals(List.of(DemoBook.PA_ONE, DemoBook.PA_TWO), p60s.stream().map(YearEnd.P60::employeeName).sorted().toList());
        for (YearEnd.P60 p60 : p60s) {
            List<PayRunLine> lines = finalisedIn(LAST_YEAR).stream().flatMap(r -> r.lines().stream())
                    .filter(l -> l.employeeName().equals(p60.employeeName())).toList();
            assertEquals(12, lines.size());
            assertEquals(sum(lines, PayRunLine::taxablePay), p60.payThisEmployment(), p60.employeeName());
            assertEquals(sum(lines, PayRunLine::taxablePay), p60.totalPay(), "no P45 from another job counts in this year");
            assertEquals(sum(lines, PayRunLine::tax), p60.taxThisEmployment(), p60.employeeName());
            assertEquals(sum(lines, PayRunLine::employeeNi), p60.ni().stream().map(YearEnd.NiByCategory::employeeNi)
                    .reduce(Money.ZERO, Money::plus), p60.employeeName());
            assertEquals(sum(lines, PayRunLine::studentLoan), p60.studentLoan(), p60.employeeName());
            assertEquals(sum(lines, PayRunLine::pensionFromPay), p60.pensionFromPay(), p60.employeeName());
            assertTrue(p60.totalPay().isPositive());
        }
        assertTrue(payroll.p45s(LAST_YEAR).isEmpty(), "nobody left");
    }

    @Test
    void wagesInTheLedgerAgreeWithThePayslipsInBothYears() {
        List<Transaction> wages = new TransactionRepository(book).select(TransactionRepository.Selection.everything()).stream()
                .filter(t -> t.category() == Category.PA_WAGES).toList();
        for (TaxYear year : List.of(LAST_YEAR, THIS_YEAR)) {
            Map<String, Money> paid = new HashMap<>();
            wages.stream().filter(t -> TaxYear.containing(t.date()).equals(year))
                    .forEach(t -> paid.merge(t.payee(), t.amount().negate(), Money::plus));
            Map<String, Money> payslips = new HashMap<>();
            finalisedIn(year).stream().flatMap(r -> r.lines().stream())
                    .forEach(l -> payslips.merge(l.employeeName(), l.net(), Money::plus));
            assertEquals(payslips, paid, "net pay on the payslips of " + year + " against wages paid from the bank");
        }
        // Everything payroll said was owed and due by today has been paid and matched.
        assertTrue(payroll.owed(TODAY).stream().map(PayrollService.Owed::liability)
                .allMatch(l -> l.paid() || l.dueOn().isAfter(TODAY.minusDays(1))), "nothing owed is overdue");
    }

    @Test
    void everyRunPaysAtLeastTheMinimumWageAndTheEmploymentAllowanceCoversEmployerNi() {
        for (TaxYear year : List.of(LAST_YEAR, THIS_YEAR)) {
            List<PayRunLine> lines = finalisedIn(year).stream().flatMap(r -> r.lines().stream()).toList();
            assertTrue(lines.stream().noneMatch(PayRunLine::belowMinimumWage), year.toString());
            assertTrue(sum(lines, PayRunLine::employerNi).isPositive());
            assertEquals(sum(lines, PayRunLine::employerNi), sum(lines, PayRunLine::employmentAllowance), year.toString());
        }
        StaffService staff = new StaffService(book);
        Money jordanLastYear = staff.contractOn(staff.employees().get(0).id(), LocalDate.of(2025, 6, 1)).orElseThrow().dayRate();
        Money jordanNow = staff.contractOn(staff.employees().get(0).id(), TODAY).orElseThrow().dayRate();
        assertEquals(Money.parse("12.75"), jordanLastYear);
        assertEquals(Money.parse("13.20"), jordanNow, "a pay rise in April");
    }

    @Test
    void thePastReturnsWereSubmittedSoNothingIsOverdue() {
        ReturnService returns = new ReturnService(book, new CouncilProfiles(folder.resolve("councils")));
        List<ReturnService.HistoryRow> history = returns.history();
        assertEquals(List.of(
                        new ReturnPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
                        new ReturnPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                        new ReturnPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                        new ReturnPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
                        new ReturnPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)),
                        new ReturnPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30))),
                history.stream().map(row -> row.stored().period()).toList());
        for (ReturnService.HistoryRow row : history) {
            assertFalse(row.changedSinceSubmitted(), row.stored().period().display());
            assertEquals(row.stored().period().to().plusDays(DemoReturns.SUBMITTED_AFTER_DAYS).toString(),
                    row.stored().submittedAt().substring(0, 10), "submitted on its day, before it was due");
        }

        List<ReminderService.Reminder> reminders = new ReminderService(book, new CouncilProfiles(folder.resolve("councils")))
                .reminders(TODAY);
        assertTrue(reminders.stream().noneMatch(r -> r.kind() == ReminderService.Kind.RETURN && r.overdue()), reminders.toString());
        assertEquals(List.of(ReminderService.Kind.BACKUP), reminders.stream().filter(ReminderService.Reminder::overdue)
                .map(ReminderService.Reminder::kind).toList(), "only the backup a new book has not had yet: " + reminders);
        ReminderService.Reminder next = reminders.stream().filter(r -> r.kind() == ReminderService.Kind.RETURN).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 28), next.date());
        assertTrue(next.sentence().contains("The next return"), next.sentence());
    }

    @Test
    void theNextReturnPointsOutTheOneReceiptStillToCome() {
        ReturnService returns = new ReturnService(book, new CouncilProfiles(folder.resolve("councils")));
        ReturnService.Prepared next = returns.prepare(new ReturnService.Request(LocalDate.of(2026, 10, 1), TODAY, null, null));
        // The taxi fare's receipt, and the Amazon payment nobody has said what it was for yet.
        assertEquals(List.of(ReturnChecks.Kind.UNCATEGORISED, ReturnChecks.Kind.NO_EVIDENCE),
                next.findings().stream().map(ReturnChecks.Finding::kind).toList(), next.findings().toString());
        assertEquals(2, next.findings().get(1).count());
        ReturnService.Prepared lastYear = returns.prepare(new ReturnService.Request(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
                null, null));
        assertTrue(lastYear.findings().isEmpty(), lastYear.findings().toString());
        assertTrue(lastYear.figures().difference().isZero());
    }

    @Test
    void theExampleStartsWithTwoPlanYearsAndNoBackups() {
        assertEquals(List.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1)),
                new PlanRepository(book).years().stream().map(y -> y.startsOn()).sorted().toList());
        assertTrue(Backups.list(book.path()).isEmpty(), "the year-end copy of the empty book is not kept");
        assertFalse(Files.exists(Backups.folderFor(book.path())));
    }

    @Test
    void theExampleIsMarkedAsMadeUpAndAnOwnBookIsNot() {
        assertTrue(BookService.isExample(book));
        try (Book own = new BookService(CLOCK).create(folder.resolve("own.sbook"), "Jane Doe")) {
            assertFalse(BookService.isExample(own));
        }
    }

    private static List<PayRun> finalisedIn(TaxYear year) {
        return payroll.runs().stream().filter(r -> r.finalised() && r.taxYear().equals(year)).map(r -> payroll.run(r.id())).toList();
    }

    private static Money sum(List<PayRunLine> lines, Function<PayRunLine, Money> figure) {
        return lines.stream().map(figure).reduce(Money.ZERO, Money::plus);
    }
}
