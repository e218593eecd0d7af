package uk.supportbudget.domain.returns;

import uk.supportbudget.domain.money.Money;

/**
 * Money already owed at the end of the period that the balance must still pay: wages, tax and
 * pension earned since they were last paid, and the council's contingency allowance.
 */
public record Commitments(Money wagesDue, Money hmrcDue, Money pensionDue, Money contingency) {

    public static final Commitments NONE = new Commitments(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Money total() {
        return wagesDue.plus(hmrcDue).plus(pensionDue).plus(contingency);
    }
}
