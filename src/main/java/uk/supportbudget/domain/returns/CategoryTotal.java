package uk.supportbudget.domain.returns;

import java.util.List;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;

/** Money in or out under one of our categories ({@code null}: not yet categorised), with its lines. */
public record CategoryTotal(Category category, Money total, List<ReturnLine> lines) {

    /** What the return calls a share with no category yet. */
    public static final String UNCATEGORISED = "Uncategorised";

    public CategoryTotal {
        lines = List.copyOf(lines);
    }

    /** The category's label as the ledger command prints it. */
    public String label() {
        return category == null ? UNCATEGORISED : category.label();
    }
}
