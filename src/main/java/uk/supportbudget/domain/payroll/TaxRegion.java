package uk.supportbudget.domain.payroll;

/** Whose income tax bands apply: the code prefix S means Scotland, C means Wales, none means England or Northern Ireland. */
public enum TaxRegion {
    REST_OF_UK("", "rUK"),
    SCOTLAND("S", "scotland"),
    WALES("C", "wales");

    private final String prefix;
    private final String dataKey;

    TaxRegion(String prefix, String dataKey) {
        this.prefix = prefix;
        this.dataKey = dataKey;
    }

    public String prefix() {
        return prefix;
    }

    /** The key of this region's bands in the rate files. */
    public String dataKey() {
        return dataKey;
    }
}
