package uk.supportbudget.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.Split;
import uk.supportbudget.domain.money.Money;

/** Plan maths per cycle: the x52/x13/x12/x4 rule, real payment dates, exact pence, no drift. */
class PlanMathTest {

    private static FundingComponent component(String amount, Cycle cycle, String first) {
        return new FundingComponent(1, 1, Funder.COUNCIL, "Council", ManagementMode.DIRECT_PAYMENT,
                Money.parse(amount), cycle, first == null ? null : LocalDate.parse(first));
    }

    @ParameterizedTest(name = "{0} {1} is {2} a year by the rule")
    @CsvSource({
            "100.00, WEEKLY, 5200.00",
            "1540.00, FOUR_WEEKLY, 20020.00",
            "310.00, MONTHLY, 3720.00",
            "900.00, QUARTERLY, 3600.00",
            "1234.56, ANNUAL, 1234.56",
    })
    void annualByTheCycleRule(String amount, Cycle cycle, String annual) {
        assertEquals(Money.parse(annual), BudgetMath.annual(Money.parse(amount), cycle));
    }

    @ParameterizedTest(name = "{1} from {2}: {3} payments in the plan year 2025-04-01..2026-03-31")
    @CsvSource({
            // a 365-day year holds 14 four-weekly payments when the first is on day one (days 0..364)
            "1540.00, FOUR_WEEKLY, 2025-04-01, 14, 21560.00",
            // ... and 13 when it starts a week later
            "1540.00, FOUR_WEEKLY, 2025-04-08, 13, 20020.00",
            // 53 weekly payments against the x52 rule
            "100.00, WEEKLY, 2025-04-01, 53, 5300.00",
            "100.00, WEEKLY, 2025-04-02, 52, 5200.00",
            "310.00, MONTHLY, 2025-04-05, 12, 3720.00",
            "900.00, QUARTERLY, 2025-04-01, 4, 3600.00",
            "1200.00, ANNUAL, 2025-04-01, 1, 1200.00",
            // a first payment before the year started still lands inside it on the cycle
            "1540.00, FOUR_WEEKLY, 2025-03-20, 13, 20020.00",
    })
    void realPaymentDatesInAPlanYear(String amount, Cycle cycle, String first, int count, String total) {
        FundingComponent c = component(amount, cycle, first);
        LocalDate from = LocalDate.of(2025, 4, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        assertEquals(count, FundingSchedule.paymentsBetween(c, from, to).size());
        assertEquals(Money.parse(total), FundingSchedule.amountBetween(c, from, to));
    }

    @Test
    void monthlyOnThe31stComesBackToThe31stAfterShortMonths() {
        List<LocalDate> dates = FundingSchedule.paymentsBetween(component("10.00", Cycle.MONTHLY, "2025-01-31"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 31));
        assertEquals(List.of(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 31)), dates);
    }

    @Test
    void fourWeeklyDatesDoNotDriftOverTenYears() {
        FundingComponent c = component("1.00", Cycle.FOUR_WEEKLY, "2020-01-03");
        List<LocalDate> dates = FundingSchedule.paymentsBetween(c, LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31));
        for (LocalDate date : dates) {
            assertEquals(0, (date.toEpochDay() - LocalDate.of(2020, 1, 3).toEpochDay()) % 28, date.toString());
        }
        assertEquals(131, dates.size());
        assertEquals(LocalDate.of(2025, 7, 11), FundingSchedule.nextPayment(c, LocalDate.of(2025, 7, 1)).orElseThrow());
        assertEquals(LocalDate.of(2025, 7, 11), FundingSchedule.nextPayment(c, LocalDate.of(2025, 7, 11)).orElseThrow());
    }

    @ParameterizedTest(name = "{0} a year at {1}: payments add up exactly, biggest {2}, per payment {3}")
    @CsvSource({
            "10000.00, FOUR_WEEKLY, 769.24, 769.23",
            "10000.00, WEEKLY, 192.31, 192.31",
            "1000.00, MONTHLY, 83.34, 83.33",
            "1000.01, QUARTERLY, 250.01, 250.00",
            "0.05, WEEKLY, 0.01, 0.00",
            "15200.00, MONTHLY, 1266.67, 1266.67",
    })
    void instalmentsAddUpToTheAnnualAmountToThePenny(String annual, Cycle cycle, String biggest, String rounded) {
        List<Money> payments = BudgetMath.instalments(Money.parse(annual), cycle);
        assertEquals(BudgetMath.paymentsPerYear(cycle), payments.size());
        assertEquals(Money.parse(annual), payments.stream().reduce(Money.ZERO, Money::plus));
        assertEquals(Money.parse(biggest), payments.stream().max(Money::compareTo).orElseThrow());
        assertEquals(Money.parse(rounded), BudgetMath.perPayment(Money.parse(annual), cycle));
    }

    @Test
    void grossWeeklyAddsComponentsThroughTheYear() {
        List<FundingComponent> funding = List.of(component("1540.00", Cycle.FOUR_WEEKLY, null),
                component("310.00", Cycle.MONTHLY, null), component("210.00", Cycle.MONTHLY, null));
        // 20020 + 3720 + 2520 = 26260 / 52 = 505.00
        assertEquals(Money.parse("505.00"), BudgetMath.grossWeekly(funding));
        assertEquals(new java.math.BigDecimal("4.9"), BudgetMath.weeksHeld(Money.parse("2499.99"), Money.parse("505.00")));
    }

    @Test
    void budgetPerCategoryPerFunderAndCombined() {
        FundingComponent council = new FundingComponent(10, 1, Funder.COUNCIL, "", ManagementMode.DIRECT_PAYMENT,
                Money.parse("1540.00"), Cycle.FOUR_WEEKLY, null);
        FundingComponent nhs = new FundingComponent(11, 1, Funder.NHS, "", ManagementMode.DIRECT_PAYMENT,
                Money.parse("310.00"), Cycle.MONTHLY, null);
        List<PlanLine> lines = List.of(
                new PlanLine(1, 1, Category.PA_WAGES, "PA support", Money.parse("15200.00"), 10L),
                new PlanLine(2, 1, Category.TRANSPORT, "Taxis", Money.parse("600.00"), 11L),
                new PlanLine(3, 1, Category.TRANSPORT, "Bus pass", Money.parse("100.00"), 10L),
                new PlanLine(4, 1, Category.EQUIPMENT, "Equipment", Money.parse("250.00"), null));
        PlanBudget budget = PlanBudget.of(List.of(council, nhs), lines);
        assertEquals(Money.parse("700.00"), budget.forCategory(Category.TRANSPORT));
        assertEquals(Money.parse("15300.00"), budget.forFunder(Funder.COUNCIL));
        assertEquals(Money.parse("600.00"), budget.forFunder(Funder.NHS));
        assertEquals(Money.parse("250.00"), budget.unassigned());
        assertEquals(Money.parse("16150.00"), budget.total());
        assertEquals(Money.parse("100.00"), budget.byFunderAndCategory().get(Funder.COUNCIL).get(Category.TRANSPORT));
        assertEquals(Map.of(Funder.COUNCIL, Money.parse("20020.00"), Funder.NHS, Money.parse("3720.00")),
                PlanBudget.fundingByFunder(List.of(council, nhs)));
    }

    @ParameterizedTest(name = "parts {1} of {0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "-64.99 | -50.00,-14.99 | ok",
            "-64.99 | -50.00,-14.98 | The parts add up to £64.98 but the payment is £64.99; change the parts so they add up to it exactly.",
            "-64.99 | -64.99 | A split needs at least two parts; with one part, just choose the category.",
            "-64.99 | -70.00,5.01 | Every part must go the same way as the payment: all money out, or all money in.",
            "100.00 | 60.00,40.00 | ok",
    })
    void splitPartsMustAddUpToTheWhole(String whole, String parts, String expected) {
        List<Split> split = java.util.Arrays.stream(parts.split(","))
                .map(p -> new Split(Category.EQUIPMENT, Funder.NHS, Money.parse(p), "")).toList();
        if (expected.equals("ok")) {
            Split.checkParts(Money.parse(whole), split);
        } else {
            assertEquals(expected, assertThrows(Refusal.class, () -> Split.checkParts(Money.parse(whole), split)).getMessage());
        }
    }
}
