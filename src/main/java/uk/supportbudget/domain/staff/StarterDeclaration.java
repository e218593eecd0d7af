package uk.supportbudget.domain.staff;

/**
 * How a new PA's tax starts: HMRC's starter checklist statement A, B or C, or the figures on the
 * P45 from their last job.
 */
public enum StarterDeclaration {
    A("Statement A: first job since 6 April, no benefits or pensions"),
    B("Statement B: only job now, but had another since 6 April"),
    C("Statement C: has another job or a pension"),
    P45("P45 from the previous job");

    private final String label;

    StarterDeclaration(String label) {
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
