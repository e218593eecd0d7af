package uk.supportbudget.domain.plan;

/** How often a funding component is paid. */
public enum Cycle {
    WEEKLY("Weekly"),
    FOUR_WEEKLY("Every 4 weeks"),
    MONTHLY("Monthly"),
    QUARTERLY("Quarterly"),
    ANNUAL("Yearly");

    private final String label;

    Cycle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
