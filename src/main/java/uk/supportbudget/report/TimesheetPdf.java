package uk.supportbudget.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

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
    private static final float MARGIN = PdfPages.MARGIN;
    private static final float LINE = 16;
    private static final float[] COLUMNS = {MARGIN, 170, 260, 350, 410, 480};

    private TimesheetPdf() {
    }

    public static byte[] render(Content content) {
        try (PdfPages writer = new PdfPages()) {
            PDFont regular = writer.regular;
            PDFont bold = writer.bold;
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
            return writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the timesheet PDF", e);
        }
    }
}
