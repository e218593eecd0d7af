package uk.supportbudget.service.payroll;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.AutoEnrolmentThresholds;
import uk.supportbudget.domain.payroll.MinimumWageBand;
import uk.supportbudget.domain.payroll.MinimumWageRates;
import uk.supportbudget.domain.payroll.NiRates;
import uk.supportbudget.domain.payroll.NiThresholds;
import uk.supportbudget.domain.payroll.RatesTable;
import uk.supportbudget.domain.payroll.RegionBands;
import uk.supportbudget.domain.payroll.StatutorySickPayRates;
import uk.supportbudget.domain.payroll.StudentLoanPlan;
import uk.supportbudget.domain.payroll.StudentLoanRates;
import uk.supportbudget.domain.payroll.TaxRegion;

/**
 * Reads the payroll rate files (with Jackson's streaming parser) {@code rates/<tax year>.json} from the class path, one year at a time
 * and only when first asked for, and turns each into the domain's {@link RatesTable}. Supporting a
 * new tax year is a data change: add {@code rates/2027-28.json} (and list it in {@code rates/index.json}).
 */
public final class RatesLoader {

    private static final String FOLDER = "/rates/";
    private static final RatesLoader CLASS_PATH = new RatesLoader();

    private final Map<TaxYear, RatesTable> loaded = new ConcurrentHashMap<>();

    /** The loader over the rate files shipped in the application. */
    public static RatesLoader standard() {
        return CLASS_PATH;
    }

    /** The rates for a tax year; refuses a year the app has no rate file for. */
    public RatesTable forYear(TaxYear year) {
        RatesTable table = loaded.get(year);
        if (table == null) {
            table = read(year);
            loaded.putIfAbsent(year, table);
        }
        return table;
    }

    /** The tax years listed in {@code rates/index.json}, oldest first. */
    public List<TaxYear> availableYears() {
        RateFileNode index = readJson(FOLDER + "index.json");
        List<TaxYear> years = new ArrayList<>();
        if (index != null) {
            index.path("taxYears").elements().forEachRemaining(node -> years.add(TaxYear.parse(node.asText())));
        }
        years.sort(null);
        return years;
    }

    private RatesTable read(TaxYear year) {
        RateFileNode root = readJson(FOLDER + year + ".json");
        if (root == null) {
            throw new Refusal("There are no payroll rates for tax year " + year + "; this version of Support Budget knows "
                    + describe(availableYears()) + ".");
        }
        try {
            return toTable(year, root);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The rate file for " + year + " is damaged: " + e.getMessage(), e);
        }
    }

    private RateFileNode readJson(String resource) {
        try (InputStream in = RatesLoader.class.getResourceAsStream(resource)) {
            return in == null ? null : RateFileNode.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static String describe(List<TaxYear> years) {
        if (years.isEmpty()) {
            return "no tax years";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            text.append(i == 0 ? "" : i == years.size() - 1 ? " and " : ", ").append(years.get(i));
        }
        return text.toString();
    }

    static RatesTable toTable(TaxYear year, RateFileNode root) {
        if (!year.toString().equals(root.path("taxYear").asText())) {
            throw new IllegalArgumentException("file says it is for " + root.path("taxYear").asText());
        }
        RateFileNode incomeTax = root.path("incomeTax");
        Map<TaxRegion, RegionBands> regions = new EnumMap<>(TaxRegion.class);
        for (TaxRegion region : TaxRegion.values()) {
            regions.put(region, bands(required(incomeTax.path("regions"), region.dataKey())));
        }
        RateFileNode ni = root.path("nationalInsurance");
        Map<PayFrequency, NiThresholds> thresholds = new EnumMap<>(PayFrequency.class);
        Map<PayFrequency, AutoEnrolmentThresholds> autoEnrolment = new EnumMap<>(PayFrequency.class);
        for (PayFrequency frequency : PayFrequency.values()) {
            RateFileNode t = required(ni.path("thresholds"), frequency.cliName());
            thresholds.put(frequency, new NiThresholds(pounds(t, "lel"), pounds(t, "pt"), pounds(t, "st"), pounds(t, "uel"),
                    pounds(t, "ust"), pounds(t, "aust"), pounds(t, "vust"), pounds(t, "fust")));
            RateFileNode ae = required(root.path("autoEnrolment"), frequency.cliName());
            autoEnrolment.put(frequency, new AutoEnrolmentThresholds(pounds(ae, "trigger"), pounds(ae, "lower"), pounds(ae, "upper")));
        }
        NiRates niRates = new NiRates(percent(ni, "employeeMainPercent"), percent(ni, "employeeReducedPercent"),
                percent(ni, "employeeAdditionalPercent"), percent(ni, "employerPercent"), thresholds, pounds(ni, "employmentAllowance"));

        RateFileNode loans = root.path("studentLoans");
        Map<StudentLoanPlan, Money> loanThresholds = new EnumMap<>(StudentLoanPlan.class);
        for (StudentLoanPlan plan : StudentLoanPlan.values()) {
            RateFileNode value = loans.path("annualThresholds").path(plan.dataKey());
            if (!value.isMissingNode()) {
                loanThresholds.put(plan, decimalPounds(value));
            }
        }
        StudentLoanRates studentLoans = new StudentLoanRates(loanThresholds, percent(loans, "planPercent"), percent(loans, "postgraduatePercent"));

        RateFileNode ssp = root.path("statutorySickPay");
        StatutorySickPayRates sickPay = new StatutorySickPayRates(pounds(ssp, "weeklyRate"), required(ssp, "waitingDays").asInt(),
                required(ssp, "lowerEarningsLimitApplies").asBoolean(), percent(ssp, "capPercentOfAverageWeeklyEarnings"),
                required(ssp, "periodOfIncapacityMinimumDays").asInt(), required(ssp, "linkingGapMaximumDays").asInt(),
                required(ssp, "maximumWeeks").asInt());

        RateFileNode nmw = root.path("nationalMinimumWage");
        Map<MinimumWageBand, Money> hourly = new EnumMap<>(MinimumWageBand.class);
        for (MinimumWageBand band : MinimumWageBand.values()) {
            hourly.put(band, pounds(nmw.path("hourly"), band.dataKey()));
        }
        MinimumWageRates minimumWage = new MinimumWageRates(LocalDate.parse(required(nmw, "from").asText()), hourly);

        return new RatesTable(year, pounds(incomeTax, "personalAllowance"), regions, percent(incomeTax, "overridingLimitPercent"),
                niRates, studentLoans, autoEnrolment, sickPay, minimumWage);
    }

    private static RegionBands bands(RateFileNode region) {
        List<String> names = new ArrayList<>();
        List<Percentage> rates = new ArrayList<>();
        List<Long> limits = new ArrayList<>();
        Iterator<RateFileNode> bands = required(region, "bands").elements();
        while (bands.hasNext()) {
            RateFileNode band = bands.next();
            names.add(required(band, "name").asText());
            rates.add(percent(band, "rate"));
            if (band.has("upTo")) {
                limits.add(band.path("upTo").longValue());
            }
        }
        int basic = names.indexOf(required(region, "basicRate").asText());
        return new RegionBands(names, rates, limits, basic);
    }

    private static RateFileNode required(RateFileNode parent, String field) {
        RateFileNode node = parent.path(field);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return node;
    }

    private static Money pounds(RateFileNode parent, String field) {
        return decimalPounds(required(parent, field));
    }

    private static Money decimalPounds(RateFileNode node) {
        return Money.fromDecimal(new BigDecimal(node.asText()));
    }

    private static Percentage percent(RateFileNode parent, String field) {
        return Percentage.parse(required(parent, field).asText());
    }
}
