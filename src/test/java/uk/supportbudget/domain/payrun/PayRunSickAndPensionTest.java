package uk.supportbudget.domain.payrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.EmploymentAllowance;
import uk.supportbudget.domain.payroll.RatesTable;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.BankHolidays;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;
import uk.supportbudget.domain.rota.WorkPeriod;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StaffFixtures;
import uk.supportbudget.service.payroll.RatesLoader;

/**
 * A monthly pay run paying SSP for the days of a linked spell in its own month, and acting on opt-out
 * notices, re-enrolment and the end of postponement. Hand-worked: a Mon–Fri PA earning £1,200 a month
 * (£276.92 a week) gets the full rate, £23.75 a day in 2025-26 and £24.65 in 2026-27.
 */
class PayRunSickAndPensionTest {

    private static final RatesLoader LOADER = RatesLoader.standard();
    private static final BankHolidays NONE = new BankHolidays(Map.of());
    private static final Employee PA = StaffFixtures.employee("Robin Hale", LocalDate.of(1990, 2, 3));
    private static final Contract TERMS = new Contract(1, 1, LocalDate.of(2024, 4, 1), null, new BigDecimal("40"), false, Money.parse("13.20"),
            Money.parse("13.50"), Money.parse("14.00"), Money.parse("19.80"), Money.parse("65.00"), Money.parse("13.50"), null, 5,
            PayFrequency.MONTHLY);

    private static DateRange month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new DateRange(first, first.plusMonths(1).minusDays(1));
    }

    private static Absence sick(String first, String last) {
        return Absence.sickness(1, new DateRange(LocalDate.parse(first), LocalDate.parse(last)), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "");
    }

    /** One four-hour shift on the first weekday of the month, so there is always a timesheet. */
    private static Timesheet sheet(DateRange period, int hours) {
        LocalDate day = period.first();
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        List<TimesheetLine> lines = new ArrayList<>();
        lines.add(new TimesheetLine(0, null, WorkPeriod.on(day, LocalTime.of(8, 0), LocalTime.of(8 + hours, 0), ShiftType.DAY), ""));
        return new Timesheet(7, 1, period, PayFrequency.MONTHLY, period.last().plusDays(1), lines);
    }

    private static PayRunAssembler.Input input(Employee employee, DateRange period, int hours, List<Absence> absences, PensionEvents events) {
        LocalDate payDate = period.last().minusDays(4);
        RatesTable rates = LOADER.forYear(TaxYear.containing(payDate));
        List<PayRunAssembler.PastPay> history = List.of(new PayRunAssembler.PastPay(LocalDate.of(2024, 3, 28), Money.parse("1200.00"),
                Money.parse("1200.00"), 5000));
        List<PayRunAssembler.PastPay> recent = new ArrayList<>(history);
        for (LocalDate d = LocalDate.of(2024, 4, 26); d.isBefore(payDate); d = d.plusMonths(1)) {
            recent.add(new PayRunAssembler.PastPay(d, Money.parse("1200.00"), Money.parse("1200.00"), 5000));
        }
        return new PayRunAssembler.Input(rates, PayrollCalendar.taxPeriod(PayFrequency.MONTHLY, payDate), payDate, period, employee, day -> TERMS,
                NONE, List.of(sheet(period, hours)), absences, recent, YearToDate.NONE, EmploymentAllowance.unused(rates),
                PayrollSettings.defaults(), StaffFixtures.minimumWages(), false, LOADER::forYear, events);
    }

    private static PayRunLine line(PayRunAssembler.Input input) {
        return PayRunAssembler.assemble(input).orElseThrow().line();
    }

    private static Money sickPay(PayRunLine line) {
        return line.elements().stream().filter(e -> e.kind() == PayElement.Kind.SICK_PAY).map(PayElement::amount).reduce(Money.ZERO, Money::plus);
    }

    private static String sickText(PayRunLine line) {
        return String.join(" ", line.elements().stream().filter(e -> e.kind() == PayElement.Kind.SICK_PAY).map(PayElement::explanation).toList());
    }

    // ---- Statutory Sick Pay across runs

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | sickness (first..last; second..last) | run year-month | SSP in this run | words the sentence must hold
            "waiting days served in October are not served again in November | 2025-10-27..2025-11-07 | 2025-11 | 118.75 | waiting days were served earlier",
            "the October run pays the two days after the three waiting days | 2025-10-27..2025-11-07 | 2025-10 | 47.50 | 3 waiting day(s)",
            "a PIW five weeks after another links: no waiting days | 2025-10-06..2025-10-10;2025-11-17..2025-11-21 | 2025-11 | 118.75 | one spell from 6 Oct 2025",
            "a PIW ten weeks after another starts a new spell | 2025-09-01..2025-09-05;2025-11-17..2025-11-21 | 2025-11 | 47.50 | 3 waiting day(s)",
            "waiting days served in March count after 6 April; 2 days at the old rate and 5 at the new | 2026-03-30..2026-04-10 | 2026-04 | 170.75 | 5 qualifying day(s) at £123.25 a week",
            "weeks used are counted | 2026-06-01..2026-06-12 | 2026-06 | 246.50 | 2 of 28 weeks",
    })
    void sickPayInARunKnowsTheLinkedSpell(String name, String sickness, String runMonth, String expected, String words) {
        List<Absence> absences = new ArrayList<>();
        for (String range : sickness.split(";")) {
            String[] ends = range.split("\\.\\.");
            absences.add(sick(ends[0], ends[1]));
        }
        String[] ym = runMonth.split("-");
        PayRunLine line = line(input(PA, month(Integer.parseInt(ym[0]), Integer.parseInt(ym[1])), 4, absences, PensionEvents.NONE));
        assertEquals(Money.parse(expected), sickPay(line), name + ": " + sickText(line));
        assertTrue(sickText(line).toLowerCase().contains(words.toLowerCase()), sickText(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | monthly pay before (weekly: × 12 ÷ 52) | sickness | April 2026 SSP | words
            // £600 a month = £138.46 a week: 3 days in April at £23.75 (2025-26), then 10 protected days at £24.65, not £22.16 (80%)
            "already getting SSP on 6 April: the flat rate is protected | 600.00 | 2026-03-02..2026-04-17 | 317.75 | transitional protection keeps the flat rate",
            // £400 a month = £92.31 a week, below the £125 limit, off since 1 September 2025: nothing before 6 April, £0 a week after
            "off since before 22 September 2025 without SSP: £0 a week | 400.00 | 2025-09-01..2026-04-30 | 0.00 | since before 22 September 2025",
    })
    void aRunAcrossSixthAprilExplainsTheTransitionalRules(String name, String monthlyPay, String sickness, String expected, String words) {
        String[] ends = sickness.split("\\.\\.");
        PayRunAssembler.Input base = input(PA, month(2026, 4), 4, List.of(sick(ends[0], ends[1])), PensionEvents.NONE);
        List<PayRunAssembler.PastPay> history = base.history().stream()
                .map(p -> new PayRunAssembler.PastPay(p.payDate(), Money.parse(monthlyPay), Money.parse(monthlyPay), p.minutesWorked())).toList();
        PayRunLine line = line(new PayRunAssembler.Input(base.rates(), base.taxPeriod(), base.payDate(), base.workPeriod(), base.employee(),
                base.contractOn(), NONE, base.timesheets(), base.absences(), history, YearToDate.NONE, base.allowance(), base.settings(),
                base.minimumWages(), false, LOADER::forYear, PensionEvents.NONE));
        assertEquals(Money.parse(expected), sickPay(line), name + ": " + sickText(line));
        assertTrue(sickText(line).contains(words), sickText(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | days earlier runs paid | is May's run finalised | arrears in June | days June's line lists as paid
            "May's run finalised before the sickness was recorded: 3 × £24.65 owed | | true | 73.95 | 3",
            "May's run already paid those days: nothing again | 2026-05-04;2026-05-05;2026-05-06 | true | 0.00 | 0",
            "one of the days was paid: the other two | 2026-05-04 | true | 49.30 | 2",
            "no finalised run covers May (before the book's payroll): not arrears | | false | 0.00 | 0",
    })
    void sicknessInAnEarlierFinalisedPeriodIsPaidAsArrearsOnce(String name, String paidDays, boolean mayFinalised, String arrears, int listed) {
        java.util.Set<LocalDate> paid = new java.util.HashSet<>();
        if (paidDays != null) {
            for (String day : paidDays.split(";")) {
                paid.add(LocalDate.parse(day));
            }
        }
        List<SickPayPaid.FinalisedPeriod> finalised = mayFinalised
                ? List.of(new SickPayPaid.FinalisedPeriod(month(2026, 5), LocalDate.of(2026, 5, 27))) : List.of();
        PayRunAssembler.Input base = input(PA, month(2026, 6), 4, List.of(sick("2026-05-04", "2026-05-06")), PensionEvents.NONE);
        PayRunLine line = line(new PayRunAssembler.Input(base.rates(), base.taxPeriod(), base.payDate(), base.workPeriod(), base.employee(),
                base.contractOn(), NONE, base.timesheets(), base.absences(), base.history(), YearToDate.NONE, base.allowance(), base.settings(),
                base.minimumWages(), false, LOADER::forYear, PensionEvents.NONE, null, new SickPayPaid(paid, finalised)));
        assertEquals(Money.parse(arrears), sickPay(line), name + ": " + sickText(line));
        assertEquals(listed, line.sickPayDays().size());
        if (sickPay(line).isPositive()) {
            assertTrue(sickText(line).contains("recorded after the pay run for 1 May 2026"), sickText(line));
        }
    }

    @Test
    void aLineStoredBeforeDaysWereKeptCountsItsWholePeriodAsPaidIfItPaidAnySsp() {
        PayRunLine may = line(input(PA, month(2026, 5), 4, List.of(sick("2026-05-04", "2026-05-06")), PensionEvents.NONE));
        PayRunLine legacy = new PayRunLine(may.employeeId(), may.employeeName(), may.niNumber(), may.taxCode(), may.niCategory(),
                may.minutesWorked(), may.elements(), may.gross(), may.taxablePay(), may.tax(), may.employeeNi(), may.employerNi(),
                may.employmentAllowance(), may.studentLoan(), may.postgraduateLoan(), may.pensionEmployee(), may.pensionFromPay(),
                may.pensionEmployer(), may.net(), may.employerCost(), may.earningsAtLel(), may.lelToPt(), may.ptToUel(), may.hoursBand(),
                may.previous(), may.p45(), may.pensionStatusAfter(), may.explanations(), may.warnings(), may.belowMinimumWage(),
                may.timesheetIds(), may.pensionRefund());
        assertEquals(3, may.sickPayDays().size());
        assertEquals(may.sickPayDays().keySet(), SickPayPaid.daysPaidBy(may, month(2026, 5)));
        assertEquals(31, SickPayPaid.daysPaidBy(legacy, month(2026, 5)).size());
    }

    @Test
    void whenTheTwentyEightWeeksRunOutTheRunSaysSoAndAsksForAnSsp1() {
        // Off from Monday 5 January 2026: no waiting days after 6 April, but three in January; 140 paid days end on Wednesday 22 July 2026.
        PayRunLine july = line(input(PA, month(2026, 7), 4, List.of(sick("2026-01-05", "2026-09-30")), PensionEvents.NONE));
        assertTrue(july.warnings().stream().anyMatch(w -> w.contains("SSP1")), july.warnings().toString());
        assertTrue(sickText(july).contains("28 of 28 weeks"), sickText(july));
        PayRunLine june = line(input(PA, month(2026, 6), 4, List.of(sick("2026-01-05", "2026-09-30")), PensionEvents.NONE));
        assertTrue(june.warnings().stream().anyMatch(w -> w.contains("SSP1 now") && w.contains("22 Jul 2026")), june.warnings().toString());
        PayRunLine august = line(input(PA, month(2026, 8), 4, List.of(sick("2026-01-05", "2026-09-30")), PensionEvents.NONE));
        assertEquals(Money.ZERO, sickPay(august));
    }

    @Test
    void oneDayOffBeforeAprilTwentyTwentySixIsNotAPeriodOfIncapacity() {
        PayRunLine line = line(input(PA, month(2025, 11), 4, List.of(sick("2025-11-12", "2025-11-12")), PensionEvents.NONE));
        assertEquals(Money.ZERO, sickPay(line));
        assertTrue(sickText(line).contains("not a period of incapacity"), sickText(line));
    }

    // ---- pension: opt-out, re-enrolment, postponement

    private static Employee with(PensionStatus status) {
        return new Employee(PA.id(), PA.fullName(), PA.address(), PA.dateOfBirth(), PA.niNumber(), PA.startDate(), null, PA.starter(), null,
                PA.taxCode(), PA.niCategory(), null, false, status, null, "", PA.dbs(), PA.rightToWorkCheckedOn(), false);
    }

    /** 95 hours at £13.20 = £1,254 in June 2026: an eligible jobholder (over £833 a month). */
    private static PayRunLine june(PensionStatus status, PensionEvents events) {
        DateRange june = month(2026, 6);
        PayRunAssembler.Input base = input(with(status), june, 4, List.of(), events);
        List<TimesheetLine> lines = new ArrayList<>();
        for (int day = 1; day <= 25; day++) {
            LocalDate date = LocalDate.of(2026, 6, day);
            if (date.getDayOfWeek().getValue() <= 5) {
                lines.add(new TimesheetLine(0, null, WorkPeriod.on(date, LocalTime.of(8, 0), LocalTime.of(13, 0), ShiftType.DAY), ""));
            }
        }
        Timesheet sheet = new Timesheet(7, 1, june, PayFrequency.MONTHLY, LocalDate.of(2026, 7, 1), lines);
        return line(new PayRunAssembler.Input(base.rates(), base.taxPeriod(), base.payDate(), june, base.employee(), base.contractOn(),
                NONE, List.of(sheet), List.of(), base.history(), YearToDate.NONE, base.allowance(), base.settings(), base.minimumWages(), false,
                LOADER::forYear, events));
    }

    @Test
    void aValidOptOutRefundsWhatWasPaidInAndStopsContributions() {
        PensionEvents events = new PensionEvents(LocalDate.of(2026, 5, 27), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10),
                Money.parse("25.12"), Money.parse("23.55"), null, null);
        PayRunLine withRefund = june(PensionStatus.ENROLLED, events);
        PayRunLine notEnrolled = june(PensionStatus.OPTED_OUT, PensionEvents.NONE);
        assertEquals(PensionStatus.OPTED_OUT, withRefund.pensionStatusAfter());
        assertEquals(Money.ZERO, withRefund.pensionFromPay());
        assertEquals(Money.ZERO, withRefund.pensionEmployer());
        assertEquals(new PayRunLine.PensionRefund(Money.parse("25.12"), Money.parse("23.55")), withRefund.pensionRefund());
        // Net pay is what it would be with no pension at all, plus the refund.
        assertEquals(notEnrolled.net().plus(Money.parse("25.12")), withRefund.net());
        assertEquals(Money.parse("-48.67"), withRefund.dueToPension());
        assertTrue(withRefund.explanation("pensionAssessment").contains("inside the opt-out window"), withRefund.explanation("pensionAssessment"));
        assertTrue(withRefund.explanation("pensionRefund").contains("£25.12"), withRefund.explanation("pensionRefund"));
    }

    @Test
    void anOptOutAfterTheWindowEndsMembershipWithoutARefund() {
        PensionEvents events = new PensionEvents(LocalDate.of(2026, 3, 26), null, LocalDate.of(2026, 6, 10), Money.parse("75.36"),
                Money.parse("70.65"), null, null);
        PayRunLine line = june(PensionStatus.ENROLLED, events);
        assertEquals(PensionStatus.OPTED_OUT, line.pensionStatusAfter());
        assertEquals(PayRunLine.PensionRefund.NONE, line.pensionRefund());
        assertEquals(Money.ZERO, line.dueToPension());
        assertTrue(line.explanation("pensionAssessment").contains("ceasing membership"), line.explanation("pensionAssessment"));
    }

    @Test
    void anOptOutNoticeAfterPaydayWaitsForTheNextRun() {
        PensionEvents events = new PensionEvents(LocalDate.of(2026, 5, 27), null, LocalDate.of(2026, 6, 29), Money.parse("25.12"),
                Money.parse("23.55"), null, null);
        PayRunLine line = june(PensionStatus.ENROLLED, events);
        assertEquals(PensionStatus.ENROLLED, line.pensionStatusAfter());
        assertTrue(line.pensionFromPay().isPositive());
    }

    @ParameterizedTest(name = "opted out on {0}: re-enrolled {1}")
    @CsvSource({"2024-01-15, true", "2025-09-01, false"})
    void anOptedOutEligibleJobholderIsReEnrolledByTheRunCoveringTheDate(LocalDate optedOut, boolean reEnrolled) {
        PensionEvents events = new PensionEvents(null, null, optedOut, Money.ZERO, Money.ZERO, LocalDate.of(2026, 6, 15), null);
        PayRunLine line = june(PensionStatus.OPTED_OUT, events);
        assertEquals(reEnrolled ? PensionStatus.ENROLLED : PensionStatus.OPTED_OUT, line.pensionStatusAfter());
        assertEquals(reEnrolled, line.pensionFromPay().isPositive());
        assertEquals(reEnrolled, line.warnings().stream().anyMatch(w -> w.contains("re-enrolled")));
        assertTrue(line.explanation("pensionAssessment").contains("15 Jun 2026"), line.explanation("pensionAssessment"));
    }

    @Test
    void noReEnrolmentInARunThatDoesNotCoverTheDate() {
        PensionEvents events = new PensionEvents(null, null, LocalDate.of(2024, 1, 15), Money.ZERO, Money.ZERO, LocalDate.of(2026, 7, 15), null);
        PayRunLine line = june(PensionStatus.OPTED_OUT, events);
        assertEquals(PensionStatus.OPTED_OUT, line.pensionStatusAfter());
        assertFalse(line.pensionFromPay().isPositive());
    }

    @ParameterizedTest(name = "postponed until {0}: status after {1}")
    @CsvSource({"2026-06-10, ENROLLED", "2026-07-10, POSTPONED"})
    void aPostponedPaIsAssessedInTheRunWhereThePostponementEnds(LocalDate until, PensionStatus after) {
        PayRunLine line = june(PensionStatus.POSTPONED, new PensionEvents(null, null, null, Money.ZERO, Money.ZERO, null, until));
        assertEquals(after, line.pensionStatusAfter());
        assertEquals(after == PensionStatus.ENROLLED, line.pensionFromPay().isPositive());
    }
}
