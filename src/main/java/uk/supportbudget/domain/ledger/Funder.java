package uk.supportbudget.domain.ledger;

import java.util.Arrays;
import java.util.Optional;

/** Who the money comes from. A person's budget can mix several. */
public enum Funder {
    COUNCIL("Council"),
    NHS("NHS personal health budget"),
    ILF("Independent Living Fund"),
    CONTRIBUTION("Own contribution"),
    OTHER("Other");

    private final String label;

    Funder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a stored code or a label, case-insensitively. */
    public static Optional<Funder> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(wanted) || f.label.equalsIgnoreCase(wanted))
                .findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
