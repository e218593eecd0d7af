package uk.supportbudget.domain.rota;

/** What kind of shift it is, which decides how it is paid. */
public enum ShiftType {
    DAY("Day", false, true),
    NIGHT("Night", true, true),
    SLEEP_IN("Sleep-in", true, false),
    WAKING_NIGHT("Waking night", true, true),
    BANK_HOLIDAY("Bank holiday", false, true);

    private final String label;
    private final boolean overnight;
    private final boolean allHoursPaid;

    ShiftType(String label, boolean overnight, boolean allHoursPaid) {
        this.label = label;
        this.overnight = overnight;
        this.allHoursPaid = allHoursPaid;
    }

    public String label() {
        return label;
    }

    /** Whether this kind of shift may run past midnight. */
    public boolean overnight() {
        return overnight;
    }

    /** Every hour is paid (true) or, for a sleep-in, a flat allowance plus any hours awake and working. */
    public boolean allHoursPaid() {
        return allHoursPaid;
    }

    @Override
    public String toString() {
        return label;
    }
}
