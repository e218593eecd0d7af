package uk.supportbudget.domain.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.money.Money;

/**
 * When a funding component is actually paid. Councils pay four-weekly on a fixed weekday, so a
 * 365-day plan year can hold 14 four-weekly payments (or 53 weekly ones) where the x13 (x52)
 * rule counts 13 (52): the schedule counts real dates, {@link BudgetMath#annual} the rule.
 *
 * <p>Monthly, quarterly and yearly dates are counted from the first payment each time
 * ({@code first.plusMonths(k)}), never from the previous date, so a payment on the 31st comes
 * back to the 31st after a short month instead of drifting to the 28th.
 */
public final class FundingSchedule {

    private FundingSchedule() {
    }

    /**
     * The dates {@code component} is paid on between {@code from} and {@code to} inclusive, in
     * order. A component without a first payment date is paid from {@code from}.
     */
    public static List<LocalDate> paymentsBetween(FundingComponent component, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (to.isBefore(from)) {
            return dates;
        }
        LocalDate first = component.firstPaymentOn() == null ? from : component.firstPaymentOn();
        long k = firstIndexOnOrAfter(first, component.cycle(), from);
        for (LocalDate date = nth(first, component.cycle(), k); !date.isAfter(to);
             date = nth(first, component.cycle(), ++k)) {
            dates.add(date);
        }
        return dates;
    }

    /** What {@code component} pays between two dates inclusive, by its real payment dates. */
    public static Money amountBetween(FundingComponent component, LocalDate from, LocalDate to) {
        return component.amount().times(paymentsBetween(component, from, to).size());
    }

    /** The next payment on or after {@code day}. */
    public static Optional<LocalDate> nextPayment(FundingComponent component, LocalDate day) {
        LocalDate first = component.firstPaymentOn() == null ? day : component.firstPaymentOn();
        return Optional.of(nth(first, component.cycle(), firstIndexOnOrAfter(first, component.cycle(), day)));
    }

    /** The k-th payment date (k = 0 is the first). */
    static LocalDate nth(LocalDate first, Cycle cycle, long k) {
        return switch (cycle) {
            case WEEKLY -> first.plusDays(7 * k);
            case FOUR_WEEKLY -> first.plusDays(28 * k);
            case MONTHLY -> first.plusMonths(k);
            case QUARTERLY -> first.plusMonths(3 * k);
            case ANNUAL -> first.plusYears(k);
        };
    }

    private static long firstIndexOnOrAfter(LocalDate first, Cycle cycle, LocalDate day) {
        if (!day.isAfter(first)) {
            return 0;
        }
        long k = switch (cycle) {
            case WEEKLY -> (day.toEpochDay() - first.toEpochDay()) / 7;
            case FOUR_WEEKLY -> (day.toEpochDay() - first.toEpochDay()) / 28;
            case MONTHLY -> monthsBetween(first, day);
            case QUARTERLY -> monthsBetween(first, day) / 3;
            case ANNUAL -> monthsBetween(first, day) / 12;
        };
        k = Math.max(0, k - 1);
        while (nth(first, cycle, k).isBefore(day)) {
            k++;
        }
        return k;
    }

    private static long monthsBetween(LocalDate first, LocalDate day) {
        return (day.getYear() - first.getYear()) * 12L + day.getMonthValue() - first.getMonthValue();
    }
}
