package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.store.Book;

/**
 * The PDFs a person hands to others show what that reader needs and no more: the text of each
 * generated PDF is searched for the demo PAs' NI numbers and bank details and the accounts' digits.
 */
class MaskingTest {

    /** Personal data in the demo book that no PDF may print, in the ways it could be written. */
    private static final List<String> NEVER = List.of("QQ 12 34 56", "QQ123456", "QQ 65 43 21", "QQ654321",
            "41234567", "87654321", "20-45-77", "204577", "30-90-12", "309012", "07700 900456");

    @TempDir
    static Path folder;
    private static Book book;
    private static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    static void demo() {
        book = new BookService(Clock.systemDefaultZone()).createDemo(folder.resolve("demo.sbook"));
    }

    @AfterAll
    static void close() {
        book.close();
    }

    private static String councilReturnText() throws IOException {
        ReturnService service = new ReturnService(book, new CouncilProfiles(folder.resolve("councils")));
        ReturnService.Prepared prepared = service.prepare(new ReturnService.Request(TODAY.minusMonths(3).withDayOfMonth(1),
                TODAY, null, null));
        return text(service.render(prepared, TODAY, p -> { }));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theCouncilReturnShowsAccountsAsTheirLastFourDigitsAndNoStaffDetails() throws IOException {
        new PrivacySettings(book).setCouncilCopyShowsAccountDigits(true);
        String text = councilReturnText();
        assertTrue(text.contains("****4958"), "the bank account, masked");
        assertTrue(text.contains("****1207"), "the prepaid card, masked");
        for (String secret : NEVER) {
            assertFalse(text.contains(secret), secret);
        }
    }

    @Test
    void withTheSettingOffTheCouncilCopyShowsNoAccountDigits() throws IOException {
        PrivacySettings settings = new PrivacySettings(book);
        settings.setCouncilCopyShowsAccountDigits(false);
        try {
            String text = councilReturnText();
            assertFalse(text.contains("4958"));
            assertFalse(text.contains("1207"));
            assertTrue(text.contains("Not shown"));
        } finally {
            settings.setCouncilCopyShowsAccountDigits(true);
        }
    }

    @Test
    void timesheetsShowNoNiNumbersOrBankDetails() throws IOException {
        TimesheetService timesheets = new TimesheetService(book);
        List<TimesheetService.Summary> all = timesheets.list();
        assertFalse(all.isEmpty(), "the demo book has timesheets");
        for (TimesheetService.Summary summary : all) {
            String text = text(timesheets.pdf(summary.timesheet().id()));
            assertTrue(text.contains(summary.personalAssistant()));
            for (String secret : NEVER) {
                assertFalse(text.contains(secret), secret);
            }
        }
    }
}
