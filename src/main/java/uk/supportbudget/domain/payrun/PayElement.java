package uk.supportbudget.domain.payrun;

import java.util.Objects;

import uk.supportbudget.domain.money.Money;

/**
 * One line of pay on a payslip: hours at a rate, sleep-ins, holiday pay or Statutory Sick Pay. Where pay
 * varies with time worked the hours are shown, as the itemised payslip rules require.
 *
 * @param minutes the time paid for, or 0 where pay does not go by time (a flat allowance, SSP)
 * @param rate the hourly rate (or the allowance for one sleep-in), or {@code null} where there is none
 * @param count sleep-ins or qualifying days, where the element counts them; otherwise 0
 */
public record PayElement(Kind kind, String description, long minutes, int count, Money rate, Money amount, String explanation) {

    /** What a line of pay is for. */
    public enum Kind { HOURS, SLEEP_IN, HOLIDAY, ROLLED_UP_HOLIDAY, SICK_PAY }

    public PayElement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        description = description == null ? "" : description;
        explanation = explanation == null ? "" : explanation;
    }

    /** Whether this element is pay for time actually worked (it counts towards average hourly pay). */
    public boolean forWork() {
        return kind == Kind.HOURS || kind == Kind.SLEEP_IN;
    }
}
