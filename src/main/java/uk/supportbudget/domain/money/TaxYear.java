package uk.supportbudget.domain.money;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.supportbudget.domain.Refusal;

/**
 * A UK tax year, 6 April to 5 April, written as HMRC and this app's files write it: {@code 2025-26}.
 * Which years the app can calculate is a question for the rate data, not for this type.
 */
public record TaxYear(int startYear) implements Comparable<TaxYear> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})[-/](\\d{2}|\\d{4})");

    public TaxYear {
        if (startYear < 1990 || startYear > 2200) {
            throw new IllegalArgumentException("Tax year out of range: " + startYear);
        }
    }

    /** Reads {@code 2025-26} (also {@code 2025/26} and {@code 2025-2026}). */
    public static TaxYear parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new Refusal("\"" + text + "\" is not a tax year; write it like 2025-26.");
        }
        int start = Integer.parseInt(matcher.group(1));
        String end = matcher.group(2);
        int expectedEnd = start + 1;
        boolean consistent = end.length() == 2 ? Integer.parseInt(end) == expectedEnd % 100 : Integer.parseInt(end) == expectedEnd;
        if (!consistent || start < 1990 || start > 2200) {
            throw new Refusal("\"" + text + "\" is not a tax year; a tax year runs from April to April, like 2025-26.");
        }
        return new TaxYear(start);
    }

    /** The tax year a date falls in: 6 April starts a new one. */
    public static TaxYear containing(LocalDate date) {
        LocalDate sixthOfApril = LocalDate.of(date.getYear(), 4, 6);
        return new TaxYear(date.isBefore(sixthOfApril) ? date.getYear() - 1 : date.getYear());
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 6);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 4, 5);
    }

    public TaxYear next() {
        return new TaxYear(startYear + 1);
    }

    @Override
    public int compareTo(TaxYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** {@code 2025-26}. */
    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
