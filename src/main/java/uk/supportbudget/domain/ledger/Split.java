package uk.supportbudget.domain.ledger;

import java.util.List;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;

/**
 * One part of a transaction shared across categories or funders, such as a shop receipt that is
 * partly equipment and partly something the plan does not allow. Parts carry the same sign as
 * the transaction and together add up exactly to it.
 */
public record Split(Category category, Funder funder, Money amount, String note) {

    public Split {
        Objects.requireNonNull(amount, "amount");
        if (category == null) {
            throw new Refusal("Each part of a split needs a category.");
        }
        if (category == Category.TRANSFER) {
            throw new Refusal("A part of a split cannot be a transfer; move money between accounts with a transfer.");
        }
        if (amount.isZero()) {
            throw new Refusal("Each part of a split needs an amount; remove parts of £0.00.");
        }
        note = note == null ? "" : note.strip();
    }

    /**
     * Refuses parts that do not make up {@code whole}: at least two, each the same way round as
     * the transaction, adding up to it to the penny.
     */
    public static void checkParts(Money whole, List<Split> parts) {
        if (parts.size() < 2) {
            throw new Refusal("A split needs at least two parts; with one part, just choose the category.");
        }
        Money sum = Money.ZERO;
        for (Split part : parts) {
            if (part.amount().isNegative() != whole.isNegative()) {
                throw new Refusal("Every part must go the same way as the payment: all money out, or all money in.");
            }
            sum = sum.plus(part.amount());
        }
        if (!sum.equals(whole)) {
            throw new Refusal("The parts add up to " + sum.abs().display() + " but the payment is "
                    + whole.abs().display() + "; change the parts so they add up to it exactly.");
        }
    }

    /** The part with the most money: it stands for the whole where one category is shown. */
    public static Split largest(List<Split> parts) {
        return parts.stream().max(java.util.Comparator.comparingLong(p -> p.amount().abs().pence())).orElseThrow();
    }
}
