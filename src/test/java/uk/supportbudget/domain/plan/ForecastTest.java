package uk.supportbudget.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;

class ForecastTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    private static FundingComponent fourWeekly(String amount, String first) {
        return new FundingComponent(1, 1, Funder.COUNCIL, "", ManagementMode.DIRECT_PAYMENT, Money.parse(amount),
                Cycle.FOUR_WEEKLY, LocalDate.parse(first));
    }

    @Test
    void balancedPlanEndsWhereItStartedToThePenny() {
        // 400.00 every 4 weeks in, 100.00 a week out; 28 days later, after one payment, back to the start.
        Forecast forecast = Forecast.project(TODAY, TODAY.plusDays(28), Money.parse("1000.00"),
                List.of(fourWeekly("400.00", "2025-10-02")), new Forecast.WeeklyCosts(Money.parse("70.00"), Money.parse("30.00")));
        assertEquals(5, forecast.points().size());
        assertEquals(Money.parse("1300.00"), forecast.points().get(1).balance());
        assertEquals(Money.parse("1000.00"), forecast.endBalance());
        assertEquals(Optional.empty(), forecast.runsOutOn());
    }

    @Test
    void marksTheWeekTheMoneyRunsOut() {
        Forecast forecast = Forecast.project(TODAY, LocalDate.of(2026, 3, 31), Money.parse("250.00"), List.of(),
                new Forecast.WeeklyCosts(Money.parse("100.00"), Money.ZERO));
        // 250 - 100 - 100 - 100: below zero at the end of the third week
        assertEquals(Optional.of(TODAY.plusDays(21)), forecast.runsOutOn());
        assertTrue(forecast.endBalance().isNegative());
    }

    @Test
    void aPartWeekAtYearEndCostsItsShareOfAWeek() {
        Forecast forecast = Forecast.project(TODAY, TODAY.plusDays(10), Money.parse("100.00"), List.of(),
                new Forecast.WeeklyCosts(Money.parse("10.00"), Money.ZERO));
        // a full week (10.00) and three days (4.285714 -> 4.29)
        assertEquals(Money.parse("85.71"), forecast.endBalance());
        assertEquals(TODAY.plusDays(10), forecast.points().get(2).date());
    }

    @ParameterizedTest(name = "{0} over {1} days is {2} a week")
    @CsvSource({"1300.00, 91, 100.00", "100.00, 3, 233.33", "0.00, 91, 0.00", "1.00, 14, 0.50", "5.00, 0, 0.00"})
    void weeklyAverage(String total, long days, String weekly) {
        assertEquals(Money.parse(weekly), Forecast.weeklyAverage(Money.parse(total), days));
    }

    @Test
    void noDriftOverAFullYearOfWeeks() {
        // 52 weeks + 1 day; 1.00 a week out, nothing in: 52 x 1.00 + 1/7 of 1.00 (0.14)
        Forecast forecast = Forecast.project(TODAY, TODAY.plusDays(365), Money.parse("100.00"), List.of(),
                new Forecast.WeeklyCosts(Money.parse("0.60"), Money.parse("0.40")));
        assertEquals(Money.parse("47.86"), forecast.endBalance());
    }
}
