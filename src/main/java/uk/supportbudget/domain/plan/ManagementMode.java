package uk.supportbudget.domain.plan;

/** Who holds and spends the money of a funding component. */
public enum ManagementMode {
    DIRECT_PAYMENT("Direct payment"),
    COUNCIL_MANAGED("Council-managed (notional)"),
    ISF("Individual service fund"),
    THIRD_PARTY("Third party / managed account");

    private final String label;

    ManagementMode(String label) {
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
