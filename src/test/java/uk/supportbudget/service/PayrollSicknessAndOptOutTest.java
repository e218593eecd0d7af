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
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.PayElement;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.PayrollLiability;
import uk.supportbudget.domain.rota.Absence;
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
import uk.supportbudget.store.StaffRepository;

/** SSP across pay runs, opt-out refunds and re-enrolment dates, against a real book: a PA working weekday mornings from April 2026. */
class PayrollSicknessAndOptOutTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 4, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @TempDir
    Path folder;
    private Book book;
    private PayrollService payroll;
    private Employee sam;

    @BeforeEach
    void open() {
        book = Book.create(folder.resolve("payroll.sbook"), "Kim Carter", CLOCK);
        payroll = new PayrollService(book);
        Employee employee = new Employee(0, "Sam Lee", "", LocalDate.of(1990, 5, 1), NiNumber.parse("QQ123456C"), LocalDate.of(2025, 4, 1), null,
                StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.NOT_YET_ASSESSED, null, "", null,
                null, false);
        Contract contract = new Contract(0, 0, LocalDate.of(2026, 4, 1), null, new BigDecimal("20"), false, Money.parse("13.20"), null, null,
                Money.parse("19.80"), Money.parse("65.00"), null, null, 4, PayFrequency.MONTHLY);
        sam = new StaffService(book).addEmployee(employee, contract).employee();
        RotaService rota = new RotaService(book);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            rota.addPattern(new RotaPattern(0, sam.id(), day, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY, LocalDate.of(2026, 4, 1), null));
        }
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void signMonths(int months) {
        LocalDate first = LocalDate.of(2026, 4, 1);
        new RotaService(book).generate(new DateRange(first, first.plusMonths(months).minusDays(1)));
        TimesheetService timesheets = new TimesheetService(book);
        for (int i = 0; i < months; i++) {
            Timesheet sheet = timesheets.generate(sam.id(), first.plusMonths(i));
            timesheets.markSigned(sheet.id(), sheet.period().last().plusDays(1), "signed.pdf", "application/pdf", new byte[] {1});
        }
    }

    private PayRun finalise(int calendarMonth) {
        DateRange period = payroll.workPeriodContaining(PayFrequency.MONTHLY, LocalDate.of(2026, calendarMonth, 1));
        return payroll.finalise(payroll.calculate(period, LocalDate.of(2026, calendarMonth, 28), (done, total) -> { }).id());
    }

    private static PayElement sickPay(PayRun run) {
        return run.lines().get(0).elements().stream().filter(e -> e.kind() == PayElement.Kind.SICK_PAY).findFirst().orElseThrow();
    }

    @Test
    void sicknessAcrossTwoMonthsIsPaidOnceInEachRunAsOneSpell() {
        new RotaService(book).bookAbsence(Absence.sickness(sam.id(), new DateRange(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 5)),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "Flu"));
        signMonths(3);
        finalise(4);
        PayRun may = finalise(5);
        PayRun june = finalise(6);
        // From April 2026: no waiting days, £123.25 a week for five qualifying days = £24.65 a day; five days in each month.
        assertEquals(Money.parse("123.25"), sickPay(may).amount());
        assertEquals(Money.parse("123.25"), sickPay(june).amount());
        assertTrue(sickPay(june).explanation().contains("began 25 May 2026"), sickPay(june).explanation());
        assertTrue(sickPay(june).explanation().contains("2 of 28 weeks"), sickPay(june).explanation());
        assertEquals(Money.parse("123.25"), june.lines().get(0).thisPeriod().sickPay());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // case | sickness recorded after May's run | June: arrears, June's own SSP | words in the arrears sentence
            "three days in May: arrears in June, 3 × £24.65 | 2026-05-04..2026-05-06 | 73.95 | 0.00 | SSP arrears for 4–6 May 2026",
            "sickness across May and June: May's days as arrears, June's as usual | 2026-05-28..2026-06-02 | 49.30 | 49.30 | SSP arrears for 28–29 May 2026",
    })
    void sicknessRecordedAfterItsRunWasFinalisedIsPaidOnceAsArrears(String name, String sickness, String arrears, String ownDays, String words) {
        signMonths(4);
        finalise(4);
        PayRun may = finalise(5);
        assertTrue(may.lines().get(0).elements().stream().noneMatch(e -> e.kind() == PayElement.Kind.SICK_PAY));
        String[] ends = sickness.split("\\.\\.");
        new RotaService(book).bookAbsence(Absence.sickness(sam.id(), new DateRange(LocalDate.parse(ends[0]), LocalDate.parse(ends[1])),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "Flu, told us late"));
        PayRun june = finalise(6);
        List<PayElement> sick = june.lines().get(0).elements().stream().filter(e -> e.kind() == PayElement.Kind.SICK_PAY).toList();
        PayElement owed = sick.stream().filter(e -> e.description().contains("arrears")).findFirst().orElseThrow();
        assertEquals(Money.parse(arrears), owed.amount(), owed.explanation());
        assertTrue(owed.explanation().contains(words), owed.explanation());
        assertTrue(owed.explanation().contains("recorded after the pay run for"), owed.explanation());
        assertEquals(Money.parse(ownDays), sick.stream().filter(e -> !e.description().contains("arrears")).map(PayElement::amount)
                .reduce(Money.ZERO, Money::plus));
        // The days are now paid: July pays none of them again.
        PayRun july = finalise(7);
        assertTrue(july.lines().get(0).elements().stream().noneMatch(e -> e.kind() == PayElement.Kind.SICK_PAY),
                july.lines().get(0).elements().toString());
    }

    @Test
    void aSpellCrossingTheTaxYearKeepsItsWaitingDaysAndChangesRateOnSixthApril() {
        Employee alex = new StaffService(book).addEmployee(new Employee(0, "Alex Moss", "", LocalDate.of(1985, 3, 1), NiNumber.parse("QQ123457C"),
                LocalDate.of(2026, 2, 1), null, StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false,
                PensionStatus.NOT_YET_ASSESSED, null, "", null, null, false), new Contract(0, 0, LocalDate.of(2026, 2, 1), null,
                new BigDecimal("20"), false, Money.parse("13.20"), null, null, Money.parse("19.80"), Money.parse("65.00"), null, null, 4,
                PayFrequency.MONTHLY)).employee();
        RotaService rota = new RotaService(book);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            rota.addPattern(new RotaPattern(0, alex.id(), day, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY, LocalDate.of(2026, 2, 1), null));
        }
        rota.bookAbsence(Absence.sickness(alex.id(), new DateRange(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 10)),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "Back"));
        rota.generate(new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30)));
        TimesheetService timesheets = new TimesheetService(book);
        for (int month = 2; month <= 4; month++) {
            Timesheet sheet = timesheets.generate(alex.id(), LocalDate.of(2026, month, 1));
            timesheets.markSigned(sheet.id(), sheet.period().last().plusDays(1), "signed.pdf", "application/pdf", new byte[] {1});
        }
        finalise(2);
        PayRun march = finalise(3);
        PayRun april = finalise(4);
        PayElement marchSsp = march.lines().stream().filter(l -> l.employeeId() == alex.id()).findFirst().orElseThrow().elements().stream()
                .filter(e -> e.kind() == PayElement.Kind.SICK_PAY).findFirst().orElseThrow();
        PayElement aprilSsp = april.lines().stream().filter(l -> l.employeeId() == alex.id()).findFirst().orElseThrow().elements().stream()
                .filter(e -> e.kind() == PayElement.Kind.SICK_PAY).findFirst().orElseThrow();
        // March: waiting Mon 23 – Wed 25, then four days at £23.75. April: three more at £23.75 (2025-26 days), five at £24.65.
        assertEquals(Money.parse("95.00"), marchSsp.amount(), marchSsp.explanation());
        assertEquals(Money.parse("194.50"), aprilSsp.amount(), aprilSsp.explanation());
        assertTrue(aprilSsp.explanation().contains("Waiting days were served earlier"), aprilSsp.explanation());
        assertTrue(aprilSsp.explanation().contains("3 qualifying day(s) at £118.75 a week"), aprilSsp.explanation());
    }

    @Test
    void aValidOptOutIsRefundedInTheNextRunAndTheSchemeOwesLess() {
        signMonths(3);
        PayRunLine april = finalise(4).lines().get(0);
        assertEquals(PensionStatus.ENROLLED, april.pensionStatusAfter());
        PayRunLine may = finalise(5).lines().get(0);
        // Enrolled with April's pay (28 April); the notice on 20 May is inside the month's window.
        payroll.recordOptOut(sam.id(), LocalDate.of(2026, 5, 20), null, TODAY);
        PayRun juneRun = finalise(6);
        PayRunLine june = juneRun.lines().get(0);
        Money paidIn = april.pensionFromPay().plus(may.pensionFromPay());
        Money employer = april.pensionEmployer().plus(may.pensionEmployer());
        assertEquals(new PayRunLine.PensionRefund(paidIn, employer), june.pensionRefund());
        assertEquals(Money.ZERO, june.pensionFromPay());
        assertEquals(PensionStatus.OPTED_OUT, june.pensionStatusAfter());
        assertEquals(PensionStatus.OPTED_OUT, new StaffRepository(book).employee(sam.id()).orElseThrow().pension());
        assertTrue(june.explanation("pensionRefund").contains(paidIn.display()), june.explanation("pensionRefund"));
        PayrollLiability wages = payroll.owed(TODAY).stream().map(PayrollService.Owed::liability)
                .filter(l -> l.payRunId() == juneRun.id() && l.kind() == PayrollLiability.Kind.NET_WAGES).findFirst().orElseThrow();
        assertEquals(june.net(), wages.amount());
        assertFalse(payroll.owed(TODAY).stream().map(PayrollService.Owed::liability)
                .anyMatch(l -> l.payRunId() == juneRun.id() && l.kind() == PayrollLiability.Kind.PENSION), "the scheme owes this run, not the other way");
        // The refund is kept with the finalised line.
        assertEquals(june.pensionRefund(), payroll.run(juneRun.id()).lines().get(0).pensionRefund());
    }

    @Test
    void anOptOutNoticeIsRefusedWithASentenceWhenItCannotBeRight() {
        Refusal notInScheme = assertThrows(Refusal.class, () -> payroll.recordOptOut(sam.id(), LocalDate.of(2026, 5, 20), null, TODAY));
        assertTrue(notInScheme.getMessage().contains("not in the pension scheme"), notInScheme.getMessage());
        signMonths(1);
        finalise(4);
        Refusal future = assertThrows(Refusal.class, () -> payroll.recordOptOut(sam.id(), TODAY.plusDays(1), null, TODAY));
        assertTrue(future.getMessage().contains("future"), future.getMessage());
        Refusal order = assertThrows(Refusal.class, () -> payroll.recordOptOut(sam.id(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), TODAY));
        assertTrue(order.getMessage().contains("after the opt-out notice"), order.getMessage());
    }

    @Test
    void reEnrolmentIsEveryThreeYearsFromWhenDutiesStartedOrTheDateChosen() {
        // Sam started on 1 April 2025: the third anniversary is 1 April 2028.
        assertEquals(LocalDate.of(2028, 4, 1), payroll.reEnrolmentDate(LocalDate.of(2026, 5, 1)).orElseThrow());
        assertEquals(LocalDate.of(2031, 4, 1), payroll.reEnrolmentDate(LocalDate.of(2028, 4, 2)).orElseThrow());
        Refusal outside = assertThrows(Refusal.class, () -> payroll.chooseReEnrolmentDate(LocalDate.of(2027, 12, 31)));
        assertTrue(outside.getMessage().contains("1 Jan 2028"), outside.getMessage());
        payroll.chooseReEnrolmentDate(LocalDate.of(2028, 6, 1));
        assertEquals(LocalDate.of(2028, 6, 1), payroll.reEnrolmentDate(LocalDate.of(2026, 5, 1)).orElseThrow());
        assertEquals(LocalDate.of(2031, 6, 1), payroll.reEnrolmentDate(LocalDate.of(2028, 6, 2)).orElseThrow());
    }

    @Test
    void theRemindersKnowTheReEnrolmentDateAndTheReDeclaration() {
        // Duties started 1 April 2025: re-enrolment on 1 April 2028, re-declaration due by 1 September 2028.
        assertEquals(new ReminderService.PensionCycle(LocalDate.of(2028, 4, 1), LocalDate.of(2028, 9, 1)),
                payroll.pensionCycle(LocalDate.of(2028, 5, 1)).orElseThrow());
        assertEquals(new ReminderService.PensionCycle(LocalDate.of(2031, 4, 1), LocalDate.of(2031, 9, 1)),
                payroll.pensionCycle(LocalDate.of(2028, 9, 2)).orElseThrow());
        payroll.chooseReEnrolmentDate(LocalDate.of(2028, 6, 1));
        assertEquals(new ReminderService.PensionCycle(LocalDate.of(2028, 6, 1), LocalDate.of(2028, 9, 1)),
                payroll.pensionCycle(LocalDate.of(2028, 5, 1)).orElseThrow());
    }

    @Test
    void aPostponementEndsWithinItsThreeMonths() {
        assertEquals(LocalDate.of(2025, 6, 1), payroll.recordPostponement(sam.id(), 2).postponedUntil());
        assertThrows(Refusal.class, () -> payroll.recordPostponement(sam.id(), 4));
        // Recording it marks the PA postponed, so pay runs leave them unassessed until it ends.
        assertEquals(PensionStatus.POSTPONED, new StaffService(book).employee(sam.id()).pension());
    }
}
