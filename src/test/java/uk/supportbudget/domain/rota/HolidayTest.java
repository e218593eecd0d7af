package uk.supportbudget.domain.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.money.Money;

class HolidayTest {

    private static final DateRange YEAR_2026 = Holiday.leaveYear(MonthDay.of(4, 1), LocalDate.of(2026, 11, 23));

    @ParameterizedTest(name = "{0} h a week, employed {1} to {2}: {3} h")
    @CsvSource({
            // full time 37.5 h: 5.6 × 37.5 = 210 h (28 days of 7.5 h)
            "37.5, 2020-01-01, ,           210.00",
            // part time 20 h: 5.6 × 20 = 112 h
            "20,   2020-01-01, ,           112.00",
            "8,    2020-01-01, ,            44.80",
            // starts 1 October: 182 of 365 days → 112 × 182 / 365
            "20,   2026-10-01, ,            55.85",
            // leaves 30 September: 183 of 365 days
            "20,   2020-01-01, 2026-09-30,  56.15",
            // left before the year began
            "20,   2020-01-01, 2026-03-31,   0.00"})
    void fixedHoursEntitlementIsFivePointSixWeeksProRata(BigDecimal hours, LocalDate from, LocalDate to, BigDecimal expected) {
        assertEquals(expected, Holiday.fixedHoursEntitlement(hours, YEAR_2026, from, to));
    }

    @ParameterizedTest(name = "{0} h a year, started {1}, on {2}: {3} h accrued")
    @CsvSource({
            // first year of employment: a twelfth a month
            "112, 2026-04-01, 2026-04-29,   0.00",
            "112, 2026-04-01, 2026-04-30,   9.33",
            "112, 2026-04-01, 2026-05-01,   9.33",
            "112, 2026-04-01, 2026-10-01,  56.00",
            // after the first year, the whole year's entitlement
            "112, 2024-04-01, 2026-04-01, 112.00"})
    void fixedHoursAccrueMonthlyInTheFirstYear(BigDecimal year, LocalDate started, LocalDate on, BigDecimal expected) {
        assertEquals(expected, Holiday.fixedHoursAccrued(year, started, on));
    }

    @ParameterizedTest(name = "{0} h worked: {1} h holiday")
    @CsvSource({"100, 12.07", "10, 1.21", "8.5, 1.03", "0, 0.00", "46.4, 5.60"})
    void irregularHoursAccrueTwelvePointZeroSevenPercentOfHoursWorked(BigDecimal worked, BigDecimal accrued) {
        assertEquals(accrued, Holiday.irregularHoursAccrued(worked));
    }

    @ParameterizedTest(name = "leave year starting {0}, on {1}: {2} to {3}")
    @CsvSource({"04-01, 2026-11-23, 2026-04-01, 2027-03-31", "04-01, 2026-03-31, 2025-04-01, 2026-03-31",
            "01-01, 2026-11-23, 2026-01-01, 2026-12-31"})
    void leaveYearsRunFromTheContractsStartDay(String start, LocalDate on, LocalDate first, LocalDate last) {
        assertEquals(new DateRange(first, last), Holiday.leaveYear(MonthDay.parse("--" + start), on));
    }

    @ParameterizedTest(name = "£{0} for {1} min: £{2} an hour")
    @CsvSource({"1271.00, 6000, 12.71", "100.00, 420, 14.29", "0.00, 0, 0.00"})
    void irregularHolidayIsPaidAtTheAverageHourlyRate(String pay, long minutes, String rate) {
        assertEquals(Money.parse(rate), Holiday.averageHourlyRate(Money.parse(pay), minutes));
    }
}
