package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.PayFrequency;

/**
 * A numbered pay period in a tax year: month 1..12, week 1..53, fortnight 1..27, four-week period 1..14.
 * The last of the weekly-based ones is the extra payment in week 53, 54 or 56, which HMRC taxes on a
 * week 1 basis (PAYE spec paragraph 14).
 */
public record PayPeriod(PayFrequency frequency, int number) {

    public PayPeriod {
        if (frequency == null) {
            throw new IllegalArgumentException("A pay period needs a frequency");
        }
        if (number < 1 || number > frequency.lastPossiblePeriod()) {
            String unit = frequency == PayFrequency.MONTHLY ? "monthly" : frequency.cliName();
            throw new Refusal("Period " + number + " does not exist in a " + unit + " tax year; "
                    + unit + " periods run from 1 to " + frequency.lastPossiblePeriod() + ".");
        }
    }

    /** True for the week 53 (weekly), week 54 (fortnightly) or week 56 (four-weekly) payment. */
    public boolean isExtraWeekPayment() {
        return frequency != PayFrequency.MONTHLY && number > frequency.periodsPerYear();
    }

    /** The tax week (weekly-based) or tax month (monthly) in which this period ends. */
    public int taxWeekOrMonth() {
        return number * frequency.unitsPerPeriod();
    }

    /** "month 3", "week 12", "week 54 (fortnight 27)". */
    public String describe() {
        return switch (frequency) {
            case MONTHLY -> "month " + number;
            case WEEKLY -> "week " + number;
            case FORTNIGHTLY -> "fortnight " + number + " (tax week " + taxWeekOrMonth() + ")";
            case FOUR_WEEKLY -> "four-week period " + number + " (tax week " + taxWeekOrMonth() + ")";
        };
    }
}
