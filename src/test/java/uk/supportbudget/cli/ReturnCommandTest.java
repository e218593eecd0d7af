package uk.supportbudget.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.testing.CliRun;

/** The {@code return} command against the example book: figures, the PDF, and every refusal. */
class ReturnCommandTest {

    @TempDir
    static Path folder;
    static Path book;
    static LocalDate planStart;
    static LocalDate today;

    @BeforeAll
    static void exampleBook() {
        book = folder.resolve("demo.sbook");
        assertEquals(0, CliRun.of("demo-book", "--book", book.toString()).exit());
        today = LocalDate.now();
        planStart = today.withDayOfMonth(1).minusMonths(7);
    }

    private static CliRun returnFor(LocalDate from, LocalDate to, Path out, String... extra) {
        String[] args = {"return", "--book", book.toString(), "--from", from.toString(), "--to", to.toString(),
                "--out", out.toString()};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CliRun.of(all);
    }

    @ParameterizedTest
    @CsvSource({"0, 3, ''", "3, 3, ''", "0, 7, ''", "0, 3, nhs", "0, 7, council", "0, 7, contribution",
            "0, 3, 'NHS Westshire ICB'", "0, 3, '--council=northmoor'", "0, 7, '--council=eastvale'"})
    void figuresReconcileForQuartersAndTheYearSoFar(int startMonths, int months, String option) throws IOException {
        LocalDate from = planStart.plusMonths(startMonths);
        LocalDate to = from.plusMonths(months).minusDays(1);
        Path out = folder.resolve("return-" + startMonths + "-" + months + option.hashCode() + ".pdf");
        CliRun run = option.isEmpty() ? returnFor(from, to, out)
                : option.startsWith("--") ? returnFor(from, to, out, option) : returnFor(from, to, out, "--funder", option);
        assertEquals(0, run.exit(), run.toString());
        JsonNode json = run.json();
        Iterator<String> names = json.fieldNames();
        for (String expected : new String[] {"opening", "moneyIn", "moneyOut", "closing", "bankBalance", "difference",
                "surplus", "weeksHeld", "byCategory"}) {
            assertEquals(expected, names.next(), "the contract's fields come first, in order");
        }
        Money opening = money(json, "opening");
        Money in = money(json, "moneyIn");
        Money out2 = money(json, "moneyOut");
        assertEquals(money(json, "closing"), opening.plus(in).minus(out2), "closing = opening + in - out");
        assertTrue(!in.isNegative() && !out2.isNegative());
        Money categories = Money.ZERO;
        for (Iterator<Map.Entry<String, JsonNode>> it = json.get("byCategory").fields(); it.hasNext(); ) {
            Money amount = Money.parse(it.next().getValue().asText());
            assertTrue(amount.isPositive());
            categories = categories.plus(amount);
        }
        assertEquals(out2, categories, "byCategory adds up to moneyOut");
        assertTrue(json.get("weeksHeld").asText().matches("-?\\d+\\.\\d{1,2}"), json.get("weeksHeld").asText());
        assertEquals(money(json, "closing").minus(money(json, "bankBalance")), money(json, "difference"));
        assertTrue(Files.size(out) > 1000);
        assertEquals("%PDF", new String(Files.readAllBytes(out), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void thePdfShowsTheSameFiguresWithTheReferenceAndPageNumberOnEveryPage() throws IOException {
        Path out = folder.resolve("quarter.pdf");
        CliRun run = returnFor(planStart, planStart.plusMonths(3).minusDays(1), out);
        assertEquals(0, run.exit(), run.toString());
        JsonNode json = run.json();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            int pages = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("Council reference: ASC-204816"), "reference on page " + page);
                assertTrue(text.contains("Page " + page + " of " + pages), "page number on page " + page);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String summary = stripper.getText(pdf);
            for (String field : new String[] {"opening", "moneyIn", "moneyOut", "closing", "bankBalance", "surplus"}) {
                assertTrue(summary.contains(money(json, field).display()), field + " " + money(json, field).display()
                        + " on the summary page");
            }
            json.get("byCategory").fields().forEachRemaining(e -> assertTrue(
                    summary.contains(e.getKey()) && summary.contains(Money.parse(e.getValue().asText()).display()),
                    e.getKey() + " on the summary page"));
            assertTrue(summary.contains(json.get("weeksHeld").asText() + " weeks"));
            stripper.setEndPage(pages);
            String all = stripper.getText(pdf);
            assertTrue(all.contains("Alex Morgan") && all.contains("14 May 1988") && all.contains("Ruth Morgan (mother)"));
            assertTrue(all.contains("****4958") && !all.contains(" 4958 "), "account numbers are masked");
            assertTrue(all.contains("H.  Declaration") && all.contains("G.  Evidence checklist"));
            assertTrue(java.util.regex.Pattern.compile("EV-\\d{4}").matcher(all).find(),
                    "evidence references in the lines and the evidence pack");
            assertTrue(all.contains("Evidence pack"));
        }
    }

    @Test
    void theBookIsNotChanged() throws IOException {
        Path copy = folder.resolve("unchanged.sbook");
        Files.copy(book, copy);
        byte[] before = Files.readAllBytes(copy);
        CliRun run = CliRun.of("return", "--book", copy.toString(), "--from", planStart.toString(), "--to",
                today.toString(), "--out", folder.resolve("unchanged.pdf").toString());
        assertEquals(0, run.exit(), run.toString());
        assertArrayEquals(before, Files.readAllBytes(copy));
    }

    @Test
    void aPeriodWithNoTransactionsIsAValidEmptyReturnAndSaysSo() {
        LocalDate future = today.plusMonths(2);
        Path out = folder.resolve("empty.pdf");
        CliRun run = returnFor(future, future.plusDays(6), out);
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("There are no transactions from " + future), run.err());
        assertEquals("0.00", run.json().get("moneyOut").asText());
        assertEquals(run.json().get("opening").asText(), run.json().get("closing").asText());
        assertTrue(Files.exists(out));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "before | 0 | '' | before the plan starts on",
            "swapped | 0 | '' | after it ends on",
            "ok | 0 | --funder=ILF | does not fund this plan; the funders are: council (Westshire County Council)",
            "ok | 0 | --funder=Grandma | \"Grandma\" does not fund this plan",
            "ok | 0 | --council=nowhere | There is no council profile called \"nowhere\". The profiles available are: westshire",
            "ok | 1 | '' | does not exist; choose an existing folder",
    })
    void refusalsAreClearAndWriteNothing(String period, int badFolder, String option, String message) {
        LocalDate from = switch (period) {
            case "before" -> planStart.minusYears(1).minusMonths(3); // the example's first plan year is the one before this
            case "swapped" -> planStart.plusMonths(2);
            default -> planStart;
        };
        LocalDate to = period.equals("swapped") ? planStart : from.plusMonths(1);
        Path out = badFolder == 1 ? folder.resolve("no-such-folder").resolve("r.pdf") : folder.resolve("refused.pdf");
        CliRun run = option.isEmpty() ? returnFor(from, to, out) : returnFor(from, to, out, option);
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one sentence: " + run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void aProfileFileWithAMissingFieldIsNamed() throws IOException {
        Path profile = folder.resolve("my-council.json");
        Files.writeString(profile, """
                {"id": "mine", "name": "Mine", "councilName": "My Council", "contactAddress": "Town Hall",
                 "frequency": "quarterly", "dueDays": 28, "categories": ["All"], "mapping": {},
                 "evidenceRequired": ["Statements"], "declaration": "True."}""");
        Path out = folder.resolve("profile.pdf");
        CliRun run = returnFor(planStart, planStart.plusMonths(1), out, "--council", profile.toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("The council profile my-council.json has no \"retentionYears\" field"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("return", "--book", book.toString(), "--from", "2025-13-01", "--to", "2025-12-31",
                "--out", "x.pdf").exit());
        assertEquals(2, CliRun.of("return", "--book", book.toString()).exit());
        assertEquals(0, CliRun.of("return", "--help").exit());
    }

    private static Money money(JsonNode json, String field) {
        return Money.parse(json.get(field).asText());
    }
}
