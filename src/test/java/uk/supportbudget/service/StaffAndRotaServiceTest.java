package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.Holiday;
import uk.supportbudget.domain.rota.RotaPattern;
import uk.supportbudget.domain.rota.Shift;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.WorkPeriod;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.NiNumber;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.store.Book;

/** Staff, rota and timesheets against a real book file. */
class StaffAndRotaServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @TempDir
    Path folder;
    private Book book;

    @BeforeEach
    void open() {
        book = Book.create(folder.resolve("staff.sbook"), "Kim", CLOCK);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static Employee pa(String name) {
        return new Employee(0, name, "", LocalDate.of(1990, 5, 1), NiNumber.parse("QQ123456C"), LocalDate.of(2026, 4, 1), null,
                StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.NOT_YET_ASSESSED, null, "",
                null, null, false);
    }

    private static Contract terms(String rate) {
        return new Contract(0, 0, LocalDate.of(2026, 4, 1), null, new BigDecimal("20"), false, Money.parse(rate), null, null,
                Money.parse("19.50"), Money.parse("60.00"), null, null, 4, PayFrequency.MONTHLY);
    }

    @Test
    void aRateBelowTheLivingWageIsRefusedAndNothingIsSaved() {
        StaffService staff = new StaffService(book);
        Refusal refusal = assertThrows(Refusal.class, () -> staff.addEmployee(pa("Kai"), terms("12.70")));
        assertTrue(refusal.getMessage().contains("below"));
        assertEquals(List.of(), staff.employees());
    }

    @Test
    void anEmployeeAndContractRoundTripThroughTheBook() {
        StaffService staff = new StaffService(book);
        Employee saved = staff.addEmployee(pa("Kai"), terms("12.71")).employee();
        assertEquals(pa("Kai").withId(saved.id()), staff.employee(saved.id()));
        assertEquals(Money.parse("12.71"), staff.contractOn(saved.id(), TODAY).orElseThrow().dayRate());
        Contract raised = staff.changeContract(terms("13.00").withId(0, saved.id()).endingOn(null));
        assertEquals(Money.parse("13.00"), staff.contractOn(saved.id(), TODAY).orElseThrow().dayRate());
        assertEquals(1, staff.contracts().size(), "same start date replaces the terms: " + raised);
    }

    @Test
    void theRotaRefusesClashesAndCostsTheWeek() {
        StaffService staff = new StaffService(book);
        RotaService rota = new RotaService(book);
        Employee kai = staff.addEmployee(pa("Kai"), terms("13.00")).employee();
        LocalDate monday = LocalDate.of(2026, 5, 4); // Early May bank holiday
        rota.addPattern(new RotaPattern(0, kai.id(), DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY, monday, null));
        rota.addPattern(new RotaPattern(0, kai.id(), DayOfWeek.WEDNESDAY, LocalTime.of(22, 0), LocalTime.of(7, 0), ShiftType.SLEEP_IN, monday,
                null));
        assertEquals(4, rota.generate(new DateRange(monday, monday.plusDays(13))));
        assertEquals(0, rota.generate(new DateRange(monday, monday.plusDays(13))), "generating again adds nothing");

        Refusal clash = assertThrows(Refusal.class, () -> rota.addShift(Shift.oneOff(kai.id(),
                WorkPeriod.on(monday, LocalTime.of(12, 0), LocalTime.of(15, 0), ShiftType.DAY))));
        assertTrue(clash.getMessage().startsWith("Kai already works Mon 4 May 09:00"), clash.getMessage());

        // bank holiday Monday 4 h × £19.50 + sleep-in £60.00
        assertEquals(Money.parse("138.00"), rota.weeklyCost(monday));
        // ordinary Monday 4 h × £13.00 + sleep-in
        assertEquals(Money.parse("112.00"), rota.weeklyCost(monday.plusWeeks(1)));
        // beyond the rota: the patterns
        assertEquals(Money.parse("112.00"), rota.weeklyCost(monday.plusWeeks(5)));
        assertEquals(Money.parse("125.00"), rota.averageWeeklyCost(monday, monday.plusDays(13)));
    }

    @Test
    void holidayBookingTakesShiftsOffTheRotaAndCountsAgainstTheBalance() {
        StaffService staff = new StaffService(book);
        RotaService rota = new RotaService(book);
        Employee kai = staff.addEmployee(pa("Kai"), terms("13.00")).employee();
        LocalDate monday = LocalDate.of(2026, 6, 1);
        rota.addPattern(new RotaPattern(0, kai.id(), DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY, monday, null));
        rota.generate(new DateRange(monday, monday.plusDays(6)));
        assertEquals(1, rota.bookAbsence(uk.supportbudget.domain.rota.Absence.holiday(kai.id(), new DateRange(monday, monday.plusDays(4)),
                new BigDecimal("4"), "")).size());
        assertEquals(1, rota.week(monday).analysis().gaps().size());
        Holiday.Balance balance = rota.holidayBalance(kai.id(), TODAY);
        assertEquals(new BigDecimal("112.00"), balance.entitlement());
        assertEquals(new BigDecimal("65.33"), balance.accrued(), "first year: 7 whole months of 112 h / 12");
        assertEquals(new BigDecimal("61.33"), balance.remaining());
    }

    @Test
    void timesheetsAreMadeFromTheRotaSignedWithAScanAndThenKept() {
        StaffService staff = new StaffService(book);
        RotaService rota = new RotaService(book);
        TimesheetService timesheets = new TimesheetService(book);
        Employee kai = staff.addEmployee(pa("Kai"), terms("13.00")).employee();
        LocalDate first = LocalDate.of(2026, 6, 1);
        rota.addPattern(new RotaPattern(0, kai.id(), DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY, first, null));
        rota.generate(new DateRange(first, first.plusMonths(2)));

        Timesheet june = timesheets.generate(kai.id(), LocalDate.of(2026, 6, 15));
        assertEquals(new DateRange(first, LocalDate.of(2026, 6, 30)), june.period());
        assertEquals(5, june.lines().size());
        assertEquals(Money.parse("260.00"), timesheets.pay(june));

        byte[] pdf = timesheets.pdf(june.id());
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF"));

        Timesheet signed = timesheets.markSigned(june.id(), LocalDate.of(2026, 7, 2), "june.pdf", "application/pdf", pdf);
        assertTrue(signed.signed());
        assertEquals(1, timesheets.evidence(june.id()).size());
        assertThrows(Refusal.class, () -> timesheets.correct(june.id(), List.of()));
        assertThrows(Refusal.class, () -> timesheets.generate(kai.id(), LocalDate.of(2026, 6, 15)));
        assertFalse(timesheets.list().isEmpty());
    }

    @Test
    void theDemoBookHasTwoPasWithARealisticRota() throws Exception {
        book.close();
        Files.delete(folder.resolve("staff.sbook"));
        book = new BookService(CLOCK).createDemo(folder.resolve("staff.sbook"));
        StaffService.Overview overview = new StaffService(book).overview(TODAY);
        assertEquals(List.of("Jordan Ellis", "Priya Shah"), overview.employees().stream().map(m -> m.employee().fullName()).toList());
        assertEquals("Brightside Home Care Ltd", overview.suppliers().get(0).name());
        assertTrue(overview.employees().get(0).reminders().stream().anyMatch(r -> r.contains("DBS")), "Jordan's DBS is due");

        RotaService rota = new RotaService(book);
        RotaService.WeekView week = rota.week(TODAY);
        assertEquals(new BigDecimal("28"), rota.agreedHoursPerWeek(TODAY).orElseThrow());
        assertTrue(week.shifts().size() >= 7, "shifts this week: " + week.shifts().size());
        assertTrue(rota.weeklyCost(TODAY).isPositive());
        assertTrue(new TimesheetService(book).list().stream().filter(s -> s.timesheet().signed()).count() >= 10);
        assertEquals(1, rota.sickness(overview.employees().get(0).employee().id()).size());
    }
}
