package uk.supportbudget.domain.payroll;

import java.math.BigDecimal;
import java.math.RoundingMode;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.Percentage;
import uk.supportbudget.domain.money.Rounding;

/**
 * Holiday for irregular-hours and part-year workers (leave years from 1 April 2024): 12.07% of hours
 * worked in each pay period accrues as holiday; rolled-up holiday pay, where used, is 12.07% of pay.
 * 12.07% is 5.6 weeks out of the 46.4 weeks a year worked.
 */
public final class HolidayPay {

    public static final Percentage IRREGULAR_HOURS_ACCRUAL = new Percentage(1207);

    private HolidayPay() {
    }

    /** Hours of holiday accrued, to the hundredth of an hour (half up). */
    public static BigDecimal accruedHours(BigDecimal hoursWorked) {
        if (hoursWorked.signum() < 0) {
            throw new IllegalArgumentException("Hours worked cannot be negative");
        }
        return hoursWorked.multiply(IRREGULAR_HOURS_ACCRUAL.asPercent()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    /** Rolled-up holiday pay for a period's pay, to the nearest penny. */
    public static Money rolledUp(Money pay) {
        return Money.ofPence(Rounding.percentageToNearestPenny(pay.pence(), IRREGULAR_HOURS_ACCRUAL));
    }
}
