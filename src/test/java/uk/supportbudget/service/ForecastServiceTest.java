package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;

/** The forecast's inputs from the ledger, to the penny, and the wage source swapped for another. */
class ForecastServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 31);

    private static LedgerRow spend(long id, LocalDate day, long pence, Category category, LedgerRow.Parts parts, long transfer) {
        return new LedgerRow(id, 1, (int) day.toEpochDay(), pence, "", "", LedgerRow.code(category), (byte) -1, transfer,
                false, 0, parts);
    }

    private static final List<LedgerRow> ROWS = List.of(
            spend(1, TODAY.minusDays(10), -130000, Category.PA_WAGES, null, 0),
            spend(2, TODAY.minusDays(20), -26000, Category.HMRC, null, 0),
            spend(3, TODAY.minusDays(90), -13000, Category.PENSION, null, 0),
            spend(4, TODAY.minusDays(91), -99999, Category.PA_WAGES, null, 0), // 92 days ago: outside the 13 weeks
            spend(5, TODAY.minusDays(5), -9100, Category.TRANSPORT, null, 0),
            spend(6, TODAY.minusDays(5), -6500, Category.EQUIPMENT, new LedgerRow.Parts(
                    new byte[] {LedgerRow.code(Category.EQUIPMENT), LedgerRow.code(Category.PA_WAGES)},
                    new byte[] {-1, -1}, new long[] {-5200, -1300}), 0),
            spend(7, TODAY.minusDays(3), -50000, Category.TRANSFER, null, 9), // a move between own accounts
            spend(8, TODAY.minusDays(3), 150000, Category.COUNCIL_PAYMENT, null, 0));

    @Test
    void averagesTheLastThirteenWeeksOfWagesAndOtherSpending() {
        ForecastService.Result result = new ForecastService(new SpendingWageCostSource(ROWS))
                .forecast(TODAY, TODAY.plusDays(14), Money.parse("1000.00"), List.of(), ROWS);
        // wages 1300 + 260 + 130 + 13 (the wage part of the split) = 1703.00 over 91 days = 131.00 a week
        assertEquals(Money.parse("131.00"), result.weeklyWages());
        // other: 91.00 taxis + 52.00 equipment part = 143.00 over 91 days = 11.00 a week
        assertEquals(Money.parse("11.00"), result.weeklyOther());
        assertEquals(Money.parse("716.00"), result.forecast().endBalance());
    }

    @Test
    void plansPaymentsComeInOnTheirDatesAndAnotherWageSourceCanBeUsed() {
        FundingComponent council = new FundingComponent(1, 1, Funder.COUNCIL, "Council", ManagementMode.DIRECT_PAYMENT,
                Money.parse("500.00"), Cycle.FOUR_WEEKLY, TODAY.plusDays(2));
        WageCostSource rota = today -> Money.parse("400.00");
        ForecastService.Result result = new ForecastService(rota).forecast(TODAY, TODAY.plusDays(56), Money.parse("300.00"),
                List.of(council), List.of());
        // weeks 1..8: +500 in weeks 1 and 5, -400 each week: 300 + 1000 - 3200 = -1900
        assertEquals(Money.parse("-1900.00"), result.forecast().endBalance());
        // 300 + 500 - 400 = 400, then 0, then -400: it runs out in the third week
        assertEquals(TODAY.plusDays(21), result.forecast().runsOutOn().orElseThrow());
        assertTrue(result.forecast().points().size() == 9);
    }
}
