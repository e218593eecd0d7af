package uk.supportbudget.domain.returns;

import java.util.Objects;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;

/**
 * A part of a transaction as the return counts it: a whole transaction has one share, a split
 * one has a share per split row. {@code category} and {@code funder} may be null (not chosen yet).
 */
public record Share(Category category, Funder funder, Money amount) {
    public Share {
        Objects.requireNonNull(amount, "amount");
    }
}
