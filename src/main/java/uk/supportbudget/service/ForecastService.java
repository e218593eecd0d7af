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
 * Pure apart from the rows it is given.
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
        Money weeklyWages = wages.averageWeeklyCost(today);
        Money weeklyOther = Forecast.weeklyAverage(Money.ofPence(SpendingWageCostSource.spentIn(rows, today,
                SpendingWageCostSource.WAGE_CATEGORIES, false)), SpendingWageCostSource.DAYS);
        Forecast forecast = Forecast.project(today, yearEnd, balanceNow, funding,
                new Forecast.WeeklyCosts(weeklyWages, weeklyOther));
        return new Result(forecast, weeklyWages, weeklyOther);
    }
}
