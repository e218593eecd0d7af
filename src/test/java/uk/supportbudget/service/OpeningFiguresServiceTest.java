package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.FpsFigures;
import uk.supportbudget.domain.payrun.OpeningFigures;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
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
import uk.supportbudget.store.Book;

/**
 * A payroll taken over in September 2026 (tax month 6): the PA's figures from the old payroll or their
 * P45 are entered first, and the first run here builds on them. September's pay is 22 weekdays × 4 hours
 * × £13.20 = £1,161.60; 1257L free pay to month 6 is £6,289.56.
 */
class OpeningFiguresServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    private static final TaxYear YEAR = new TaxYear(2026);
    private static final Money ZERO = Money.ZERO;

    @TempDir
    Path folder;
    private Book book;
    private PayrollService payroll;
    private OpeningFiguresService opening;
    private Employee sam;

    @BeforeEach
    void open() {
        book = Book.create(folder.resolve("takeover.sbook"), "Kim Carter", CLOCK);
        payroll = new PayrollService(book);
        opening = new OpeningFiguresService(book);
        Employee employee = new Employee(0, "Sam Lee", "", LocalDate.of(1990, 5, 1), NiNumber.parse("QQ123456C"), LocalDate.of(2025, 4, 1), null,
                StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.NOT_YET_ASSESSED, null, "", null, null,
                false);
        Contract contract = new Contract(0, 0, LocalDate.of(2026, 4, 1), null, new BigDecimal("20"), false, Money.parse("13.20"), null, null,
                Money.parse("19.80"), Money.parse("65.00"), null, null, 4, PayFrequency.MONTHLY);
        sam = new StaffService(book).addEmployee(employee, contract).employee();
        RotaService rota = new RotaService(book);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            rota.addPattern(new RotaPattern(0, sam.id(), day, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY, LocalDate.of(2026, 4, 1), null));
        }
        LocalDate september = LocalDate.of(2026, 9, 1);
        rota.generate(new DateRange(september, LocalDate.of(2026, 9, 30)));
        TimesheetService timesheets = new TimesheetService(book);
        Timesheet sheet = timesheets.generate(sam.id(), september);
        timesheets.markSigned(sheet.id(), LocalDate.of(2026, 10, 1), "signed.pdf", "application/pdf", new byte[] {1});
    }

    @AfterEach
    void close() {
        book.close();
    }

    private PayRun september() {
        DateRange period = payroll.workPeriodContaining(PayFrequency.MONTHLY, LocalDate.of(2026, 9, 1));
        return payroll.calculate(period, LocalDate.of(2026, 9, 28), (done, total) -> { });
    }

    /** Six thousand pounds and £200 tax over months 1 to 5 at the old bureau, all category A. */
    private OpeningFigures.ThisEmployment bureau() {
        return new OpeningFigures.ThisEmployment(Money.parse("6000.00"), Money.parse("6000.00"), Money.parse("200.00"),
                List.of(new YearEnd.NiByCategory(NiCategory.A, Money.parse("2795.00"), Money.parse("2445.00"), Money.parse("760.00"),
                        Money.parse("60.80"), Money.parse("275.00"))),
                Money.parse("150.00"), Money.parse("90.00"), ZERO, ZERO, ZERO);
    }

    @Test
    void aP45InMonthSixIsTaxedCumulatively() {
        opening.save(new OpeningFigures(sam.id(), YEAR, new OpeningFigures.PreviousEmployment(Money.parse("10000.00"), Money.parse("1000.00"),
                TaxCode.parse("1257L"), false, false), null));
        PayRunLine line = september().lines().get(0);
        assertEquals(Money.parse("1161.60"), line.gross());
        // 10,000 + 1,161.60 - 6,289.56 = 4,872.04 -> £4,872 at 20% = 974.40 due to date, less 1,000 paid: refund 25.60.
        assertEquals(Money.parse("-25.60"), line.tax(), line.explanation("tax"));
        assertEquals(Money.parse("10000.00"), line.p45().pay());
        // The P45 is another job's: this employment's year to date is this run alone.
        assertEquals(Money.parse("1161.60"), line.yearToDate().gross());
    }

    @Test
    void theOldPayrollsFiguresFeedTaxPayslipFpsAndP60() {
        opening.save(new OpeningFigures(sam.id(), YEAR, null, bureau()));
        PayRun run = payroll.finalise(september().id());
        PayRunLine line = run.lines().get(0);
        // 6,000 + 1,161.60 - 6,289.56 = 872.04 -> £872 at 20% = 174.40 due to date, less 200 paid: refund 25.60.
        assertEquals(Money.parse("-25.60"), line.tax(), line.explanation("tax"));
        assertEquals(Money.parse("7161.60"), line.yearToDate().gross());
        assertEquals(Money.parse("174.40"), line.yearToDate().tax());
        assertEquals(Money.parse("60.80").plus(line.employeeNi()), line.yearToDate().employeeNi());
        assertEquals(Money.parse("2795.00").plus(line.earningsAtLel()), line.yearToDate().earningsAtLel());

        List<FpsFigures.Item> fps = FpsFigures.of(run, line);
        assertEquals("7161.60", value(fps, "Taxable pay to date in this employment"));
        assertEquals("174.40", value(fps, "Total tax to date in this employment"));

        YearEnd.P60 p60 = payroll.p60s(YEAR).get(0);
        assertEquals(Money.parse("7161.60"), p60.totalPay());
        assertEquals(Money.parse("174.40"), p60.totalTax());
        assertEquals(Money.parse("60.80").plus(line.employeeNi()), p60.ni().get(0).employeeNi());
        assertEquals(Money.parse("275.00").plus(line.employerNi()), p60.ni().get(0).employerNi());
        assertEquals(Money.parse("150.00").plus(line.pensionFromPay()), p60.pensionFromPay());
    }

    @Test
    void theEmploymentAllowanceLeftStartsFromWhatWasUsedBefore() {
        assertEquals(Money.parse("10500.00"), opening.allowanceRemaining(YEAR));
        opening.saveAllowanceUsed(YEAR, Money.parse("10400.00"));
        assertEquals(Money.parse("100.00"), opening.allowanceRemaining(YEAR));
        PayRunLine line = payroll.finalise(september().id()).lines().get(0);
        // Employer NI (1,161.60 - 417) × 15% = 111.69; only £100 of the allowance was left.
        assertEquals(Money.parse("111.69"), line.employerNi());
        assertEquals(Money.parse("100.00"), line.employmentAllowance());
        assertEquals(ZERO, opening.allowanceRemaining(YEAR));
        Refusal tooMuch = assertThrows(Refusal.class, () -> opening.saveAllowanceUsed(new TaxYear(2025), Money.parse("10500.01")));
        assertTrue(tooMuch.getMessage().contains("£10,500.00"), tooMuch.getMessage());
    }

    @Test
    void figuresAreFrozenOnceAFinalisedRunHasBuiltOnThem() {
        opening.save(new OpeningFigures(sam.id(), YEAR, null, bureau()));
        assertTrue(opening.lockedReason(sam.id(), YEAR).isEmpty());
        payroll.finalise(september().id());
        Refusal refusal = assertThrows(Refusal.class, () -> opening.save(OpeningFigures.none(sam.id(), YEAR)));
        assertTrue(refusal.getMessage().contains("finalised") && refusal.getMessage().contains("next pay run"), refusal.getMessage());
        assertThrows(Refusal.class, () -> opening.saveAllowanceUsed(YEAR, ZERO));
        // Another tax year is still open.
        opening.save(new OpeningFigures(sam.id(), new TaxYear(2025), null, bureau()));
        assertEquals(Money.parse("6000.00"), opening.figures(sam.id(), new TaxYear(2025)).thisEmployment().gross());
    }

    @Test
    void savedFiguresReadBackAsEntered() {
        OpeningFigures figures = new OpeningFigures(sam.id(), YEAR, new OpeningFigures.PreviousEmployment(Money.parse("4000.00"),
                Money.parse("300.00"), TaxCode.parse("1100L"), true, true), bureau());
        opening.save(figures);
        assertEquals(figures, opening.figures(sam.id(), YEAR));
        opening.save(OpeningFigures.none(sam.id(), YEAR));
        assertTrue(opening.figures(sam.id(), YEAR).isEmpty());
    }

    @Test
    void theP45sCodeCanBecomeTheCodeThePaIsPaidOn() {
        opening.save(new OpeningFigures(sam.id(), YEAR, new OpeningFigures.PreviousEmployment(Money.parse("10000.00"), Money.parse("1000.00"),
                TaxCode.parse("1257L"), true, false), null), true);
        assertEquals(TaxCode.parse("1257L M1"), new StaffService(book).employee(sam.id()).taxCode());
        PayRunLine line = september().lines().get(0);
        // Month 1 basis: the P45 does not count; 1,161.60 - 1,048.26 = 113.34 -> £113 at 20% = 22.60.
        assertEquals(Money.parse("22.60"), line.tax(), line.explanation("tax"));
    }

    /**
     * Sam was an apprentice under 25 (category H) at the old bureau from April to August, paid under M in
     * September here, and turned 21 in October (A). October's FPS has one NI block per letter of the year,
     * this run's A first, each with its own year-to-date figures; the summary PDF shows the same blocks.
     */
    @Test
    void theFpsGivesEachNiLetterOfTheYearItsOwnYearToDate() throws Exception {
        OpeningFigures.ThisEmployment apprentice = new OpeningFigures.ThisEmployment(Money.parse("5000.00"), Money.parse("5000.00"),
                Money.parse("150.00"), List.of(new YearEnd.NiByCategory(NiCategory.H, Money.parse("2795.00"), Money.parse("1445.00"),
                        Money.parse("760.00"), Money.parse("60.80"), ZERO)), ZERO, ZERO, ZERO, ZERO, ZERO);
        opening.save(new OpeningFigures(sam.id(), YEAR, null, apprentice));
        StaffService staff = new StaffService(book);
        staff.updateEmployee(withCategory(staff.employee(sam.id()), NiCategory.M));
        PayRunLine september = payroll.finalise(september().id()).lines().get(0);
        assertEquals(NiCategory.M, september.niCategory());
        staff.updateEmployee(withCategory(staff.employee(sam.id()), NiCategory.A));
        PayRun octoberRun = october();
        PayRunLine october = octoberRun.lines().get(0);
        assertEquals(NiCategory.A, october.niCategory());

        List<FpsFigures.Item> fps = PayrollService.fps(octoberRun, october, payroll.niBefore(octoberRun));
        List<FpsFigures.Item> letters = fps.stream().filter(i -> i.label().equals("NI category letter")).toList();
        assertEquals(List.of("A", "H", "M"), letters.stream().map(FpsFigures.Item::value).toList(), "this run's letter first, then letter order");
        // Each block: letter, gross in period, (gross YTD in the first), the three bands YTD, employer in period and YTD, employee in period and YTD.
        record Block(String letter, Money atLel, Money lelToPt, Money ptToUel, Money employerNi, Money employeeNi, Money inPeriodEmployee) {
        }
        List<Block> expected = List.of(
                new Block("A", october.earningsAtLel(), october.lelToPt(), october.ptToUel(), october.employerNi(), october.employeeNi(),
                        october.employeeNi()),
                new Block("H", Money.parse("2795.00"), Money.parse("1445.00"), Money.parse("760.00"), ZERO, Money.parse("60.80"), ZERO),
                new Block("M", september.earningsAtLel(), september.lelToPt(), september.ptToUel(), september.employerNi(), september.employeeNi(),
                        ZERO));
        for (Block block : expected) {
            String section = letters.stream().filter(i -> i.value().equals(block.letter())).findFirst().orElseThrow().section();
            List<FpsFigures.Item> items = fps.stream().filter(i -> i.section().equals(section)).toList();
            assertEquals(block.atLel().plain(), value(items, "Earnings at the Lower Earnings Limit (LEL) year to date"), section);
            assertEquals(block.lelToPt().plain(), value(items, "Earnings above the LEL up to the Primary Threshold (PT) year to date"), section);
            assertEquals(block.ptToUel().plain(), value(items, "Earnings above the PT up to the Upper Earnings Limit (UEL) year to date"), section);
            assertEquals(block.employerNi().plain(), value(items, "Employer NICs year to date"), section);
            assertEquals(block.employeeNi().plain(), value(items, "Employee NICs year to date"), section);
            assertEquals(block.inPeriodEmployee().plain(), value(items, "Employee NICs in this period"), section);
        }
        // The letters add up to the year's totals; gross for NICs to date is one total, in the first block.
        Money employeeNi = expected.stream().map(Block::employeeNi).reduce(ZERO, Money::plus);
        assertEquals(october.yearToDate().employeeNi(), employeeNi);
        assertEquals(october.yearToDate().gross().plain(), value(fps, "Gross earnings for NICs year to date (all letters)"));
        assertTrue(fps.get(fps.indexOf(letters.get(0)) + 1).label().equals("Gross earnings for NICs in this period"));
        assertTrue(letters.get(1).section().contains("earlier in the year"), letters.get(1).section());
        // The order outside the NI blocks is the same as for one letter.
        assertEquals("Tax deducted or refunded in this pay period", fps.get(fps.indexOf(letters.get(0)) - 2).label());
        assertEquals("Taxable pay to date in this employment", fps.stream().filter(i -> i.section().equals("Year to date")).findFirst()
                .orElseThrow().label());

        byte[] pdf = payroll.summaryPdf(octoberRun.id());
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        String out = System.getProperty("pdf.out");
        if (out != null) {
            java.nio.file.Files.write(Path.of(out), pdf);
        }
        assertTrue(text.contains("National Insurance, category H (earlier in the year)"), text);
        assertTrue(text.contains("National Insurance, category A (this pay period)"), text);
    }

    private static Employee withCategory(Employee e, NiCategory category) {
        return new Employee(e.id(), e.fullName(), e.address(), e.dateOfBirth(), e.niNumber(), e.startDate(), e.leaveDate(), e.starter(), e.p45(),
                e.taxCode(), category, e.studentLoan(), e.postgraduateLoan(), e.pension(), e.bank(), e.emergencyContact(), e.dbs(),
                e.rightToWorkCheckedOn(), e.apprentice());
    }

    private PayRun october() {
        LocalDate first = LocalDate.of(2026, 10, 1);
        new RotaService(book).generate(new DateRange(first, LocalDate.of(2026, 10, 31)));
        TimesheetService timesheets = new TimesheetService(book);
        Timesheet sheet = timesheets.generate(sam.id(), first);
        timesheets.markSigned(sheet.id(), LocalDate.of(2026, 10, 1), "signed.pdf", "application/pdf", new byte[] {1});
        DateRange period = payroll.workPeriodContaining(PayFrequency.MONTHLY, first);
        return payroll.calculate(period, LocalDate.of(2026, 10, 28), (done, total) -> { });
    }

    private static String value(List<FpsFigures.Item> items, String label) {
        return items.stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow().value();
    }
}
