package uk.supportbudget.domain.ledger;

import java.util.Objects;

import uk.supportbudget.domain.Refusal;

/**
 * "When the payee (or failing that the description) contains {@code contains}, the money is for
 * {@code category}, paid from {@code funder}." Rules are tried in {@code position} order; the
 * first that fits wins.
 *
 * @param id       0 until stored
 * @param position the order rules are tried in, lowest first
 * @param contains the words to look for, matched case-insensitively
 * @param category what the money is for
 * @param funder   who pays for it, or null when the rule does not say
 */
public record PayeeRule(long id, int position, String contains, Category category, Funder funder) {

    public PayeeRule {
        if (contains == null || contains.isBlank()) {
            throw new Refusal("Please type the words the payee contains, such as \"Bright Care\".");
        }
        contains = contains.strip();
        Objects.requireNonNull(category, "category");
    }

    public static PayeeRule of(String contains, Category category, Funder funder) {
        return new PayeeRule(0, 0, contains, category, funder);
    }

    public PayeeRule withId(long newId, int newPosition) {
        return new PayeeRule(newId, newPosition, contains, category, funder);
    }
}
