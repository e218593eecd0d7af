package uk.supportbudget.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.payroll.TaxAndNi;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.service.payroll.RatesLoader;

/** {@code payroll-calc}: income tax and Class 1 NI for one pay period, or for every row of a CSV file. See CLI.md. */
@Command(name = "payroll-calc",
        mixinStandardHelpOptions = true,
        description = {"Works out PAYE income tax and Class 1 National Insurance for one pay period, from first principles.",
                "Either give one period with the options below, or --batch FILE.csv with the header",
                "id,tax_year,frequency,period,tax_code,week1_month1,ni_category,gross,prev_taxable_pay,prev_tax_paid"})
public final class PayrollCalcCommand extends CliCommand {

    static final String[] BATCH_COLUMNS = {"id", "tax_year", "frequency", "period", "tax_code", "week1_month1", "ni_category",
            "gross", "prev_taxable_pay", "prev_tax_paid"};
    private static final String[] REQUIRED_COLUMNS = {"id", "tax_year", "frequency", "period", "tax_code", "ni_category", "gross"};

    @Option(names = "--tax-year", paramLabel = "YEAR", description = "Tax year, such as 2025-26.")
    String taxYear;

    @Option(names = "--frequency", paramLabel = "FREQUENCY", description = "weekly, fortnightly, four-weekly or monthly.")
    String frequency;

    @Option(names = "--period", paramLabel = "N", description = "Tax week, fortnight, four-week period or month number.")
    Integer period;

    @Option(names = "--tax-code", paramLabel = "CODE", description = "Tax code as HMRC writes it, such as 1257L, S1257L, K585, BR or 1257L M1.")
    String taxCode;

    @Option(names = {"--week1-month1", "--week1", "--month1"}, description = "Operate the code on a week 1 / month 1 (non-cumulative) basis.")
    boolean weekOneMonthOne;

    @Option(names = "--ni-category", paramLabel = "LETTER", description = "National Insurance category letter, such as A.")
    String niCategory;

    @Option(names = "--gross", paramLabel = "AMOUNT", description = "Gross taxable pay for this period, such as 1156.25.")
    String gross;

    @Option(names = "--prev-taxable-pay", paramLabel = "AMOUNT", defaultValue = "0.00",
            description = "Taxable pay in this tax year up to the end of the previous period (default ${DEFAULT-VALUE}).")
    String previousTaxablePay;

    @Option(names = "--prev-tax-paid", paramLabel = "AMOUNT", defaultValue = "0.00",
            description = "Tax paid in this tax year up to the end of the previous period (default ${DEFAULT-VALUE}).")
    String previousTaxPaid;

    @Option(names = "--batch", paramLabel = "FILE.csv", description = "Work out every row of a CSV file; prints CSV.")
    Path batch;

    @Override
    public Integer call() {
        if (batch != null) {
            if (taxYear != null || frequency != null || period != null || taxCode != null || niCategory != null || gross != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Give either --batch or the options for one period, not both.");
            }
            runBatch(batch);
            return Cli.OK;
        }
        List<String> missing = new ArrayList<>();
        if (taxYear == null) {
            missing.add("--tax-year");
        }
        if (frequency == null) {
            missing.add("--frequency");
        }
        if (period == null) {
            missing.add("--period");
        }
        if (taxCode == null) {
            missing.add("--tax-code");
        }
        if (niCategory == null) {
            missing.add("--ni-category");
        }
        if (gross == null) {
            missing.add("--gross");
        }
        if (!missing.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing " + String.join(", ", missing)
                    + " (or give --batch FILE.csv).");
        }
        Calculation calculation = calculate(taxYear, frequency, Integer.toString(period), taxCode, weekOneMonthOne, niCategory,
                gross, previousTaxablePay, previousTaxPaid);
        printJson(toJson(calculation));
        return Cli.OK;
    }

    /** One row's parsed input and result. */
    record Calculation(TaxYear taxYear, PayPeriod period, TaxCode code, NiCategory category, Money gross, TaxAndNi result) {
    }

    static Calculation calculate(String taxYearText, String frequencyText, String periodText, String codeText,
            boolean weekOneMonthOne, String categoryText, String grossText, String previousPayText, String previousTaxText) {
        return calculate(taxYearText, frequencyText, periodText, codeText, weekOneMonthOne, categoryText, grossText, previousPayText,
                previousTaxText, true);
    }

    static Calculation calculate(String taxYearText, String frequencyText, String periodText, String codeText,
            boolean weekOneMonthOne, String categoryText, String grossText, String previousPayText, String previousTaxText,
            boolean explain) {
        TaxYear year = TaxYear.parse(taxYearText);
        PayFrequency payFrequency = PayFrequency.parse(frequencyText);
        PayPeriod payPeriod = new PayPeriod(payFrequency, parsePeriod(periodText));
        TaxCode code = TaxCode.parse(codeText).withNonCumulative(weekOneMonthOne);
        NiCategory category = NiCategory.parse(categoryText);
        Money grossPay = amount(grossText, "gross pay");
        Money previousPay = optionalAmount(previousPayText, "previous taxable pay");
        Money previousTax = optionalAmount(previousTaxText, "previous tax paid");
        TaxAndNi result = TaxAndNi.calculate(RatesLoader.standard().forYear(year), payPeriod, code, category, grossPay, previousPay, previousTax,
                explain);
        return new Calculation(year, payPeriod, code, category, grossPay, result);
    }

    private static int parsePeriod(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 3 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Refusal("\"" + trimmed + "\" is not a period number; give the tax week or month as a whole number, such as 1.");
        }
        return Integer.parseInt(trimmed);
    }

    private static Money amount(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new Refusal("The " + what + " is missing; give an amount such as 1156.25.");
        }
        try {
            return Money.parseLenient(text);
        } catch (Refusal refusal) {
            throw new Refusal("The " + what + " \"" + text.strip() + "\" is not an amount; give pounds and pence such as 1156.25.");
        }
    }

    private static Money optionalAmount(String text, String what) {
        return text == null || text.isBlank() ? Money.ZERO : amount(text, what);
    }

    private static Map<String, Object> toJson(Calculation calculation) {
        TaxAndNi result = calculation.result();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tax", result.tax().tax().plain());
        json.put("employeeNi", result.ni().employee().plain());
        json.put("employerNi", result.ni().employer().plain());
        json.put("taxYear", calculation.taxYear().toString());
        json.put("frequency", calculation.period().frequency().cliName());
        json.put("period", calculation.period().number());
        json.put("taxCode", calculation.code().code());
        json.put("basis", result.tax().cumulative() ? "cumulative" : "week1-month1");
        json.put("niCategory", calculation.category().name());
        json.put("gross", calculation.gross().plain());
        json.put("payToDate", result.tax().payToDate().plain());
        json.put("freePay", result.tax().freePay().plain());
        json.put("additionalPay", result.tax().additionalPay().plain());
        json.put("taxablePay", result.tax().taxablePay().plain());
        json.put("taxDue", result.tax().taxDue().plain());
        json.put("overridingLimitApplied", result.tax().overridingLimitApplied());
        json.put("earningsReachLowerEarningsLimit", result.ni().earningsAtOrAboveLowerEarningsLimit());
        Map<String, String> explanation = new LinkedHashMap<>();
        explanation.put("tax", result.tax().explanation());
        explanation.put("ni", result.ni().explanation());
        json.put("explanation", explanation);
        return json;
    }

    private void runBatch(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Refusal("The batch file " + file + " does not exist; check the path.");
        } catch (IOException | UncheckedIOException e) {
            throw new Refusal("The batch file " + file + " could not be read (" + e.getClass().getSimpleName()
                    + "); check it is a readable UTF-8 CSV file.");
        }
        List<List<String>> rows = Csv.parse(content);
        if (rows.isEmpty()) {
            throw new Refusal("The batch file " + file + " is empty; it needs the header " + String.join(",", BATCH_COLUMNS) + ".");
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!columns.containsKey(required)) {
                throw new Refusal("The batch file " + file + " has no " + required + " column; its first line must be "
                        + String.join(",", BATCH_COLUMNS) + ".");
            }
        }
        try {
            Writer writer = new BufferedWriter(out(), 1 << 16);
            writer.write("id,tax,employee_ni,employer_ni,error\n");
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (isBlank(row)) {
                    continue;
                }
                writer.write(batchLine(row, columns));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().flush();
    }

    private static boolean isBlank(List<String> row) {
        for (String cell : row) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String batchLine(List<String> row, Map<String, Integer> columns) {
        String id = cell(row, columns, "id");
        StringBuilder line = new StringBuilder(64).append(Csv.quote(id)).append(',');
        try {
            Calculation calculation = calculate(cell(row, columns, "tax_year"), cell(row, columns, "frequency"),
                    cell(row, columns, "period"), cell(row, columns, "tax_code"), yesNo(cell(row, columns, "week1_month1")),
                    cell(row, columns, "ni_category"), cell(row, columns, "gross"), cell(row, columns, "prev_taxable_pay"),
                    cell(row, columns, "prev_tax_paid"), false);
            TaxAndNi result = calculation.result();
            line.append(result.tax().tax().plain()).append(',').append(result.ni().employee().plain()).append(',')
                    .append(result.ni().employer().plain()).append(",\n");
        } catch (Refusal refusal) {
            line.append(",,,").append(Csv.quote(refusal.getMessage())).append('\n');
        } catch (RuntimeException unexpected) {
            line.append(",,,").append(Csv.quote("This row could not be calculated (" + unexpected.getClass().getSimpleName()
                    + "); check its figures.")).append('\n');
        }
        return line.toString();
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    static boolean yesNo(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "", "false", "0", "no", "n", "f":
                return false;
            case "true", "1", "yes", "y", "t":
                return true;
            default:
                throw new Refusal("\"" + text.strip() + "\" in week1_month1 is not a yes or no; use true or false.");
        }
    }
}
