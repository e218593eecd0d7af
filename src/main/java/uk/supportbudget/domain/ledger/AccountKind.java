package uk.supportbudget.domain.ledger;

/** The kinds of account people really hold a budget in. */
public enum AccountKind {
    BANK("Bank account"),
    PREPAID_CARD("Prepaid card"),
    VIRTUAL_WALLET("Virtual wallet"),
    CASH("Cash / petty cash"),
    MANAGED_ACCOUNT("Managed account");

    private final String label;

    AccountKind(String label) {
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
