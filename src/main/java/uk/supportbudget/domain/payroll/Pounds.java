package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;

/**
 * Money as people read it in the explanations ({@code £1,156.25}, {@code -£12.00}): {@link Money#display()},
 * which groups the digits by hand so that thousands of explanations a second stay cheap.
 */
final class Pounds {

    private Pounds() {
    }

    static String of(Money money) {
        return of(money.pence());
    }

    static String of(long pence) {
        return Money.ofPence(pence).display();
    }
}
