package uk.supportbudget.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.service.BookService;
import uk.supportbudget.service.PayrollService;
import uk.supportbudget.store.Book;

/** Payslips, the run summary and the year-end figures from the demo book's payroll, checked for what the law asks a payslip to show. */
class PayrollPdfsTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @Test
    void payslipSummaryAndYearEndShowTheRequiredItems() throws Exception {
        try (Book book = new BookService(CLOCK).createDemo(folder.resolve("demo.sbook"))) {
            PayrollService payroll = new PayrollService(book);
            PayRun october = payroll.runs().get(0);
            byte[] payslips = payroll.payslipsPdf(october.id(), null);
            String text = text(payslips);
            for (String required : new String[] {"Payslip", "Alex Morgan, employer of personal assistants", "Jordan Ellis", "Priya Shah",
                    "Gross pay", "Income tax", "National Insurance", "Net pay", "Year to date", "Tax code: 1257L", "Day hours", "QQ"}) {
                assertTrue(text.contains(required), required + " missing from the payslip");
            }
            assertTrue(!text.contains("QQ 12 34 56 A"), "the NI number is shown masked");
            String summary = text(payroll.summaryPdf(october.id()));
            assertTrue(summary.contains("Support Budget does not send anything to HMRC"));
            assertTrue(summary.contains("PAYE and NI to HMRC"));
            String yearEnd = text(payroll.yearEndPdf(new TaxYear(2026)));
            assertTrue(yearEnd.contains("P60 figures, tax year 2026-27"));
            Path out = Path.of("target", "payroll-pdfs");
            Files.createDirectories(out);
            Files.write(out.resolve("payslips.pdf"), payslips);
            Files.write(out.resolve("summary.pdf"), payroll.summaryPdf(october.id()));
            Files.write(out.resolve("year-end.pdf"), payroll.yearEndPdf(new TaxYear(2026)));
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
