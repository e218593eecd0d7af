package uk.supportbudget.domain.payroll;

import java.util.Locale;

import uk.supportbudget.domain.Refusal;

/**
 * Class 1 National Insurance category letters and what each means for the two contributions.
 * The employee side: standard rates, the married women's reduced rate, deferment (only the
 * additional rate above the PT), or none. The employer side: from the secondary threshold, or
 * only above an upper secondary threshold (under 21, apprentice under 25, veteran, freeport), or none.
 */
public enum NiCategory {
    A("standard", EmployeeRates.STANDARD, EmployerFrom.SECONDARY_THRESHOLD),
    B("married woman or widow with reduced rate election", EmployeeRates.REDUCED, EmployerFrom.SECONDARY_THRESHOLD),
    C("over State Pension age", EmployeeRates.NONE, EmployerFrom.SECONDARY_THRESHOLD),
    H("apprentice under 25", EmployeeRates.STANDARD, EmployerFrom.APPRENTICE_UPPER_SECONDARY_THRESHOLD),
    J("deferred (pays NI in another job)", EmployeeRates.DEFERRED, EmployerFrom.SECONDARY_THRESHOLD),
    M("under 21", EmployeeRates.STANDARD, EmployerFrom.UPPER_SECONDARY_THRESHOLD),
    V("veteran in first year of civilian work", EmployeeRates.STANDARD, EmployerFrom.VETERANS_UPPER_SECONDARY_THRESHOLD),
    X("exempt (under 16)", EmployeeRates.NONE, EmployerFrom.NEVER),
    Z("under 21, deferred", EmployeeRates.DEFERRED, EmployerFrom.UPPER_SECONDARY_THRESHOLD),
    F("freeport", EmployeeRates.STANDARD, EmployerFrom.FREEPORT_UPPER_SECONDARY_THRESHOLD),
    I("freeport, married woman or widow with reduced rate election", EmployeeRates.REDUCED, EmployerFrom.FREEPORT_UPPER_SECONDARY_THRESHOLD),
    L("freeport, deferred", EmployeeRates.DEFERRED, EmployerFrom.FREEPORT_UPPER_SECONDARY_THRESHOLD),
    S("freeport, over State Pension age", EmployeeRates.NONE, EmployerFrom.FREEPORT_UPPER_SECONDARY_THRESHOLD);

    /** Which employee rates a category pays. */
    public enum EmployeeRates { STANDARD, REDUCED, DEFERRED, NONE }

    /** Where the employer's contribution starts. */
    public enum EmployerFrom {
        SECONDARY_THRESHOLD, UPPER_SECONDARY_THRESHOLD, APPRENTICE_UPPER_SECONDARY_THRESHOLD,
        VETERANS_UPPER_SECONDARY_THRESHOLD, FREEPORT_UPPER_SECONDARY_THRESHOLD, NEVER
    }

    private final String meaning;
    private final EmployeeRates employeeRates;
    private final EmployerFrom employerFrom;

    NiCategory(String meaning, EmployeeRates employeeRates, EmployerFrom employerFrom) {
        this.meaning = meaning;
        this.employeeRates = employeeRates;
        this.employerFrom = employerFrom;
    }

    public static NiCategory parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (NiCategory category : values()) {
            if (category.name().equals(key)) {
                return category;
            }
        }
        throw new Refusal("\"" + (text == null ? "" : text.strip()) + "\" is not a National Insurance category letter; "
                + "use A, B, C, H, J, M, V, X or Z (or F, I, L, S at a freeport).");
    }

    public String meaning() {
        return meaning;
    }

    public EmployeeRates employeeRates() {
        return employeeRates;
    }

    public EmployerFrom employerFrom() {
        return employerFrom;
    }
}
