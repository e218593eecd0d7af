package uk.supportbudget.domain.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What money was for, in the words councils use on a direct-payment return. Stored by
 * {@link #name()}; a council profile maps these onto its own list.
 */
public enum Category {
    PA_WAGES("PA wages", Direction.OUT),
    HMRC("HMRC (PAYE and NI)", Direction.OUT),
    PENSION("Workplace pension", Direction.OUT),
    AGENCY_CARE("Agency care", Direction.OUT),
    RESPITE("Respite and short breaks", Direction.OUT),
    DAY_ACTIVITIES("Day activities", Direction.OUT),
    EQUIPMENT("Equipment", Direction.OUT),
    TRANSPORT("Transport", Direction.OUT),
    INSURANCE("Employer's liability insurance", Direction.OUT),
    FEES("Payroll and managed account fees", Direction.OUT),
    DBS_RECRUITMENT("DBS checks and recruitment", Direction.OUT),
    BANK_CHARGES("Bank charges", Direction.OUT),
    OTHER_SUPPORT("Other support in the plan", Direction.OUT),
    NOT_ALLOWED("Not allowed (to pay back)", Direction.OUT),
    COUNCIL_PAYMENT("Council or NHS payment in", Direction.IN),
    CONTRIBUTION("Contribution paid in", Direction.IN),
    REFUND_INTEREST("Refund or interest in", Direction.IN),
    TRANSFER("Transfer between own accounts", Direction.TRANSFER);

    /** Which way money moves for this category. */
    public enum Direction { IN, OUT, TRANSFER }

    private final String label;
    private final Direction direction;

    Category(String label, Direction direction) {
        this.label = label;
        this.direction = direction;
    }

    public String label() {
        return label;
    }

    public Direction direction() {
        return direction;
    }

    public boolean isSpending() {
        return direction == Direction.OUT;
    }

    /** Reads a stored code or a label, case-insensitively; empty when it is neither. */
    public static Optional<Category> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(wanted.replace(' ', '_').replace('-', '_'))
                        || c.label.equalsIgnoreCase(wanted))
                .findFirst();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label;
    }
}
