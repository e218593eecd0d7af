package uk.supportbudget.domain.payroll;

/** The age bands of the National Minimum Wage; 21 and over is the National Living Wage. */
public enum MinimumWageBand {
    AGED_21_AND_OVER("21andOver", "National Living Wage (21 and over)"),
    AGED_18_TO_20("18to20", "18 to 20"),
    UNDER_18("under18", "under 18"),
    APPRENTICE("apprentice", "apprentice");

    private final String dataKey;
    private final String displayName;

    MinimumWageBand(String dataKey, String displayName) {
        this.dataKey = dataKey;
        this.displayName = displayName;
    }

    /**
     * The band for a worker: apprentices under 19, or in the first year of their apprenticeship, get
     * the apprentice rate; everyone else goes by age.
     */
    public static MinimumWageBand forWorker(int age, boolean apprenticeUnder19OrInFirstYear) {
        if (apprenticeUnder19OrInFirstYear) {
            return APPRENTICE;
        }
        if (age >= 21) {
            return AGED_21_AND_OVER;
        }
        return age >= 18 ? AGED_18_TO_20 : UNDER_18;
    }

    public String dataKey() {
        return dataKey;
    }

    public String displayName() {
        return displayName;
    }
}
