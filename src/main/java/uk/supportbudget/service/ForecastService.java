package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.List;

import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Forecast;
import uk.supportbudget.domain.plan.FundingComponent;

/**
 * Where the money is heading to the end of the plan year: the plan's payments on their real
 * dates in, wage costs from a {@link WageCostSource} and the average of other recent spending out.
 * Pure apart from the rows or totals it is given.
 */
public final class ForecastService {

    /** The forecast and what it assumed, so the page can say it in words. */
    public record Result(Forecast forecast, Money weeklyWages, Money weeklyOther) {
    }

    private final WageCostSource wages;

    public ForecastService(WageCostSource wages) {
        this.wages = wages;
    }

    public Result forecast(LocalDate today, LocalDate yearEnd, Money balanceNow, List<FundingComponent> funding,
                           List<LedgerRow> rows) {
        return forecast(today, yearEnd, balanceNow, funding, SpendingWageCostSource.recent(rows, today));
    }

    /**
     * As {@link #forecast(LocalDate, LocalDate, Money, List, List)}, from the spending of the
     * {@link SpendingWageCostSource#DAYS} days up to {@code today} already added up.
     */
    public Result forecast(LocalDate today, LocalDate yearEnd, Money balanceNow, List<FundingComponent> funding,
                           SpendingTotals recentSpending) {
        Money weeklyWages = wages.averageWeeklyCost(today);
        Money weeklyOther = Forecast.weeklyAverage(Money.ofPence(recentSpending.spentIn(
                SpendingWageCostSource.WAGE_CATEGORIES, false)), SpendingWageCostSource.DAYS);
        Forecast forecast = Forecast.project(today, yearEnd, balanceNow, funding,
                new Forecast.WeeklyCosts(weeklyWages, weeklyOther));
        return new Result(forecast, weeklyWages, weeklyOther);
    }
}
