package uk.supportbudget.domain.staff;

/** Where a PA stands with the workplace pension; the payroll assesses them every pay run. */
public enum PensionStatus {
    NOT_YET_ASSESSED("Not yet assessed"),
    ENROLLED("Enrolled automatically"),
    OPTED_IN("Opted in"),
    JOINED_ON_REQUEST("Joined at their request"),
    OPTED_OUT("Opted out"),
    POSTPONED("Assessment postponed"),
    NOT_ELIGIBLE("Not eligible at present");

    private final String label;

    PensionStatus(String label) {
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
