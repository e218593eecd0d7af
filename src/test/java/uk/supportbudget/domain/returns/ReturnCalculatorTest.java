package uk.supportbudget.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;

class ReturnCalculatorTest {

    private static final Funder[] FUNDERS = {Funder.COUNCIL, Funder.NHS, Funder.CONTRIBUTION};

    /** Several periods (quarters, a 4-week stage, half years, the whole year) over several seeds. */
    @ParameterizedTest
    @CsvSource({
            "1, 2025-04-01, 2025-06-30",
            "1, 2025-07-01, 2025-09-30",
            "2, 2025-10-01, 2025-12-31",
            "2, 2025-04-29, 2025-05-26",
            "3, 2025-10-01, 2026-03-31",
            "3, 2025-04-01, 2026-03-31",
            "4, 2026-01-01, 2026-03-31",
    })
    void figuresReconcileCombinedAndPerFunder(long seed, String from, String to) {
        Ledger ledger = Ledger.busyYear(seed);
        ReturnFigures combined = ledger.figures(from, to, null);
        assertReconciles(combined);
        assertEquals(Money.ZERO, combined.difference(), "ledger and bank agree when every transfer has both legs");

        Money opening = Money.ZERO, in = Money.ZERO, out = Money.ZERO, closing = Money.ZERO;
        Map<String, Money> byCategory = new LinkedHashMap<>();
        for (Funder funder : FUNDERS) {
            ReturnFigures share = ledger.figures(from, to, funder);
            assertReconciles(share);
            opening = opening.plus(share.opening());
            in = in.plus(share.moneyIn());
            out = out.plus(share.moneyOut());
            closing = closing.plus(share.closing());
            share.byCategory().forEach((label, amount) -> byCategory.merge(label, amount, Money::plus));
        }
        assertEquals(combined.opening(), opening, "funders' opening balances add up to the combined one");
        assertEquals(combined.moneyIn(), in);
        assertEquals(combined.moneyOut(), out);
        assertEquals(combined.closing(), closing);
        assertEquals(new java.util.TreeMap<>(combined.byCategory()), new java.util.TreeMap<>(byCategory));
    }

    private static void assertReconciles(ReturnFigures figures) {
        assertEquals(figures.closing(), figures.opening().plus(figures.moneyIn()).minus(figures.moneyOut()),
                "opening + in - out = closing");
        for (CategoryTotal total : figures.moneyOutByCategory()) {
            assertEquals(total.total(), total.lines().stream().map(ReturnLine::amount).reduce(Money.ZERO, Money::plus),
                    total.label() + " total = sum of its lines");
            assertTrue(total.total().isPositive(), "money out is positive");
        }
        for (CategoryTotal total : figures.moneyInByCategory()) {
            assertEquals(total.total(), total.lines().stream().map(ReturnLine::amount).reduce(Money.ZERO, Money::plus));
        }
        assertEquals(figures.moneyOut(), figures.byCategory().values().stream().reduce(Money.ZERO, Money::plus),
                "byCategory adds up to money out");
        BigDecimal expectedWeeks = figures.closing().toDecimal()
                .divide(figures.grossWeekly().toDecimal(), 1, RoundingMode.DOWN);
        assertEquals(expectedWeeks, figures.weeksHeld(), "weeks held = closing / gross weekly budget");
        assertEquals(figures.closing().minus(figures.commitments().total()), figures.surplus());
    }

    @Test
    void openingBalanceIsTheBalanceAtTheEndOfTheDayBefore() {
        Ledger ledger = new Ledger().account("A", "100.00", Ledger.PLAN_START).funding(Funder.COUNCIL, "520.00", Cycle.WEEKLY)
                .txn("2025-04-10", "-30.00", Category.TRANSPORT, Funder.COUNCIL)
                .txn("2025-05-01", "-5.00", Category.TRANSPORT, Funder.COUNCIL)
                .txn("2025-05-02", "20.00", Category.REFUND_INTEREST, Funder.COUNCIL);
        ReturnFigures may = ledger.figures("2025-05-01", "2025-05-31", null);
        assertEquals(Money.parse("70.00"), may.opening());
        assertEquals(Money.parse("20.00"), may.moneyIn());
        assertEquals(Money.parse("5.00"), may.moneyOut());
        assertEquals(Money.parse("85.00"), may.closing());
        assertEquals(Money.parse("520.00"), may.grossWeekly());
    }

    @Test
    void transfersBetweenOwnAccountsAreNeitherInNorOut() {
        Ledger ledger = new Ledger().account("A", "500.00", Ledger.PLAN_START).account("B", "0.00", Ledger.PLAN_START)
                .funding(Funder.COUNCIL, "100.00", Cycle.WEEKLY).transfer("2025-04-02", "120.00", 1, 2);
        ReturnFigures figures = ledger.figures("2025-04-01", "2025-04-30", null);
        assertEquals(Money.ZERO, figures.moneyIn());
        assertEquals(Money.ZERO, figures.moneyOut());
        assertEquals(Money.parse("500.00"), figures.closing());
        assertTrue(figures.isEmpty());
    }

    @Test
    void splitsCountPerRowForCategoryAndFunder() {
        Ledger ledger = new Ledger().account("A", "1000.00", Ledger.PLAN_START)
                .funding(Funder.COUNCIL, "300.00", Cycle.WEEKLY).funding(Funder.NHS, "100.00", Cycle.WEEKLY)
                .split("2025-04-03", "-100.00", new Share(Category.PA_WAGES, Funder.COUNCIL, Money.parse("-75.00")),
                        new Share(Category.TRANSPORT, Funder.NHS, Money.parse("-25.00")));
        ReturnFigures combined = ledger.figures("2025-04-01", "2025-04-30", null);
        assertEquals(Map.of("PA wages", Money.parse("75.00"), "Transport", Money.parse("25.00")), combined.byCategory());
        ReturnFigures nhs = ledger.figures("2025-04-01", "2025-04-30", Funder.NHS);
        assertEquals(Map.of("Transport", Money.parse("25.00")), nhs.byCategory());
        // The plan-start balance of 1000.00 is shared 3:1 by yearly budget.
        assertEquals(Money.parse("250.00"), nhs.opening());
        assertEquals(Money.parse("225.00"), nhs.closing());
    }

    @Test
    void anAccountOpenedDuringThePeriodBringsItsBalanceIn() {
        Ledger ledger = new Ledger().account("A", "100.00", Ledger.PLAN_START)
                .account("Card", "40.00", Ledger.PLAN_START.plusDays(10)).funding(Funder.COUNCIL, "100.00", Cycle.WEEKLY);
        ReturnFigures figures = ledger.figures("2025-04-01", "2025-04-30", null);
        assertEquals(Money.parse("100.00"), figures.opening());
        assertEquals(Money.parse("40.00"), figures.moneyIn());
        assertEquals(Money.parse("140.00"), figures.closing());
        assertEquals(Money.ZERO, figures.difference());
    }

    @Test
    void uncategorisedSpendingIsShownUnderItsOwnHeading() {
        Ledger ledger = new Ledger().account("A", "100.00", Ledger.PLAN_START).funding(Funder.COUNCIL, "100.00", Cycle.WEEKLY)
                .txn("2025-04-05", "-23.49", null, null);
        assertEquals(Map.of("Uncategorised", Money.parse("23.49")),
                ledger.figures("2025-04-01", "2025-04-30", null).byCategory());
    }

    @ParameterizedTest
    @CsvSource({
            // closing, weekly, allowed weeks, contingency weeks, reclaimable, weeks held
            "5000.00, 500.00, 8, 0, 1000.00, 10.0",
            "4000.00, 500.00, 8, 0, 0.00, 8.0",
            "3999.99, 500.00, 8, 0, 0.00, 7.9",
            "6000.00, 500.00, 4, 2, 3000.00, 12.0",
            "-50.00, 500.00, 8, 0, 0.00, -0.1",
    })
    void surplusTheCouncilMayReclaim(String closing, String weekly, int weeks, int contingency, String reclaimable,
                                     String held) {
        Ledger ledger = new Ledger().account("A", closing, Ledger.PLAN_START).funding(Funder.COUNCIL, weekly, Cycle.WEEKLY);
        ReturnFigures figures = ledger.figures("2025-04-01", "2025-04-30", null, weeks, contingency);
        assertEquals(Money.parse(reclaimable), figures.reclaimable());
        assertEquals(new BigDecimal(held), figures.weeksHeld());
        assertEquals(Money.parse(weekly).times(contingency), figures.commitments().contingency());
    }

    @Test
    void wagesTaxAndPensionEarnedSinceTheLastPaymentAreCommitments() {
        Ledger ledger = new Ledger().account("A", "5000.00", Ledger.PLAN_START).funding(Funder.COUNCIL, "500.00", Cycle.WEEKLY)
                .line(Category.PA_WAGES, "3650.00", 1).line(Category.HMRC, "365.00", 1)
                .txn("2025-04-20", "-300.00", Category.PA_WAGES, Funder.COUNCIL)
                .txn("2025-04-30", "-30.00", Category.HMRC, Funder.COUNCIL);
        Commitments due = ledger.figures("2025-04-01", "2025-04-30", null).commitments();
        assertEquals(Money.parse("100.00"), due.wagesDue(), "10 days of 3650.00 a year");
        assertEquals(Money.ZERO, due.hmrcDue(), "paid on the last day");
        assertEquals(Money.ZERO, due.pensionDue(), "no pension paid yet: nobody enrolled");
    }

    @ParameterizedTest
    @CsvSource({"3650.00, 1, 10.00", "1900.00, 3, 15.62", "0.00, 30, 0.00", "1000.00, 0, 0.00"})
    void accrualIsHalfUpToThePenny(String yearly, long days, String expected) {
        assertEquals(Money.parse(expected), ReturnCalculator.accrue(Money.parse(yearly), days));
    }

    @Test
    void aPeriodBeforeThePlanStartsIsRefused() {
        Ledger ledger = new Ledger().account("A", "1.00", Ledger.PLAN_START).funding(Funder.COUNCIL, "1.00", Cycle.WEEKLY);
        Refusal refusal = assertThrows(Refusal.class, () -> ledger.figures("2025-03-01", "2025-03-31", null));
        assertTrue(refusal.getMessage().contains("before the plan year starts on 2025-04-01"), refusal.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "100.00, 1:1:1, 33.34:33.33:33.33",
            "-100.00, 1:1:1, -33.34:-33.33:-33.33",
            "0.01, 3:1, 0.01:0.00",
            "1000.00, 3:1, 750.00:250.00",
            "999.99, 2:2:1, 400.00:399.99:200.00",
    })
    void apportioningAddsUpToTheWhole(String total, String weights, String expected) {
        Map<Integer, Long> weightMap = new LinkedHashMap<>();
        String[] w = weights.split(":");
        for (int i = 0; i < w.length; i++) {
            weightMap.put(i, Long.parseLong(w[i]));
        }
        List<String> parts = new ArrayList<>();
        Apportion.byWeight(Money.parse(total), weightMap).values().forEach(m -> parts.add(m.plain()));
        assertEquals(expected, String.join(":", parts));
    }
}
