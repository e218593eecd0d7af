package uk.supportbudget.domain.returns;

import java.time.LocalDate;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;

/**
 * One line of the return: a share of a transaction. Money-in and money-out lines carry positive
 * amounts; an uncleared item keeps its sign (negative for a payment not yet through the bank).
 */
public record ReturnLine(long transactionId, LocalDate date, String account, String payee, String description,
                         String method, Category category, Funder funder, Money amount, String evidenceRef) {

    static ReturnLine of(ReturnEntry entry, Share share, Money amount) {
        var t = entry.transaction();
        return new ReturnLine(t.id(), t.date(), entry.accountName(), t.payee(), t.description(), t.paymentMethod(),
                share.category(), share.funder(), amount, entry.evidenceRef());
    }

    /** Who was paid, or what it was when the bank gave no payee. */
    public String payeeOrDescription() {
        return payee.isEmpty() ? description : payee;
    }
}
