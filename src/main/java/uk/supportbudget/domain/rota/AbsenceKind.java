package uk.supportbudget.domain.rota;

/** Why a PA is away from the rota. */
public enum AbsenceKind {
    HOLIDAY("Holiday"),
    SICKNESS("Sickness");

    private final String label;

    AbsenceKind(String label) {
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
