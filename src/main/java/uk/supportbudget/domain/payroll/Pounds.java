package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;

/**
 * Money as people read it in the explanations ({@code £1,156.25}, {@code -£12.00}); the same form as
 * {@link Money#display()}, written out by hand because the batch calculator builds thousands of
 * explanations a second and a {@code DecimalFormat} per figure would dominate its run time.
 */
final class Pounds {

    private Pounds() {
    }

    static String of(Money money) {
        return of(money.pence());
    }

    static String of(long pence) {
        StringBuilder text = new StringBuilder(16);
        if (pence < 0) {
            text.append('-');
        }
        long magnitude = Math.abs(pence);
        String pounds = Long.toString(magnitude / 100);
        text.append('£');
        int firstGroup = pounds.length() % 3 == 0 ? 3 : pounds.length() % 3;
        text.append(pounds, 0, firstGroup);
        for (int i = firstGroup; i < pounds.length(); i += 3) {
            text.append(',').append(pounds, i, i + 3);
        }
        long remainder = magnitude % 100;
        text.append('.').append(remainder < 10 ? "0" : "").append(remainder);
        return text.toString();
    }
}
