package uk.supportbudget.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import uk.supportbudget.domain.Refusal;

/**
 * An exact amount of sterling held as whole pence. Never built from a binary float.
 *
 * <p>{@link #parse(String)} reads the CLI's strict form ({@code 1156.25}, {@code -12.00});
 * {@link #parseLenient(String)} reads what people type ({@code £1,156.25}, {@code 12}, {@code 12.5}).
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    private static final Pattern STRICT = Pattern.compile("-?\\d{1,16}\\.\\d{2}");
    private static final Pattern LENIENT = Pattern.compile("[-+]?\\d{0,16}(\\.\\d{0,2})?");

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100));
    }

    /** Exactly pounds with two decimals, as the command line contract requires. */
    public static Money parse(String text) {
        if (text == null || !STRICT.matcher(text.trim()).matches()) {
            throw new Refusal("\"" + text + "\" is not an amount in pounds with two decimals, such as 1156.25 or -12.00.");
        }
        return fromDecimal(new BigDecimal(text.trim()));
    }

    /** What a person types: an optional £ sign, thousands commas, zero to two decimals. */
    public static Money parseLenient(String text) {
        if (text == null) {
            throw new Refusal("Please enter an amount, such as 12.50.");
        }
        String cleaned = text.strip().replace("£", "").replace(",", "").replace(" ", "");
        boolean bracketNegative = cleaned.startsWith("(") && cleaned.endsWith(")");
        if (bracketNegative) {
            cleaned = "-" + cleaned.substring(1, cleaned.length() - 1);
        }
        if (cleaned.isEmpty() || cleaned.equals("-") || cleaned.equals(".") || !LENIENT.matcher(cleaned).matches()) {
            throw new Refusal("\"" + text.strip() + "\" is not an amount. Type pounds and pence, such as 12.50.");
        }
        return fromDecimal(new BigDecimal(cleaned.endsWith(".") ? cleaned + "0" : cleaned));
    }

    /** An exact decimal amount of pounds; more than two decimal places is a programming error. */
    public static Money fromDecimal(BigDecimal pounds) {
        return new Money(pounds.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(pence, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public Money negate() {
        return new Money(Math.negateExact(pence));
    }

    public Money abs() {
        return pence < 0 ? negate() : this;
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(pence, factor));
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public boolean isZero() {
        return pence == 0;
    }

    public boolean isPositive() {
        return pence > 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** Plain form for files and the CLI: {@code -1156.25}. */
    public String plain() {
        return toDecimal().toPlainString();
    }

    /** Display form for people: {@code £1,156.25} or {@code −£12.00}. */
    public String display() {
        // Digits grouped by hand: a DecimalFormat per call was the slowest part of a pay run's explanations.
        StringBuilder text = new StringBuilder(16).append(pence < 0 ? "-£" : "£");
        String pounds = Long.toString(Math.abs(pence / 100));
        int firstGroup = pounds.length() % 3 == 0 ? 3 : pounds.length() % 3;
        text.append(pounds, 0, firstGroup);
        for (int i = firstGroup; i < pounds.length(); i += 3) {
            text.append(',').append(pounds, i, i + 3);
        }
        long rest = Math.abs(pence % 100);
        return text.append('.').append(rest < 10 ? "0" : "").append(rest).toString();
    }

    @Override
    public String toString() {
        return plain();
    }
}
