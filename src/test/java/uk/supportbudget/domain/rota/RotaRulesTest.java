package uk.supportbudget.domain.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.PlanLine;

class RotaRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Map<Long, String> NAMES = Map.of(1L, "Jordan Ellis", 2L, "Priya Shah");

    private static Shift shift(long id, long pa, LocalDate date, String from, String to, ShiftType type) {
        return Shift.oneOff(pa, WorkPeriod.on(date, LocalTime.parse(from), LocalTime.parse(to), type)).withId(id);
    }

    @ParameterizedTest(name = "PA {0} {1}–{2} against Jordan 09:00–13:00 and sleep-in 22:00–07:00: refused {3}")
    @CsvSource({
            "1, 12:00, 16:00, true",
            "1, 13:00, 17:00, false",
            "2, 10:00, 12:00, false",
            "1, 06:00, 09:00, true",   // the sleep-in from the night before runs to 07:00
            "1, 07:00, 09:00, false"})
    void overlappingShiftsForOnePaAreRefused(long pa, String from, String to, boolean refused) {
        List<Shift> existing = List.of(shift(1, 1, MONDAY.plusDays(1), "09:00", "13:00", ShiftType.DAY),
                shift(2, 1, MONDAY, "22:00", "07:00", ShiftType.SLEEP_IN));
        Shift candidate = shift(0, pa, MONDAY.plusDays(1), from, to, ShiftType.DAY);
        if (refused) {
            Refusal refusal = assertThrows(Refusal.class, () -> RotaRules.refuseClash(candidate, existing, List.of(), "Jordan Ellis"));
            assertTrue(refusal.getMessage().startsWith("Jordan Ellis already works"), refusal.getMessage());
        } else {
            RotaRules.refuseClash(candidate, existing, List.of(), NAMES.get(pa));
        }
    }

    @Test
    void movingAShiftDoesNotClashWithItself() {
        Shift stored = shift(7, 1, MONDAY, "09:00", "13:00", ShiftType.DAY);
        Shift moved = new Shift(7, 1, WorkPeriod.on(MONDAY, LocalTime.of(10, 0), LocalTime.of(14, 0), ShiftType.DAY), null, null, null, "");
        RotaRules.refuseClash(moved, List.of(stored), List.of(), "Jordan Ellis");
    }

    @Test
    void aShiftOnADayThePaIsAwayIsRefused() {
        Absence holiday = Absence.holiday(1, new DateRange(MONDAY, MONDAY.plusDays(4)), new BigDecimal("20"), "");
        Refusal refusal = assertThrows(Refusal.class, () -> RotaRules.refuseClash(shift(0, 1, MONDAY.plusDays(2), "09:00", "13:00",
                ShiftType.DAY), List.of(), List.of(holiday), "Jordan Ellis"));
        assertTrue(refusal.getMessage().contains("is away (holiday)"), refusal.getMessage());
    }

    @Test
    void aWeekCountsSupportHoursAndShowsUncoveredShiftsAsGaps() {
        List<RotaPattern> patterns = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            patterns.add(new RotaPattern(10 + day.getValue(), 1, day, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY, MONDAY, null));
        }
        patterns.add(new RotaPattern(20, 1, DayOfWeek.WEDNESDAY, LocalTime.of(22, 0), LocalTime.of(7, 0), ShiftType.SLEEP_IN, MONDAY, null));
        List<Shift> shifts = new ArrayList<>();
        patterns.forEach(p -> shifts.addAll(p.shiftsIn(DateRange.week(MONDAY))));
        Absence sick = Absence.sickness(1, new DateRange(MONDAY.plusDays(3), MONDAY.plusDays(4)), Set.of(DayOfWeek.values()), "");
        shifts.removeIf(s -> sick.days().contains(s.date()));
        // Priya covers Thursday, nobody covers Friday
        shifts.add(new Shift(0, 2, WorkPeriod.on(MONDAY.plusDays(3), LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY), 1L,
                AbsenceKind.SICKNESS, null, ""));

        RotaRules.Week week = RotaRules.analyse(MONDAY, shifts, patterns, List.of(sick), new BigDecimal("20"), NAMES);

        assertEquals(new BigDecimal("16.00"), week.supportHours());
        assertEquals(BigDecimal.ONE, week.sleepIns());
        assertTrue(week.belowAgreed());
        assertEquals(1, week.gaps().size());
        assertTrue(week.gaps().get(0).sentence().startsWith("Fri 6 Mar 09:00"), week.gaps().get(0).sentence());
        assertTrue(week.gaps().get(0).sentence().contains("Jordan Ellis is away (sickness)"));
    }

    @ParameterizedTest(name = "\"{0}\" states {1} hours a week")
    @CsvSource({"PA support 28 hours a week (two PAs), 28", "12.5 hrs per week, 12.5", "PA 20h/week, 20", "Weekly PA support, -1"})
    void agreedHoursAreReadFromThePlansWords(String description, BigDecimal hours) {
        List<PlanLine> lines = List.of(new PlanLine(1, 1, Category.PA_WAGES, description, Money.parse("100.00"), null),
                new PlanLine(2, 1, Category.AGENCY_CARE, "Agency 4 hours a week", Money.parse("100.00"), null));
        assertEquals(hours.signum() < 0 ? null : hours, AgreedHours.fromPlan(lines).orElse(null));
    }

    @ParameterizedTest(name = "{0} pay containing {1}: {2} to {3}")
    @CsvSource({
            "MONTHLY,     2026-02-14, 2026-02-01, 2026-02-28",
            "WEEKLY,      2026-03-05, 2026-03-02, 2026-03-08",
            "FORTNIGHTLY, 2026-03-18, 2026-03-16, 2026-03-29",
            "FOUR_WEEKLY, 2026-02-27, 2026-02-02, 2026-03-01"})
    void payPeriodsRunInBlocksFromTheAnchor(uk.supportbudget.domain.money.PayFrequency frequency, LocalDate date, LocalDate first,
                                           LocalDate last) {
        assertEquals(new DateRange(first, last), PayPeriods.containing(frequency, MONDAY, date));
    }
}
