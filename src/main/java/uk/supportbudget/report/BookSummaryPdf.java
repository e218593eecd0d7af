package uk.supportbudget.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;

import uk.supportbudget.domain.money.Money;

/**
 * One page a broker can leave with someone or file: the person, what is in each account, weeks of
 * budget held, this plan year's spending against the budget, and what is due or overdue.
 */
public final class BookSummaryPdf {

    /** An account and its balance today. */
    public record AccountLine(String name, String kind, Money balance) {
    }

    /** A reminder as the page prints it. */
    public record ReminderLine(LocalDate date, String severity, String sentence) {
    }

    /** Everything the page shows. {@code planFrom}/{@code planTo} are null when the book has no plan. */
    public record Content(String person, LocalDate preparedOn, List<AccountLine> accounts, Money total,
                          BigDecimal weeksHeld, Money grossWeekly, LocalDate planFrom, LocalDate planTo, Money budget,
                          Money spent, List<ReminderLine> reminders, String lastBackup) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private BookSummaryPdf() {
    }

    public static byte[] render(Content content) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfCanvas canvas = new PdfCanvas(pdf);
            canvas.newPage();
            canvas.text(PdfCanvas.LEFT, canvas.y(), canvas.bold, 17, PdfCanvas.ACCENT, "Budget summary: " + content.person());
            canvas.down(18);
            canvas.text(PdfCanvas.LEFT, canvas.y(), canvas.regular, 9.5f, PdfCanvas.MUTED,
                    "Prepared on " + content.preparedOn().format(DAY) + " with Support Budget. Last backup: "
                            + content.lastBackup() + ".");
            canvas.down(22);

            heading(canvas, "Accounts");
            List<PdfCanvas.Column> accounts = List.of(new PdfCanvas.Column("Account", 260, false),
                    new PdfCanvas.Column("Kind", 140, false), new PdfCanvas.Column("Balance", PdfCanvas.RIGHT - PdfCanvas.LEFT - 400, true));
            canvas.tableHeader(accounts);
            for (AccountLine line : content.accounts()) {
                canvas.row(accounts, List.of(line.name(), line.kind(), line.balance().display()), false, null);
            }
            canvas.row(accounts, List.of("Total", "", content.total().display()), true, null);
            canvas.down(14);

            heading(canvas, "The plan year");
            List<PdfCanvas.Column> figures = List.of(new PdfCanvas.Column("", 300, false),
                    new PdfCanvas.Column("", PdfCanvas.RIGHT - PdfCanvas.LEFT - 300, true));
            List<List<String>> rows = new ArrayList<>();
            if (content.planFrom() != null) {
                rows.add(List.of("Plan year", content.planFrom().format(SHORT) + " to " + content.planTo().format(SHORT)));
            } else {
                rows.add(List.of("Plan year", "No support plan in the book yet"));
            }
            rows.add(List.of("Gross weekly budget", content.grossWeekly().display()));
            rows.add(List.of("Weeks of budget held", content.weeksHeld().toPlainString()));
            rows.add(List.of("Budget agreed for the year", content.budget().display()));
            rows.add(List.of("Spent so far this year", content.spent().display()));
            rows.add(List.of("Left in this year's budget", content.budget().minus(content.spent()).display()));
            for (List<String> row : rows) {
                canvas.row(figures, row, false, null);
            }
            canvas.down(14);

            heading(canvas, "What's next");
            if (content.reminders().isEmpty()) {
                canvas.paragraph(canvas.regular, 10, PdfCanvas.INK, "Nothing is due.", PdfCanvas.LEFT, PdfCanvas.RIGHT - PdfCanvas.LEFT);
            } else {
                for (ReminderLine line : content.reminders()) {
                    canvas.paragraph(canvas.regular, 10, PdfCanvas.INK, line.date().format(SHORT) + "  \u2014  "
                            + line.severity() + ": " + line.sentence(), PdfCanvas.LEFT, PdfCanvas.RIGHT - PdfCanvas.LEFT);
                    canvas.down(3);
                }
            }
            canvas.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(PdfCanvas canvas, String text) {
        canvas.ensure(40);
        canvas.down(4);
        canvas.text(PdfCanvas.LEFT, canvas.y(), canvas.bold, 12, PdfCanvas.INK, text);
        canvas.down(8);
    }
}
