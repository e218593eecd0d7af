package uk.supportbudget.domain.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.StatutorySickPayDays.Day;
import uk.supportbudget.domain.payroll.StatutorySickPayDays.Sickness;
import uk.supportbudget.domain.payroll.StatutorySickPayDays.Status;

/**
 * Periods of incapacity for work, linking, waiting days and the 28-week maximum, from gov.uk's "Statutory
 * Sick Pay: employer guide" rules and hand-worked cases. £118.75 a week in 2025-26 is £23.75 a day for a
 * five-day week; £123.25 in 2026-27 is £24.65.
 */
class StatutorySickPayDaysTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Function<TaxYear, RatesTable> RATES = year -> TestRates.year(year.toString());
    private static final Function<LocalDate, Money> EARNS_400 = day -> Money.parse("400.00");

    private static Sickness sick(String first, String last) {
        return new Sickness(LocalDate.parse(first), LocalDate.parse(last), WEEKDAYS);
    }

    private static List<Day> days(Function<LocalDate, Money> earnings, Sickness... sickness) {
        return StatutorySickPayDays.days(List.of(sickness), RATES, earnings);
    }

    private static Money total(List<Day> days) {
        return days.stream().map(Day::amount).reduce(Money.ZERO, Money::plus);
    }

    private static long count(List<Day> days, Status status) {
        return days.stream().filter(d -> d.status() == status).count();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, first PIW, second sickness, waiting days, payable days, SSP in all
            "Mon–Fri off: three waiting days then two paid, 2025-11-03, 2025-11-07, , , 3, 2, 47.50",
            "a second PIW 3 weeks later links: no new waiting days, 2025-11-03, 2025-11-07, 2025-12-01, 2025-12-04, 3, 6, 142.50",
            "gap of exactly 56 days still links, 2025-11-03, 2025-11-07, 2026-01-03, 2026-01-08, 3, 6, 142.50",
            "gap of 57 days does not link: waiting days again, 2025-11-03, 2025-11-07, 2026-01-04, 2026-01-08, 6, 3, 71.25",
            "three days off is not a PIW before April 2026 and does not link, 2025-11-03, 2025-11-07, 2025-12-01, 2025-12-03, 3, 2, 47.50",
            "sickness over a weekend counts the calendar days: Fri–Mon is a PIW, 2025-11-07, 2025-11-10, , , 2, 0, 0.00",
            "from 6 April 2026 one day is a PIW and is paid, 2026-06-09, 2026-06-09, , , 0, 1, 24.65",
            "from 6 April 2026 three days are paid from the first, 2026-06-08, 2026-06-10, , , 0, 3, 73.95",
            "waiting days served before 6 April 2026 are not served again after it, 2026-04-02, 2026-04-10, , , 2, 5, 123.25",
    })
    void periodsOfIncapacityLinkingAndWaitingDays(String name, LocalDate first, LocalDate last, LocalDate secondFirst, LocalDate secondLast,
            long waiting, long payable, String ssp) {
        List<Sickness> sickness = new ArrayList<>(List.of(new Sickness(first, last, WEEKDAYS)));
        if (secondFirst != null) {
            sickness.add(new Sickness(secondFirst, secondLast, WEEKDAYS));
        }
        List<Day> days = StatutorySickPayDays.days(sickness, RATES, EARNS_400);
        assertEquals(waiting, count(days, Status.WAITING), name);
        assertEquals(payable, count(days, Status.PAYABLE), name);
        assertEquals(Money.parse(ssp), total(days), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // One run of sickness on its own: the cases the old single-absence calculation covered, now worked out day by day.
            // case | first | last | qualifying days | average weekly earnings | SSP
            "2025-26 Mon–Fri: three waiting days, then 2 × £118.75 ÷ 5 | 2025-11-03 | 2025-11-07 | MON,TUE,WED,THU,FRI | 250.00 | 47.50",
            "2025-26 below the £125 lower earnings limit: nothing | 2025-11-03 | 2025-11-07 | MON,TUE,WED,THU,FRI | 100.00 | 0.00",
            "2025-26 three-day week: 1 paid day after the waiting days, £118.75 ÷ 3 rounded up | 2025-11-03 | 2025-11-10 | MON,WED,FRI | 200.00 | 39.59",
            "2026-27 from the first day: 5 × £123.25 ÷ 5 | 2026-06-01 | 2026-06-05 | MON,TUE,WED,THU,FRI | 200.00 | 123.25",
            "2026-27 80% of £100.00 = £80.00 a week: 5 × £16.00 | 2026-06-01 | 2026-06-05 | MON,TUE,WED,THU,FRI | 100.00 | 80.00",
            "2026-27 Fri–Mon: the weekend is not qualifying, 2 × £24.65 | 2026-06-05 | 2026-06-08 | MON,TUE,WED,THU,FRI | 400.00 | 49.30",
    })
    void oneRunOfSicknessOnItsOwn(String name, LocalDate first, LocalDate last, String qualifying, String averageWeekly, String ssp) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : qualifying.split(",")) {
            days.add(java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(day)).findFirst().orElseThrow());
        }
        List<Day> result = StatutorySickPayDays.days(List.of(new Sickness(first, last, days)), RATES, start -> Money.parse(averageWeekly));
        assertEquals(Money.parse(ssp), total(result), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Sickness across 6 April 2026 (DWP transitional guidance, see StatutorySickPayDays). Mon–Fri worker.
            // case | sickness runs | average weekly earnings | SSP for days from 6 April | days paid at the protected flat rate | status from 6 April
            "already getting SSP and still off: the flat £123.25, not 80% of £140 (£112), 10 × £24.65 | 2026-03-02..2026-04-17 | 140.00 | 246.50 | 10 | PAYABLE",
            "back at work, then a linked PIW: protection ended with the absence, 5 × £24.65 then 5 × £22.40 (80% of £140) | 2026-03-02..2026-04-10;2026-05-04..2026-05-08 | 140.00 | 235.25 | 5 | PAYABLE",
            "serving waiting days on 6 April: paid from that day under the new rules, 5 × £22.40 | 2026-04-02..2026-04-10 | 140.00 | 112.00 | 0 | PAYABLE",
            "below the lower earnings limit before: paid from 6 April at 80% of £100, 5 × £16.00 | 2026-03-02..2026-04-10 | 100.00 | 80.00 | 0 | PAYABLE",
            "off without a break since before 22 September 2025 and not paid: £0 a week | 2025-09-01..2026-04-30 | 100.00 | 0.00 | 0 | SICK_SINCE_BEFORE_22_SEPTEMBER_2025",
            "off since 22 September 2025 itself: paid from 6 April, 5 × £16.00 | 2025-09-22..2026-04-10 | 100.00 | 80.00 | 0 | PAYABLE",
            "back at work after 22 September 2025, then a linked PIW across 6 April: paid | 2025-09-01..2025-09-30;2025-10-20..2026-04-10 | 100.00 | 80.00 | 0 | PAYABLE",
            "earning enough for the full rate anyway: nothing to protect, 5 × £24.65 | 2026-03-02..2026-04-10 | 400.00 | 123.25 | 0 | PAYABLE",
    })
    void sicknessAcrossSixthAprilTwentyTwentySix(String name, String runs, String averageWeekly, String fromSixthApril, long protectedDays,
            Status statusAfter) {
        List<Sickness> sickness = new ArrayList<>();
        for (String run : runs.split(";")) {
            String[] ends = run.split("\\.\\.");
            sickness.add(sick(ends[0], ends[1]));
        }
        List<Day> all = StatutorySickPayDays.days(sickness, RATES, start -> Money.parse(averageWeekly));
        List<Day> after = all.stream().filter(d -> !d.date().isBefore(StatutorySickPayDays.NEW_RULES_FROM)).toList();
        assertEquals(Money.parse(fromSixthApril), total(after), name);
        assertEquals(protectedDays, after.stream().filter(Day::rateProtected).count(), name);
        assertEquals(statusAfter, after.get(0).status(), name);
    }

    @Test
    void twentyEightWeeksForAFiveDayWorkerIs140DaysAcrossTheTaxYear() {
        // Off from Monday 3 November 2025 for seven months: waiting Mon–Wed, then 140 paid weekdays from Thursday 6 November,
        // 107 of them before 6 April 2026 at £23.75 (£2,541.25) and 33 after at £24.65 (£813.45); the 140th is Wednesday 20 May 2026.
        List<Day> days = days(EARNS_400, sick("2025-11-03", "2026-06-30"));
        assertEquals(3, count(days, Status.WAITING));
        assertEquals(140, count(days, Status.PAYABLE));
        assertEquals(Money.parse("3354.70"), total(days));
        Day lastPaid = days.stream().filter(d -> d.status() == Status.PAYABLE).reduce((a, b) -> b).orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 20), lastPaid.date());
        assertEquals("28", lastPaid.weeksUsed());
        Day next = days.stream().filter(d -> d.date().equals(LocalDate.of(2026, 5, 21))).findFirst().orElseThrow();
        assertEquals(Status.MAXIMUM_REACHED, next.status());
        assertEquals(Money.ZERO, next.amount());
    }

    @Test
    void twentyEightWeeksForATwoDayWorkerIs56Days() {
        Set<DayOfWeek> monWed = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        List<Day> days = StatutorySickPayDays.days(List.of(new Sickness(LocalDate.of(2026, 4, 6), LocalDate.of(2027, 3, 31), monWed)),
                RATES, EARNS_400);
        assertEquals(56, count(days, Status.PAYABLE));
        // 28 weeks × £123.25 exactly: whole weeks are never rounded.
        assertEquals(Money.parse("3451.00"), total(days));
        assertTrue(count(days, Status.MAXIMUM_REACHED) > 0);
    }

    @Test
    void theMaximumCountsAcrossLinkedPeriods() {
        // 20 weeks off, 4 weeks back at work, then 10 more weeks: linked, so only 8 more weeks are paid.
        List<Day> days = days(EARNS_400, sick("2026-04-06", "2026-08-23"), sick("2026-09-21", "2026-11-29"));
        assertEquals(140, count(days, Status.PAYABLE));
        assertEquals(10, count(days, Status.MAXIMUM_REACHED));
        assertEquals(Money.parse("3451.00"), total(days));
    }

    @Test
    void averageWeeklyEarningsAreTakenOnceAtTheStartOfTheLinkedSpell() {
        // The spell began when the PA earned £400 a week; a linked PIW later keeps that rate even if earnings fell to £100.
        Function<LocalDate, Money> earnings = day -> day.equals(LocalDate.of(2026, 6, 1)) ? Money.parse("400.00") : Money.parse("100.00");
        List<Day> days = days(earnings, sick("2026-06-01", "2026-06-01"), sick("2026-07-06", "2026-07-06"));
        assertEquals(Money.parse("49.30"), total(days));
        assertEquals(LocalDate.of(2026, 6, 1), days.get(1).spell().starts());
    }

    @ParameterizedTest(name = "{0}: AWE {1} -> {2}")
    @CsvSource({
            "2025-11-03, 100.00, 0.00",   // below the £125 lower earnings limit before April 2026
            "2026-06-01, 100.00, 80.00",  // from April 2026: 80% of £100 = £80 a week, five days at £16
    })
    void lowEarners(LocalDate monday, String averageWeeklyEarnings, String expected) {
        List<Day> days = days(day -> Money.parse(averageWeeklyEarnings), new Sickness(monday, monday.plusDays(2), WEEKDAYS),
                new Sickness(monday.plusDays(3), monday.plusDays(4), WEEKDAYS));
        assertEquals(Money.parse(expected), total(days));
    }

    @Test
    void adjacentRecordsOfSicknessMakeOnePeriod() {
        // Friday to Sunday, then Monday and Tuesday: five days in a row, a PIW even before April 2026.
        List<Day> days = days(EARNS_400, sick("2025-11-07", "2025-11-09"), sick("2025-11-10", "2025-11-11"));
        assertEquals(3, count(days, Status.WAITING));
        assertEquals(0, count(days, Status.NOT_A_PERIOD_OF_INCAPACITY));
    }

    @Test
    void aSpellOfLinkedPeriodsEndsAfterThreeYears() {
        // One day off every seven weeks keeps the spell linked; nothing is paid from its third anniversary.
        RatesTable sameRules = TestRates.year("2026-27");
        List<Sickness> sickness = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 4, 7); d.isBefore(LocalDate.of(2029, 12, 31)); d = d.plusWeeks(7)) {
            sickness.add(new Sickness(d, d, WEEKDAYS));
        }
        List<Day> days = StatutorySickPayDays.days(sickness, year -> sameRules, EARNS_400);
        assertTrue(days.stream().filter(d -> d.date().isBefore(LocalDate.of(2029, 4, 7))).allMatch(d -> d.status() == Status.PAYABLE));
        assertTrue(days.stream().filter(d -> !d.date().isBefore(LocalDate.of(2029, 4, 7))).allMatch(d -> d.status() == Status.SPELL_OVER_THREE_YEARS));
    }

    @Test
    void onlyQualifyingDaysAreListed() {
        List<Day> days = days(EARNS_400, sick("2026-06-05", "2026-06-08"));
        assertEquals(List.of(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 8)), days.stream().map(Day::date).toList());
    }
}
