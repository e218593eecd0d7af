package uk.supportbudget.io.bank;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Reads the dates UK statements use: {@code 31/01/2025}, {@code 31/01/25}, {@code 31-01-2025},
 * {@code 31.01.2025}, {@code 31 Jan 2025}, {@code 31-Jan-25}, {@code 1 January 2025},
 * {@code 2025-01-31}, {@code 20250131}, QIF's {@code 1/31'25} and {@code 1/ 5'25}, each with an
 * optional time after it ({@code 2025-01-31T10:00:00Z}, {@code 2018-02-26 17:43:35 +0000}).
 *
 * <p>Whether a numeric date is day-first or month-first is decided per file with
 * {@link #decideOrder}; then every row is read the same way.
 */
final class DateParser {

    /** The pieces of a date before we know which of the first two numbers is the day. */
    record Parts(int first, int second, int year, boolean fixedOrder) {
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private final DateOrder order;
    private final DateTimeFormatter explicitFormat;

    private DateParser(DateOrder order, DateTimeFormatter explicitFormat) {
        this.order = order;
        this.explicitFormat = explicitFormat;
    }

    /** A parser for one file, with the order already decided (DMY or MDY). */
    static DateParser forOrder(DateOrder decided) {
        if (decided == DateOrder.AUTO) {
            throw new IllegalArgumentException("decide the order first");
        }
        return new DateParser(decided, null);
    }

    /** A parser that reads only the given pattern, such as {@code dd.MM.yyyy}, from the mapping dialog. */
    static DateParser forPattern(String pattern) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
        return new DateParser(DateOrder.DMY, formatter);
    }

    DateOrder order() {
        return order;
    }

    /**
     * Day-first unless the samples say otherwise. An explicit DMY or MDY wins; with AUTO, a file
     * where some date only fits month-first (12/31/2025) and none only fits day-first is month-first.
     */
    static DateOrder decideOrder(Iterable<String> samples, DateOrder requested) {
        if (requested != DateOrder.AUTO) {
            return requested;
        }
        boolean dayFirstPossible = true;
        boolean monthFirstPossible = true;
        for (String sample : samples) {
            Parts parts = split(sample);
            if (parts == null || parts.fixedOrder()) {
                continue;
            }
            if (parts.first() > 12 || parts.second() < 1) {
                monthFirstPossible = false;
            }
            if (parts.second() > 12 || parts.first() < 1) {
                dayFirstPossible = false;
            }
        }
        if (!dayFirstPossible && monthFirstPossible) {
            return DateOrder.MDY;
        }
        return DateOrder.DMY;
    }

    /** The date, or null when the text is not a date (including 31/02/2025). */
    LocalDate parse(String text) {
        if (explicitFormat != null) {
            try {
                return LocalDate.parse(Cells.clean(text), explicitFormat);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Parts parts = split(text);
        if (parts == null) {
            return null;
        }
        int day;
        int month;
        if (parts.fixedOrder() || order == DateOrder.DMY) {
            day = parts.first();
            month = parts.second();
        } else {
            day = parts.second();
            month = parts.first();
        }
        try {
            return LocalDate.of(parts.year(), month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether the text has the shape of a date at all, valid or not. */
    static boolean looksLikeDate(String text) {
        return split(text) != null;
    }

    /**
     * Splits a date into numbers without deciding the order. Returns null for text that does not
     * have the shape of a date. For year-first and month-name forms the order is fixed:
     * {@code first} is the day and {@code second} the month.
     */
    static Parts split(String raw) {
        String text = Cells.clean(raw);
        int length = text.length();
        if (length < 6) {
            return null;
        }
        Scanner scan = new Scanner(text);
        int firstStart = scan.position;
        int first = scan.number(4);
        if (first < 0) {
            return null;
        }
        int firstDigits = scan.position - firstStart;
        if (firstDigits == 8 && scan.atEndOrTime()) {
            // 20250131 (compact ISO, as in OFX)
            return new Parts(first % 100, first / 100 % 100, first / 10000, true);
        }
        if (firstDigits == 4) {
            // 2025-01-31, 2025/01/31
            if (!scan.separator()) {
                return null;
            }
            int month = scan.number(2);
            if (month < 0 || !scan.separator()) {
                return null;
            }
            int day = scan.number(2);
            if (day < 0 || !scan.atEndOrTime()) {
                return null;
            }
            return new Parts(day, month, first, true);
        }
        if (firstDigits > 2 || !scan.separator()) {
            return null;
        }
        int second;
        boolean named = false;
        if (scan.peekLetter()) {
            second = scan.monthName();
            named = true;
        } else {
            second = scan.number(2);
        }
        if (second < 0 || !scan.separator()) {
            return null;
        }
        int yearStart = scan.position;
        int year = scan.number(4);
        int yearDigits = scan.position - yearStart;
        if (year < 0 || (yearDigits != 2 && yearDigits != 4) || !scan.atEndOrTime()) {
            return null;
        }
        if (yearDigits == 2) {
            year += year < 80 ? 2000 : 1900;
        }
        return new Parts(first, second, year, named);
    }

    /** A cursor over one date's characters. */
    private static final class Scanner {
        private final String text;
        private int position;

        Scanner(String text) {
            this.text = text;
        }

        /** Reads up to maxDigits digits (8 allowed for compact dates); -1 if none. */
        int number(int maxDigits) {
            int start = position;
            long value = 0;
            while (position < text.length() && Character.isDigit(text.charAt(position)) && position - start < 8) {
                value = value * 10 + (text.charAt(position) - '0');
                position++;
            }
            int digits = position - start;
            if (digits == 0 || (digits > maxDigits && digits != 8)) {
                return -1;
            }
            return (int) value;
        }

        /** One of / - . ' or spaces, with spaces allowed after it (QIF writes 1/ 5'25). */
        boolean separator() {
            if (position >= text.length()) {
                return false;
            }
            char c = text.charAt(position);
            if (c == '/' || c == '-' || c == '.' || c == '\'' || c == ' ') {
                position++;
                while (position < text.length() && text.charAt(position) == ' ') {
                    position++;
                }
                return true;
            }
            return false;
        }

        boolean peekLetter() {
            return position < text.length() && Character.isLetter(text.charAt(position));
        }

        /** Jan, JAN, January, Sept: the month number, or -1. */
        int monthName() {
            int start = position;
            while (position < text.length() && Character.isLetter(text.charAt(position))) {
                position++;
            }
            if (position - start < 3) {
                return -1;
            }
            String word = text.substring(start, position).toLowerCase(Locale.ROOT);
            for (int i = 0; i < MONTHS.length; i++) {
                if (word.startsWith(MONTHS[i]) && isMonthSpelling(word, i)) {
                    return i + 1;
                }
            }
            return -1;
        }

        private static boolean isMonthSpelling(String word, int monthIndex) {
            if (word.length() == 3) {
                return true;
            }
            String full = java.time.Month.of(monthIndex + 1).name().toLowerCase(Locale.ROOT);
            return full.equals(word) || (monthIndex == 8 && word.equals("sept"));
        }

        /** End of text, or a time after a space, a T or a comma. */
        boolean atEndOrTime() {
            if (position >= text.length()) {
                return true;
            }
            char c = text.charAt(position);
            if ((c == ' ' || c == 'T' || c == ',') && position + 1 < text.length()) {
                int next = position + 1;
                while (next < text.length() && text.charAt(next) == ' ') {
                    next++;
                }
                return next < text.length() && Character.isDigit(text.charAt(next));
            }
            return false;
        }
    }
}
