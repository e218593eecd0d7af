package uk.supportbudget.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PayrollCalcCommandTest {

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String[] single(String... overrides) {
        List<String> args = new java.util.ArrayList<>(List.of("payroll-calc", "--tax-year", "2025-26", "--frequency", "monthly",
                "--period", "1", "--tax-code", "1257L", "--ni-category", "A", "--gross", "1156.25"));
        for (int i = 0; i < overrides.length; i += 2) {
            int at = args.indexOf(overrides[i]);
            if (at >= 0) {
                args.set(at + 1, overrides[i + 1]);
            } else {
                args.add(overrides[i]);
                if (i + 1 < overrides.length && !overrides[i + 1].isEmpty()) {
                    args.add(overrides[i + 1]);
                }
            }
        }
        return args.toArray(String[]::new);
    }

    @Test
    void sanityAnchorPrintsTaxAndNiAsStrings() throws IOException {
        Run run = run(single());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("21.40", json.get("tax").textValue());
        assertEquals("8.66", json.get("employeeNi").textValue());
        assertEquals("110.89", json.get("employerNi").textValue());
        assertEquals("1048.26", json.get("freePay").textValue());
        assertTrue(json.get("explanation").get("tax").textValue().startsWith("Tax: code 1257L, month 1"));
    }

    @Test
    void previousFiguresMakeTheCalculationCumulative() throws IOException {
        Run run = run(single("--period", "3", "--prev-taxable-pay", "2312.50", "--prev-tax-paid", "42.80"));
        assertEquals("21.80", new ObjectMapper().readTree(run.out()).get("tax").textValue());
    }

    @Test
    void refundPrintsANegativeTax() throws IOException {
        Run run = run(single("--period", "2", "--gross", "0.00", "--prev-taxable-pay", "3000.00", "--prev-tax-paid", "390.20"));
        assertEquals(0, run.exit(), run.err());
        assertEquals("-209.60", new ObjectMapper().readTree(run.out()).get("tax").textValue());
    }

    @Test
    void weekOneMonthOneFlagStopsTheRefund() throws IOException {
        Run run = run(single("--period", "2", "--gross", "0.00", "--prev-taxable-pay", "3000.00", "--prev-tax-paid", "390.20",
                "--week1-month1", ""));
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("0.00", json.get("tax").textValue());
        assertEquals("week1-month1", json.get("basis").textValue());
    }

    @ParameterizedTest(name = "{0} {1} is refused with exit 1")
    @CsvSource({"--tax-code, 12Q57", "--gross, -1.00", "--period, 13", "--tax-year, 2019-20", "--ni-category, Q",
            "--frequency, daily", "--tax-year, 2025-27", "--gross, abc"})
    void impossibleInputIsRefusedWithOneSentence(String option, String value) {
        Run run = run(single(option, value));
        assertEquals(1, run.exit(), run.out());
        assertEquals("", run.out());
        String message = run.err().strip();
        assertTrue(message.endsWith(".") && !message.contains("\n") && !message.contains("Exception"), message);
    }

    @Test
    void unknownTaxYearSaysWhichYearsAreKnown() {
        Run run = run(single("--tax-year", "2019-20"));
        assertTrue(run.err().contains("2024-25, 2025-26 and 2026-27"), run.err());
    }

    @ParameterizedTest
    @CsvSource({"--period, x", "--no-such-option, 1"})
    void usageErrorsExitTwo(String option, String value) {
        assertEquals(2, run(single(option, value)).exit());
    }

    @Test
    void missingOptionIsAUsageError() {
        Run run = run("payroll-calc", "--tax-year", "2025-26");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--frequency"), run.err());
    }

    @Test
    void helpWorks() {
        Run run = run("payroll-calc", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--batch"));
    }

    @Test
    void batchComputesEveryRowInOrderAndExplainsBadOnes() throws IOException {
        Path file = folder.resolve("in.csv");
        String content = "\uFEFFid,tax_year,frequency,period,tax_code,week1_month1,ni_category,gross,prev_taxable_pay,prev_tax_paid\r\n"
                + "a1, 2025-26 ,monthly,1,1257L,false,A,1156.25,,\r\n"
                + "a2,2025-26,monthly,1,12Q57,no,A,1156.25,0.00,0.00\r\n"
                + "a3,2025-26,monthly,2,1257L,Y,A,0.00,3000.00,390.20\r\n"
                + "\"a,4\",2025-26,monthly,2,1257L,0,A,0.00,3000.00,390.20\r\n"
                + "a5,2025-26,monthly,13,1257L,false,A,1.00,0,0\r\n"
                + "a6,2025-26,weekly,53,1257L W1,1,A,500.00,0,0\r\n"
                + "a7,2025-26,monthly,1,1257L,maybe,A,1.00,0,0\r\n"
                + "a8,2025-26,monthly,1,K585,TRUE,A,300.00,0,0\r\n";
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Run run = run("payroll-calc", "--batch", file.toString());
        assertEquals(0, run.exit(), run.err());
        List<List<String>> rows = Csv.parse(run.out());
        assertEquals(List.of("id", "tax", "employee_ni", "employer_ni", "error"), rows.get(0));
        assertEquals(List.of("a1", "21.40", "8.66", "110.89", ""), rows.get(1));
        assertEquals("a2", rows.get(2).get(0));
        assertEquals("", rows.get(2).get(1));
        assertTrue(rows.get(2).get(4).contains("\"12Q57\" is not a tax code"), rows.get(2).get(4));
        assertEquals(List.of("a3", "0.00", "0.00", "0.00", ""), rows.get(3));
        assertEquals(List.of("a,4", "-209.60", "0.00", "0.00", ""), rows.get(4));
        assertTrue(rows.get(5).get(4).startsWith("Period 13 does not exist"));
        assertEquals("51.60", rows.get(6).get(1));
        assertTrue(rows.get(7).get(4).contains("week1_month1"));
        assertEquals("150.00", rows.get(8).get(1));
        assertEquals(9, rows.size());
    }

    @Test
    void missingBatchFileExitsOne() {
        Run run = run("payroll-calc", "--batch", folder.resolve("nope.csv").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("does not exist"), run.err());
    }

    @Test
    void batchWithoutTheHeaderExitsOne() throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "1,2,3\n");
        assertEquals(1, run("payroll-calc", "--batch", file.toString()).exit());
    }

    @Test
    void batchAndSingleOptionsTogetherIsAUsageError() throws IOException {
        Path file = folder.resolve("x.csv");
        Files.writeString(file, String.join(",", PayrollCalcCommand.BATCH_COLUMNS) + "\n");
        assertEquals(2, run("payroll-calc", "--batch", file.toString(), "--gross", "1.00").exit());
    }

    @Test
    void tenThousandRowBatchIsFastInProcess() throws IOException {
        Path file = folder.resolve("big.csv");
        StringBuilder content = new StringBuilder(String.join(",", PayrollCalcCommand.BATCH_COLUMNS)).append('\n');
        String[] codes = {"1257L", "S1257L", "K585", "BR", "D0", "NT", "0T", "C1257L M1"};
        String[] frequencies = {"weekly", "fortnightly", "four-weekly", "monthly"};
        String[] years = {"2024-25", "2025-26", "2026-27"};
        for (int i = 0; i < 10_000; i++) {
            content.append(i).append(',').append(years[i % 3]).append(',').append(frequencies[i % 4]).append(',').append(1 + i % 12)
                    .append(',').append(codes[i % codes.length]).append(",false,").append("ABCHJMXZ".charAt(i % 8)).append(',')
                    .append(100 + i % 5000).append(".25,0.00,0.00\n");
        }
        Files.writeString(file, content);
        long start = System.nanoTime();
        Run run = run("payroll-calc", "--batch", file.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, run.exit(), run.err());
        assertEquals(10_001, run.out().lines().count());
        assertTrue(run.out().lines().skip(1).allMatch(line -> line.endsWith(",")), "no row should fail");
        assertTrue(millis < 3_000, "took " + millis + " ms");
    }
}
