package uk.supportbudget.domain.money;

import java.math.BigDecimal;

import uk.supportbudget.domain.Refusal;

/**
 * A rate such as 20%, 1.85% or 13.8%, held exactly in basis points (hundredths of a percent),
 * which is finer than any UK payroll rate. Applying it never goes near a binary float.
 */
public record Percentage(int basisPoints) {

    public static final Percentage ZERO = new Percentage(0);

    public Percentage {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("A payroll percentage lies between 0% and 100%: " + basisPoints + " basis points");
        }
    }

    /** Reads {@code "20"}, {@code "1.85"}, {@code "13.8"} as a percentage. */
    public static Percentage parse(String percent) {
        try {
            BigDecimal value = new BigDecimal(percent.strip());
            return new Percentage(value.movePointRight(2).intValueExact());
        } catch (ArithmeticException | NumberFormatException | NullPointerException e) {
            throw new Refusal("\"" + percent + "\" is not a percentage with at most two decimals, such as 13.8.");
        }
    }

    public static Percentage ofWholePercent(int percent) {
        return new Percentage(percent * 100);
    }

    public BigDecimal asPercent() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
    }

    public boolean isZero() {
        return basisPoints == 0;
    }

    /** {@code 13.8%}. */
    @Override
    public String toString() {
        return asPercent().toPlainString() + "%";
    }
}
