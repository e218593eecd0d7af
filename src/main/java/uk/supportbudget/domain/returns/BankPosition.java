package uk.supportbudget.domain.returns;

import java.util.List;

import uk.supportbudget.domain.money.Money;

/**
 * The accounts at the end of the period. {@code balance} is the ledger balance of every account
 * (until statement balances are recorded on their own, the bank balance is the ledger balance).
 * For accounts where transactions have been ticked off against a statement, the ones not yet ticked
 * are {@code uncleared}, and {@link #statementBalance()} is what the statements should show.
 */
public record BankPosition(Money balance, List<ReturnLine> uncleared, boolean statementsRecorded) {

    public BankPosition {
        uncleared = List.copyOf(uncleared);
    }

    /** What the bank statements should show: the ledger balance less the items not yet through the bank. */
    public Money statementBalance() {
        return balance.minus(unclearedNet());
    }

    public Money unclearedNet() {
        return uncleared.stream().map(ReturnLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
