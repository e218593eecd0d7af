package uk.supportbudget.ui.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.BankHolidays;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.Holiday;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;
import uk.supportbudget.domain.rota.WorkPeriod;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.service.RotaService;
import uk.supportbudget.service.TimesheetService;

/** The holiday and sickness form and the timesheet editor, without a screen. */
class RotaModelsTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final Employee KAI = new Employee(7, "Kai", "", LocalDate.of(1990, 5, 1), null, LocalDate.of(2020, 4, 1), null,
            StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.NOT_YET_ASSESSED, null, "", null,
            null, false);
    private static final DateRange LEAVE_YEAR = new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));

    private static RotaService.AbsenceFacts facts(String taken) {
        return new RotaService.AbsenceFacts(new BigDecimal("8.00"), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), List.of(),
                Optional.of(new Holiday.Balance(LEAVE_YEAR, new BigDecimal("112.00"), new BigDecimal("112.00"), new BigDecimal(taken), false)));
    }

    private static AbsenceFormModel form(AbsenceKind kind) {
        AbsenceFormModel model = new AbsenceFormModel(kind, JUNE_1);
        model.employee.set(KAI);
        model.last.set(JUNE_1.plusDays(2));
        return model;
    }

    @ParameterizedTest(name = "{0} hours with {1} taken: {2}")
    @CsvSource(delimiter = '|', value = {
            "8|0|Holiday left this leave year: 112 hours now, 104 hours after this booking.|",
            "112|0|Holiday left this leave year: 112 hours now, 0 hours after this booking.|",
            "20|100|Holiday left this leave year: 12 hours.|Kai has 12 hours of holiday left in the leave year 1 Apr 2026 to 31 Mar 2027, "
                    + "so 20 hours cannot be booked; book fewer hours or fewer days.",
            "lots|0|Holiday left this leave year: 112 hours.|\"lots\" is not a number of hours; type hours such as 20 or 7.5."})
    void holidayShowsTheBalanceBeforeAndAfterAndRefusesBeyondTheEntitlement(String hours, String taken, String balance, String problem) {
        AbsenceFormModel model = form(AbsenceKind.HOLIDAY);
        model.factsLoaded(facts(taken));
        assertEquals("8", model.hours.get(), "filled in from the rota");
        model.hoursTypedByHand();
        model.hours.set(hours);
        assertEquals(balance, model.balanceSentence());
        assertEquals(Optional.ofNullable(problem), model.problem());
    }

    @Test
    void sicknessTicksTheUsualDaysAndCountsTheQualifyingDays() {
        AbsenceFormModel model = form(AbsenceKind.SICKNESS);
        model.factsLoaded(facts("0"));
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), model.qualifyingDays);
        assertEquals("2 qualifying days for Statutory Sick Pay in this period.", model.qualifyingSentence());
        assertEquals(Optional.empty(), model.problem());
        assertEquals(2, model.absence().qualifyingDaysSick());
        model.qualifyingDays.clear();
        assertTrue(model.problem().orElseThrow().contains("qualifying days"));
        model.last.set(JUNE_1.minusDays(1));
        assertEquals(Optional.empty(), model.days());
        assertTrue(model.problem().orElseThrow().startsWith("The period ends on 31 May 2026, before it starts"), model.problem().toString());
    }

    // ---- the timesheet editor

    private static TimesheetEditorModel editor(LocalDate signedOn) {
        Contract terms = new Contract(1, 7, LocalDate.of(2026, 4, 1), null, new BigDecimal("20"), false, Money.parse("13.00"), null, null,
                null, Money.parse("60.00"), null, null, 4, PayFrequency.MONTHLY);
        TimesheetLine monday = new TimesheetLine(1, 11L, WorkPeriod.on(JUNE_1, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY), "");
        Timesheet june = new Timesheet(3, 7, new DateRange(JUNE_1, LocalDate.of(2026, 6, 30)), PayFrequency.MONTHLY, signedOn, List.of(monday));
        return new TimesheetEditorModel(new TimesheetService.Editing(june, "Kai", List.of(terms), new BankHolidays(Map.of()), List.of()));
    }

    private static Optional<String> typeLine(TimesheetEditorModel model, LocalDate day, String from, String to, ShiftType type) {
        model.date.set(day);
        model.from.set(from);
        model.to.set(to);
        model.type.set(type);
        return model.apply(null);
    }

    @ParameterizedTest(name = "{0} {1}-{2} {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            "2026-06-02|09:00|12:30|DAY|",
            "2026-06-01|14:00|12:00|DAY|The shift on Mon 1 Jun ends at 12:00, before it starts at 14:00; correct the times.",
            "2026-06-01|12:00|15:00|DAY|The shifts Mon 1 Jun 09:00\u201313:00 and Mon 1 Jun 12:00\u201315:00 overlap; one PA cannot work both, so correct the times.",
            "2026-07-01|09:00|10:00|DAY|The shift Wed 1 Jul 09:00\u201310:00 is outside this timesheet''s period (1 Jun 2026 to 30 Jun 2026); put it on the timesheet for its own period.",
            "2026-06-01|9|10|DAY|\"9\" is not a time; type it as hours and minutes on the 24-hour clock, such as 09:00 or 22:30."})
    void aLineIsCheckedBeforeItJoinsTheTimesheet(LocalDate day, String from, String to, ShiftType type, String problem) {
        TimesheetEditorModel model = editor(null);
        assertEquals(Optional.ofNullable(problem == null ? null : problem.replace("''", "'")), typeLine(model, day, from, to, type));
        assertEquals(problem == null ? 2 : 1, model.lines.size());
        assertEquals(problem == null, model.changed.get());
    }

    @Test
    void totalsFollowEveryChangeAndAChangedLineKeepsItsShift() {
        TimesheetEditorModel model = editor(null);
        assertEquals("Total: 1 shift, 4 h paid, no sleep-ins, gross pay \u00A352.00", model.totals().get());
        assertEquals(Optional.empty(), typeLine(model, JUNE_1.plusDays(2), "22:00", "07:00", ShiftType.SLEEP_IN));
        assertEquals("Total: 2 shifts, 4 h paid, 1 sleep-in, gross pay \u00A3112.00", model.totals().get());

        TimesheetLine monday = model.lines.get(0);
        model.edit(monday);
        model.to.set("14:30");
        assertEquals(Optional.empty(), model.apply(monday));
        assertEquals(11L, model.lines.get(0).shiftId());
        assertEquals("Total: 2 shifts, 5 h 30 min paid, 1 sleep-in, gross pay \u00A3131.50", model.totals().get());

        model.remove(model.lines.get(1));
        assertEquals(1, model.linesToSave().size());
    }

    @Test
    void aSignedTimesheetCannotBeChanged() {
        TimesheetEditorModel model = editor(LocalDate.of(2026, 7, 2));
        assertTrue(model.readOnly());
        assertTrue(typeLine(model, JUNE_1.plusDays(1), "09:00", "10:00", ShiftType.DAY).orElseThrow().contains("signed"));
        model.remove(model.lines.get(0));
        assertEquals(1, model.lines.size());
        assertFalse(model.changed.get());
    }
}
