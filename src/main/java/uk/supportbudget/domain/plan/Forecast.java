package uk.supportbudget.domain.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.supportbudget.domain.money.Money;

/**
 * Where the balance is heading, week by week, to the end of the plan year: the plan's real
 * payment dates come in, wages and other spending go out at steady weekly rates. Pure and exact:
 * money in whole pence, the only rounding is a part week's share of a weekly cost (half up).
 *
 * @param points       the balance today and at the end of each week (the last one at year end)
 * @param runsOutOn    the end of the first week the balance falls below zero, if it does
 * @param endBalance   the balance expected at the end of the plan year (negative = shortfall)
 */
public record Forecast(List<Point> points, Optional<LocalDate> runsOutOn, Money endBalance) {

    /** The balance expected at the end of {@code date}. */
    public record Point(LocalDate date, Money balance) {
    }

    /** The steady weekly costs the forecast assumes. */
    public record WeeklyCosts(Money wages, Money other) {
        public WeeklyCosts {
            Objects.requireNonNull(wages, "wages");
            Objects.requireNonNull(other, "other");
        }

        public Money total() {
            return wages.plus(other);
        }
    }

    public static Forecast project(LocalDate today, LocalDate yearEnd, Money balanceNow, List<FundingComponent> funding,
                                   WeeklyCosts costs) {
        List<Point> points = new ArrayList<>();
        points.add(new Point(today, balanceNow));
        Money balance = balanceNow;
        LocalDate runsOut = balanceNow.isNegative() ? today : null;
        LocalDate weekStart = today.plusDays(1);
        while (!weekStart.isAfter(yearEnd)) {
            LocalDate weekEnd = weekStart.plusDays(6).isAfter(yearEnd) ? yearEnd : weekStart.plusDays(6);
            for (FundingComponent component : funding) {
                balance = balance.plus(FundingSchedule.amountBetween(component, weekStart, weekEnd));
            }
            long days = weekEnd.toEpochDay() - weekStart.toEpochDay() + 1;
            balance = balance.minus(partOfWeek(costs.total(), days));
            points.add(new Point(weekEnd, balance));
            if (runsOut == null && balance.isNegative()) {
                runsOut = weekEnd;
            }
            weekStart = weekEnd.plusDays(1);
        }
        return new Forecast(List.copyOf(points), Optional.ofNullable(runsOut), balance);
    }

    /** {@code days} sevenths of a weekly amount, rounded half up to the penny. */
    public static Money partOfWeek(Money weekly, long days) {
        if (days == 7) {
            return weekly;
        }
        return Money.fromDecimal(weekly.toDecimal().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP));
    }

    /** The weekly average of {@code total} spent over {@code days} days, rounded half up to the penny. */
    public static Money weeklyAverage(Money total, long days) {
        if (days <= 0) {
            return Money.ZERO;
        }
        return Money.fromDecimal(total.toDecimal().multiply(BigDecimal.valueOf(7))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP));
    }
}
