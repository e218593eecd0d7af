package uk.supportbudget.domain.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How often a council asks for a return. Periods are counted from the start of the plan year,
 * as councils count their "stages"; the last period stops at the end of the plan year.
 */
public enum ReturnFrequency {
    FOUR_WEEKLY("four-weekly", "Every 4 weeks"),
    MONTHLY("monthly", "Monthly"),
    QUARTERLY("quarterly", "Quarterly (3-monthly stages)"),
    SIX_MONTHLY("six-monthly", "6-monthly stages"),
    ANNUAL("annual", "Yearly (12-monthly)");

    private final String code;
    private final String label;

    ReturnFrequency(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** How the frequency is written in a profile file. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReturnFrequency> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
    }

    /** Every return period of a plan year, in order. */
    public List<ReturnPeriod> periods(LocalDate planStart, LocalDate planEnd) {
        List<ReturnPeriod> periods = new ArrayList<>();
        LocalDate start = planStart;
        int index = 1;
        while (!start.isAfter(planEnd)) {
            LocalDate next = switch (this) {
                case FOUR_WEEKLY -> planStart.plusWeeks(4L * index);
                case MONTHLY -> planStart.plusMonths(index);
                case QUARTERLY -> planStart.plusMonths(3L * index);
                case SIX_MONTHLY -> planStart.plusMonths(6L * index);
                case ANNUAL -> planStart.plusYears(index);
            };
            LocalDate end = next.minusDays(1).isAfter(planEnd) ? planEnd : next.minusDays(1);
            periods.add(new ReturnPeriod(start, end));
            start = next;
            index++;
        }
        return periods;
    }

    @Override
    public String toString() {
        return label;
    }
}
