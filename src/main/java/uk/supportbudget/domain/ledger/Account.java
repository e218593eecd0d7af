package uk.supportbudget.domain.ledger;

import java.time.LocalDate;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;

/** An account the budget is held in, with the balance it had when the book started following it. */
public record Account(long id, String name, AccountKind kind, String provider, String numberLast4,
                      Money openingBalance, LocalDate openingOn) {

    public Account {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(openingOn, "openingOn");
        if (name == null || name.isBlank()) {
            throw new Refusal("Please give the account a name, such as \"Direct payment account\".");
        }
        name = name.strip();
        provider = provider == null ? "" : provider.strip();
        numberLast4 = numberLast4 == null ? "" : numberLast4.strip();
        if (!numberLast4.isEmpty() && !numberLast4.matches("\\d{4}")) {
            throw new Refusal("Only the last four digits of the account number are kept; please type four digits.");
        }
    }

    public Account withId(long newId) {
        return new Account(newId, name, kind, provider, numberLast4, openingBalance, openingOn);
    }
}
