package uk.supportbudget.domain.money;

import java.util.Locale;

import uk.supportbudget.domain.Refusal;

/**
 * How often a PA is paid. HMRC's PAYE routines count weekly-based payrolls in tax weeks
 * (a fortnightly period covers two weeks, a four-weekly one four) and monthly payrolls in tax months.
 */
public enum PayFrequency {
    WEEKLY("weekly", 1, 52),
    FORTNIGHTLY("fortnightly", 2, 26),
    FOUR_WEEKLY("four-weekly", 4, 13),
    MONTHLY("monthly", 1, 12);

    private final String cliName;
    private final int unitsPerPeriod;
    private final int periodsPerYear;

    PayFrequency(String cliName, int unitsPerPeriod, int periodsPerYear) {
        this.cliName = cliName;
        this.unitsPerPeriod = unitsPerPeriod;
        this.periodsPerYear = periodsPerYear;
    }

    /** Reads {@code weekly}, {@code fortnightly}, {@code four-weekly} (also {@code 4-weekly}, {@code four_weekly}), {@code monthly}. */
    public static PayFrequency parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (key) {
            case "weekly", "week", "w1", "1-weekly":
                return WEEKLY;
            case "fortnightly", "2-weekly", "two-weekly", "biweekly", "bi-weekly":
                return FORTNIGHTLY;
            case "four-weekly", "4-weekly", "fourweekly", "4weekly", "lunar":
                return FOUR_WEEKLY;
            case "monthly", "month", "m1":
                return MONTHLY;
            default:
                throw new Refusal("\"" + text + "\" is not a pay frequency; use weekly, fortnightly, four-weekly or monthly.");
        }
    }

    /** The name used on the command line and in the rate files. */
    public String cliName() {
        return cliName;
    }

    /** Tax weeks (or months) one payment covers: 1, 2 or 4. */
    public int unitsPerPeriod() {
        return unitsPerPeriod;
    }

    /** Regular periods in a tax year, not counting a week 53, 54 or 56. */
    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** 52 for weekly-based payrolls, 12 for monthly: the divisor in HMRC's tax routines. */
    public int taxUnitsPerYear() {
        return this == MONTHLY ? 12 : 52;
    }

    /**
     * The last period number a year can have: the extra payment in week 53 (weekly),
     * week 54 (fortnightly, period 27) or week 56 (four-weekly, period 14); monthly has 12.
     */
    public int lastPossiblePeriod() {
        return this == MONTHLY ? 12 : periodsPerYear + 1;
    }

    @Override
    public String toString() {
        return cliName;
    }
}
