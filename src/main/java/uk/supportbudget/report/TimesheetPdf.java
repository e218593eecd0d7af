package uk.supportbudget.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.rota.ShiftPay;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;

/**
 * A timesheet on A4 for the PA and the employer to check and sign: one line per shift with hours and
 * pay, the totals, and signature lines. DejaVu Sans is embedded so £ and every name print as typed.
 */
public final class TimesheetPdf {

    /** What the sheet shows beside the lines: who, and each line's pay as the rota worked it out. */
    public record Content(String employer, String personalAssistant, Timesheet timesheet, List<ShiftPay.Result> pay, Money total) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");
    private static final float MARGIN = 50;
    private static final float LINE = 16;
    private static final float[] COLUMNS = {MARGIN, 170, 260, 350, 410, 480};

    private TimesheetPdf() {
    }

    public static byte[] render(Content content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            Writer writer = new Writer(document);
            Timesheet sheet = content.timesheet();
            writer.text(bold, 16, MARGIN, "Timesheet");
            writer.down(LINE * 1.6f);
            writer.text(regular, 11, MARGIN, "Personal assistant: " + content.personalAssistant());
            writer.down(LINE);
            writer.text(regular, 11, MARGIN, "Employer: " + content.employer());
            writer.down(LINE);
            writer.text(regular, 11, MARGIN, "Pay period: " + sheet.period().display() + " (" + sheet.frequency().cliName() + ")");
            writer.down(LINE * 1.6f);
            String[] headings = {"Day", "Times", "Type", "Hours", "Rate", "Pay"};
            for (int i = 0; i < headings.length; i++) {
                writer.text(bold, 10, COLUMNS[i], headings[i]);
            }
            writer.down(LINE);
            for (int i = 0; i < sheet.lines().size(); i++) {
                TimesheetLine line = sheet.lines().get(i);
                ShiftPay.Result pay = content.pay().get(i);
                writer.pageBreakIfNeeded(LINE * 2);
                writer.text(regular, 10, COLUMNS[0], line.work().start().format(DAY));
                writer.text(regular, 10, COLUMNS[1], line.work().times());
                writer.text(regular, 10, COLUMNS[2], line.work().type().label() + (line.note().isEmpty() ? "" : " (" + line.note() + ")"));
                writer.text(regular, 10, COLUMNS[3], ShiftPay.hours(pay.paidMinutes()));
                writer.text(regular, 10, COLUMNS[4], line.work().type() == uk.supportbudget.domain.rota.ShiftType.SLEEP_IN
                        ? "allowance" : pay.hourlyRate().display());
                writer.text(regular, 10, COLUMNS[5], pay.pay().display());
                writer.down(LINE);
            }
            writer.down(LINE * 0.5f);
            writer.text(bold, 11, MARGIN, "Total: " + ShiftPay.hours(sheet.paidMinutes()) + " paid, gross pay " + content.total().display());
            writer.down(LINE);
            writer.text(regular, 9, MARGIN, "Pay is worked out per shift: hours × rate, rounded half up to the penny.");
            writer.down(LINE * 0.8f);
            writer.text(regular, 9, MARGIN, "Sleep-ins are a flat allowance, plus any time awake and working at the waking night rate.");
            writer.down(LINE * 3);
            writer.pageBreakIfNeeded(LINE * 6);
            writer.text(regular, 11, MARGIN, "I confirm these are the hours worked.");
            writer.down(LINE * 2.5f);
            writer.text(regular, 11, MARGIN, "Personal assistant: ______________________________   Date: ____________");
            writer.down(LINE * 2.5f);
            writer.text(regular, 11, MARGIN, "Employer: ________________________________________   Date: ____________");
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the timesheet PDF", e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = TimesheetPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing font " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }

    /** Writes lines down A4 pages, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void pageBreakIfNeeded(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        void text(PDFont font, float size, float x, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void down(float by) {
            y -= by;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
