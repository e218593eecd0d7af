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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.StudentLoanPlan;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.Holiday;
import uk.supportbudget.domain.rota.RotaPattern;
import uk.supportbudget.domain.rota.Shift;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.NiNumber;
import uk.supportbudget.domain.staff.P45Figures;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.store.Book;

/** The changes the Staff and Rota screens make: time away, repeating shifts, P45 figures and leavers. */
class StaffAndRotaChangesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;
    private Book book;
    private RotaService rota;
    private Employee kai;

    @BeforeEach
    void open() {
        book = Book.create(folder.resolve("staff.sbook"), "Kim", CLOCK);
        rota = new RotaService(book);
        kai = new StaffService(book).addEmployee(pa("Kai", LocalDate.of(2020, 4, 1)), terms()).employee();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static Employee pa(String name, LocalDate start) {
        return new Employee(0, name, "", LocalDate.of(1990, 5, 1), NiNumber.parse("QQ123456C"), start, null,
                StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.NOT_YET_ASSESSED, null, "",
                null, null, false);
    }

    /** 20 hours a week: 112 hours of holiday in the leave year from 1 April. */
    private static Contract terms() {
        return new Contract(0, 0, LocalDate.of(2026, 4, 1), null, new BigDecimal("20"), false, Money.parse("13.00"), null, null,
                null, null, null, null, 4, PayFrequency.MONTHLY);
    }

    private RotaPattern monday(LocalTime from, LocalTime to) {
        return new RotaPattern(0, kai.id(), DayOfWeek.MONDAY, from, to, ShiftType.DAY, JUNE_1, null);
    }

    // ---- holiday and sickness

    @ParameterizedTest(name = "{0} hours booked after {1} taken: refused {2}")
    @CsvSource({"20, 0, false", "112, 0, false", "112.5, 0, true", "20, 100, true", "12, 100, false"})
    void holidayBeyondTheYearsEntitlementIsRefused(String hours, String alreadyTaken, boolean refused) {
        if (new BigDecimal(alreadyTaken).signum() > 0) {
            rota.bookWithinEntitlement(Absence.holiday(kai.id(), new DateRange(JUNE_1, JUNE_1.plusDays(4)), new BigDecimal(alreadyTaken), ""));
        }
        Absence more = Absence.holiday(kai.id(), new DateRange(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 7)), new BigDecimal(hours), "");
        if (refused) {
            Refusal refusal = assertThrows(Refusal.class, () -> rota.bookWithinEntitlement(more));
            assertTrue(refusal.getMessage().startsWith("Kai has " + new BigDecimal("112").subtract(new BigDecimal(alreadyTaken))
                    .stripTrailingZeros().toPlainString() + " hours of holiday left"), refusal.getMessage());
        } else {
            rota.bookWithinEntitlement(more);
        }
        assertEquals(refused ? 0 : 1, rota.absences(kai.id()).stream().filter(a -> a.days().first().getMonthValue() == 8).count());
    }

    @Test
    void inTheFirstYearHolidayNotYetBuiltUpIsAWarningNotARefusal() {
        book.close();
        book = Book.create(folder.resolve("new.sbook"), "Kim", CLOCK);
        rota = new RotaService(book);
        kai = new StaffService(book).addEmployee(pa("Kai", LocalDate.of(2026, 4, 1)), terms()).employee();
        Holiday.Balance balance = rota.absenceFacts(kai.id(), new DateRange(JUNE_1, JUNE_1)).balance().orElseThrow();
        Holiday.Assessment check = Holiday.assessBooking(balance, new BigDecimal("40"), "Kai");
        assertFalse(check.refused());
        assertEquals(new BigDecimal("112.00"), check.before());
        assertEquals(new BigDecimal("72.00"), check.after());
        assertTrue(check.warning().orElseThrow().contains("built up 18.67 hours"), check.warning().toString());
    }

    @Test
    void theFactsForTheDialogsComeFromTheRotaAndThePatterns() {
        rota.addPattern(monday(LocalTime.of(9, 0), LocalTime.of(13, 0)));
        rota.addPattern(new RotaPattern(0, kai.id(), DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 30), ShiftType.DAY, JUNE_1, null));
        DateRange week = DateRange.week(JUNE_1);
        RotaService.AbsenceFacts before = rota.absenceFacts(kai.id(), week);
        assertEquals(new BigDecimal("7.50"), before.hoursOnRota(), "from the patterns while the rota is not made");
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), before.usualDays());
        assertTrue(before.comingOff().isEmpty());
        rota.generate(week);
        assertEquals(2, rota.absenceFacts(kai.id(), week).comingOff().size());
    }

    @Test
    void sicknessIsStoredWithItsQualifyingDaysAndCancellingPutsTheShiftsBack() {
        rota.addPattern(monday(LocalTime.of(9, 0), LocalTime.of(13, 0)));
        rota.generate(new DateRange(JUNE_1, JUNE_1.plusWeeks(2)));
        DateRange sick = new DateRange(JUNE_1, JUNE_1.plusDays(9));
        List<Shift> off = rota.bookWithinEntitlement(Absence.sickness(kai.id(), sick, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), "Flu"));
        assertEquals(2, off.size(), "both Mondays come off the rota");

        Absence stored = rota.sickness(kai.id()).get(0);
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), stored.qualifyingDays());
        assertEquals(4, stored.qualifyingDaysSick(), "Mon 1, Tue 2, Mon 8, Tue 9 June");
        assertEquals("Flu", stored.note());

        assertEquals(2, rota.cancelAbsence(stored.id(), true));
        assertTrue(rota.sickness(kai.id()).isEmpty());
        assertThrows(Refusal.class, () -> rota.cancelAbsence(stored.id(), true));
    }

    // ---- repeating shifts

    @Test
    void changingARepeatingShiftRemakesItsShiftsFromTheDayChosenAndFillUsesTheChange() {
        RotaPattern pattern = rota.savePattern(monday(LocalTime.of(9, 0), LocalTime.of(13, 0)), JUNE_1).pattern();
        rota.generate(new DateRange(JUNE_1, JUNE_1.plusWeeks(3).plusDays(6)));
        LocalDate fromThird = JUNE_1.plusWeeks(2);

        RotaService.PatternSaved changed = rota.savePattern(new RotaPattern(pattern.id(), kai.id(), DayOfWeek.MONDAY, LocalTime.of(10, 0),
                LocalTime.of(15, 0), ShiftType.DAY, JUNE_1, null), fromThird);
        assertEquals(2, changed.shiftsRemade());
        List<String> times = rota.shiftsMadeBy(pattern.id(), JUNE_1).stream().map(s -> s.work().times()).toList();
        assertEquals(List.of("09:00\u201313:00", "09:00\u201313:00", "10:00\u201315:00", "10:00\u201315:00"), times);

        assertEquals(1, rota.generate(DateRange.week(JUNE_1.plusWeeks(4))));
        assertEquals("10:00\u201315:00", rota.week(JUNE_1.plusWeeks(4)).shifts().get(0).work().times());

        assertEquals(3, rota.deletePattern(pattern.id(), fromThird));
        assertTrue(rota.patterns().isEmpty());
        assertEquals(2, rota.week(JUNE_1).shifts().size() + rota.week(JUNE_1.plusWeeks(1)).shifts().size(), "earlier shifts stay");
    }

    @ParameterizedTest(name = "{0} {1}-{2} against Monday 09:00-13:00 and Sunday 22:00-07:00 sleep-in: clash {3}")
    @CsvSource({"MONDAY, 12:00, 15:00, true", "MONDAY, 13:00, 15:00, false", "MONDAY, 06:00, 08:00, true", "TUESDAY, 09:00, 13:00, false",
            "SUNDAY, 20:00, 23:00, true"})
    void overlappingRepeatingShiftsForOnePaAreRefused(DayOfWeek day, LocalTime from, LocalTime to, boolean clash) {
        rota.savePattern(monday(LocalTime.of(9, 0), LocalTime.of(13, 0)), JUNE_1);
        rota.savePattern(new RotaPattern(0, kai.id(), DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(7, 0), ShiftType.SLEEP_IN, JUNE_1,
                null), JUNE_1);
        RotaPattern candidate = new RotaPattern(0, kai.id(), day, from, to, ShiftType.DAY, JUNE_1, null);
        if (clash) {
            Refusal refusal = assertThrows(Refusal.class, () -> rota.savePattern(candidate, JUNE_1));
            assertTrue(refusal.getMessage().startsWith("Kai already has a repeating"), refusal.getMessage());
        } else {
            rota.savePattern(candidate, JUNE_1);
            assertEquals(3, rota.patterns().size());
        }
    }

    // ---- P45 figures and leavers

    @Test
    void p45FiguresAndLoansAreSavedAndReadBack() {
        StaffService staff = new StaffService(book);
        Employee typed = new Employee(0, "Rae", "", LocalDate.of(1998, 1, 9), null, LocalDate.of(2026, 9, 1), null, StarterDeclaration.P45,
                new P45Figures(Money.parse("8400.00"), Money.parse("512.60"), TaxCode.parse("1257L"), LocalDate.of(2026, 8, 15)),
                TaxCode.parse("1257L"), NiCategory.A, StudentLoanPlan.PLAN_2, true, PensionStatus.NOT_YET_ASSESSED, null, "", null, null, false);
        Employee saved = staff.addEmployee(typed, terms()).employee();
        Employee read = staff.employee(saved.id());
        assertEquals(typed.withId(saved.id()), read);
        assertEquals(LocalDate.of(2026, 8, 15), read.p45().leftPreviousJobOn());
        assertEquals(StudentLoanPlan.PLAN_2, read.studentLoan());
        assertTrue(read.postgraduateLoan());

        P45Figures afterStarting = new P45Figures(Money.parse("1.00"), Money.ZERO, TaxCode.parse("1257L"), LocalDate.of(2026, 9, 2));
        Refusal late = assertThrows(Refusal.class, () -> new Employee(0, "Rae", "", LocalDate.of(1998, 1, 9), null, LocalDate.of(2026, 9, 1),
                null, StarterDeclaration.P45, afterStarting, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.NOT_YET_ASSESSED,
                null, "", null, null, false));
        assertTrue(late.getMessage().contains("left their previous job on 2 September 2026"), late.getMessage());
    }

    @Test
    void aLeaverHasNoShiftsAfterTheirLastDayAndAReminderAboutTheirP45() {
        rota.addPattern(monday(LocalTime.of(9, 0), LocalTime.of(13, 0)));
        rota.generate(new DateRange(JUNE_1, JUNE_1.plusWeeks(3)));
        LocalDate lastDay = JUNE_1.plusDays(10);
        Employee leaving = new Employee(kai.id(), kai.fullName(), kai.address(), kai.dateOfBirth(), kai.niNumber(), kai.startDate(), lastDay,
                kai.starter(), kai.p45(), kai.taxCode(), kai.niCategory(), kai.studentLoan(), kai.postgraduateLoan(), kai.pension(), kai.bank(),
                kai.emergencyContact(), kai.dbs(), kai.rightToWorkCheckedOn(), kai.apprentice());
        new StaffService(book).updateEmployee(leaving);
        assertEquals(2, rota.shiftsAfter(kai.id(), lastDay).size());
        assertEquals(2, rota.removeShiftsAfter(kai.id(), lastDay));
        assertEquals(0, rota.generate(new DateRange(lastDay.plusDays(1), lastDay.plusWeeks(4))), "no shifts after leaving");
        assertThrows(Refusal.class, () -> rota.addShift(Shift.oneOff(kai.id(),
                uk.supportbudget.domain.rota.WorkPeriod.on(lastDay.plusDays(6), LocalTime.of(9, 0), LocalTime.of(10, 0), ShiftType.DAY))));

        List<String> reminders = leaving.reminders(lastDay.minusDays(3));
        assertTrue(reminders.get(0).startsWith("Kai leaves on 11 June 2026: no shifts after that day, and their final pay and P45 are due"),
                reminders.toString());
        assertTrue(leaving.reminders(lastDay.plusDays(5)).get(0).startsWith("Kai left on 11 June 2026"));
        assertTrue(leaving.reminders(lastDay.plusDays(Employee.LEAVER_REMINDER_DAYS + 1)).isEmpty());
    }
}
