package uk.supportbudget.domain.returns;

import java.util.List;

import uk.supportbudget.domain.money.Money;

/**
 * What the bank says at the end of the period. {@code balance} is the statement balance where
 * transactions have been ticked as reconciled (items not yet ticked are {@code uncleared}), and
 * the ledger balance for accounts where nothing has been reconciled yet ({@code statementsRecorded}
 * is then false and the return says so).
 */
public record BankPosition(Money balance, List<ReturnLine> uncleared, boolean statementsRecorded) {

    public BankPosition {
        uncleared = List.copyOf(uncleared);
    }

    public Money unclearedNet() {
        return uncleared.stream().map(ReturnLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
