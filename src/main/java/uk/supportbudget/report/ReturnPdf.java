package uk.supportbudget.report;

import static uk.supportbudget.report.PdfCanvas.ACCENT;
import static uk.supportbudget.report.PdfCanvas.BOTTOM;
import static uk.supportbudget.report.PdfCanvas.INK;
import static uk.supportbudget.report.PdfCanvas.LEFT;
import static uk.supportbudget.report.PdfCanvas.MUTED;
import static uk.supportbudget.report.PdfCanvas.RIGHT;
import static uk.supportbudget.report.PdfCanvas.RULE;
import static uk.supportbudget.report.PdfCanvas.SHADE;
import static uk.supportbudget.report.PdfCanvas.WARN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.BudgetMath;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.returns.CategoryTotal;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnFigures;
import uk.supportbudget.domain.returns.ReturnLine;
import uk.supportbudget.report.PdfCanvas.Column;

/**
 * The council spending return as a PDF: a summary page, then sections A to H of the design
 * (who, funding, money in, money out by category with every line, reconciliation to the bank,
 * surplus, evidence checklist, declaration), optional outcomes, and an evidence pack with each
 * receipt's reference. Every page carries the council's reference and "Page n of m".
 */
public final class ReturnPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final float WIDTH = RIGHT - LEFT;

    private static final DateTimeFormatter CELL_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final List<Column> LINE_COLUMNS = List.of(new Column("Date", 54, false),
            new Column("Paid to", 134, false), new Column("Method", 72, false), new Column("Our category", 127, false),
            new Column("Evidence", 52, false), new Column("Amount", 66, true));
    private static final List<Column> IN_COLUMNS = List.of(new Column("Date", 54, false),
            new Column("From", 150, false), new Column("Description", 126, false), new Column("Funder", 109, false),
            new Column("Amount", 66, true));

    private final ReturnDocument doc;
    private final ReturnFigures figures;
    private final CouncilProfile profile;
    private PdfCanvas canvas;

    private ReturnPdf(ReturnDocument doc) {
        this.doc = doc;
        this.figures = doc.figures();
        this.profile = doc.profile();
    }

    public static byte[] render(ReturnDocument document) {
        return render(document, progress -> { });
    }

    /** Renders the return; {@code progress} hears 0..1 as sections are drawn. */
    public static byte[] render(ReturnDocument document, DoubleConsumer progress) {
        return new ReturnPdf(document).build(progress);
    }

    private byte[] build(DoubleConsumer progress) {
        List<PDDocument> merged = new ArrayList<>();
        try (PDDocument pdf = new PDDocument()) {
            info(pdf);
            canvas = new PdfCanvas(pdf);
            summaryPage();
            progress.accept(0.1);
            sectionA();
            sectionB();
            sectionC();
            progress.accept(0.2);
            sectionD();
            progress.accept(0.6);
            sectionE();
            sectionF();
            sectionG();
            sectionH();
            outcomes();
            canvas.close();
            progress.accept(0.7);
            evidencePack(pdf, merged);
            progress.accept(0.85);
            stampEveryPage(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            progress.accept(1.0);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument source : merged) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // nothing more to release
                }
            }
        }
    }

    private void info(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle("Direct payment spending return " + figures.period().display() + " - " + doc.personName());
        info.setAuthor(doc.personName());
        info.setSubject(profile.councilName() + " reference " + doc.councilReference());
        info.setCreator("Support Budget");
        Calendar created = new GregorianCalendar(doc.preparedOn().getYear(), doc.preparedOn().getMonthValue() - 1,
                doc.preparedOn().getDayOfMonth());
        info.setCreationDate(created);
    }

    // ---- summary ----

    private void summaryPage() {
        canvas.newPage();
        canvas.down(8);
        canvas.text(LEFT, canvas.y(), canvas.bold, 19, ACCENT, "Direct payment spending return");
        canvas.down(20);
        canvas.text(LEFT, canvas.y(), canvas.regular, 12, INK, profile.councilName()
                + (figures.funder() == null ? "" : " - " + figures.funder().label() + " share only"));
        canvas.down(16);
        canvas.text(LEFT, canvas.y(), canvas.bold, 11, INK, figures.period().display());
        canvas.down(14);
        LocalDate due = figures.period().to().plusDays(profile.dueDays());
        canvas.text(LEFT, canvas.y(), canvas.regular, 9, MUTED, "Due by " + due.format(LONG_DAY) + " (" + profile.dueDays()
                + " days after the period ends). Prepared on " + doc.preparedOn().format(LONG_DAY) + " with Support Budget.");
        canvas.down(18);

        keyValues(List.of(
                new String[] {"Person", doc.personName()},
                new String[] {"Date of birth", doc.dateOfBirth() == null ? "Not recorded" : doc.dateOfBirth().format(LONG_DAY)},
                new String[] {"Council reference", blankAsNone(doc.councilReference())},
                new String[] {"Nominated or authorised person", blankAsNone(doc.nominatedPerson())}));
        canvas.down(10);

        float boxWidth = (WIDTH - 3 * 8) / 4;
        float top = canvas.y();
        String[][] boxes = {{"Opening balance", figures.opening().display()}, {"Money in", figures.moneyIn().display()},
                {"Money out", figures.moneyOut().display()}, {"Closing balance", figures.closing().display()}};
        for (int i = 0; i < boxes.length; i++) {
            float x = LEFT + i * (boxWidth + 8);
            canvas.fill(x, top - 48, boxWidth, 48, SHADE);
            canvas.text(x + 8, top - 16, canvas.regular, 8.5f, MUTED, boxes[i][0]);
            canvas.text(x + 8, top - 36, canvas.bold, 13.5f, INK, boxes[i][1]);
        }
        canvas.down(60);

        heading("At a glance");
        List<Column> glance = List.of(new Column("", WIDTH - 120, false), new Column("", 120, true));
        String[][] rows = {
                {"Closing balance = opening balance + money in - money out", figures.closing().display()},
                {figures.funder() == null ? "Bank balance (all accounts, ledger)"
                        : "Bank balance (see the combined return)", figures.bankBalance().display()},
                {"Difference (should be £0.00)", figures.difference().display()},
                {"Gross weekly budget", figures.grossWeekly().display()},
                {"Weeks of budget held (closing balance / gross weekly budget)", figures.weeksHeld().toPlainString() + " weeks"},
                {"Commitments (wages, tax, pension, contingency)", figures.commitments().total().display()},
                {"Surplus after commitments", figures.surplus().display()},
                {"Allowed to hold: " + figures.surplusWeeks() + " weeks of gross budget", figures.allowedBalance().display()},
                {"Surplus the council may reclaim", figures.reclaimable().display()}};
        for (int i = 0; i < rows.length; i++) {
            canvas.row(glance, List.of(rows[i]), i == 0 || i == rows.length - 1, null);
        }
        canvas.down(12);

        heading("Money out by category");
        List<Column> categoryColumns = List.of(new Column(profile.councilName() + " category", 220, false),
                new Column("Our category", 185, false), new Column("Amount", WIDTH - 405, true));
        canvas.tableHeader(categoryColumns);
        if (figures.moneyOutByCategory().isEmpty()) {
            canvas.row(categoryColumns, List.of("No money was paid out in this period.", "", ""), false, null);
        }
        List<CategoryTotal> inCouncilOrder = new ArrayList<>(figures.moneyOutByCategory());
        inCouncilOrder.sort(java.util.Comparator.comparingInt(t -> t.category() == null ? Integer.MAX_VALUE
                : profile.categories().indexOf(profile.councilCategory(t.category()))));
        for (CategoryTotal total : inCouncilOrder) {
            canvas.row(categoryColumns, List.of(councilCategory(total.category()), total.label(), total.total().display()),
                    false, "Money out by category");
        }
        canvas.row(categoryColumns, List.of("Total money out", "", figures.moneyOut().display()), true, null);
        canvas.down(12);
        if (canvas.y() - 70 > BOTTOM) {
            heading("Send this return to");
            canvas.paragraph(canvas.regular, 9, INK, profile.contactAddress().replace("\n", ", "), LEFT, WIDTH);
        }
    }

    private String councilCategory(Category ours) {
        return ours == null ? "Not yet categorised" : profile.councilCategory(ours);
    }

    // ---- A to H ----

    private void sectionA() {
        canvas.newPage();
        sectionTitle("A", "About this return");
        keyValues(List.of(
                new String[] {"Person", doc.personName()},
                new String[] {"Date of birth", doc.dateOfBirth() == null ? "Not recorded" : doc.dateOfBirth().format(LONG_DAY)},
                new String[] {"Council", profile.councilName()},
                new String[] {"Council reference", blankAsNone(doc.councilReference())},
                new String[] {"Nominated or authorised person", blankAsNone(doc.nominatedPerson())},
                new String[] {"Period", figures.period().display()},
                new String[] {"Return covers", figures.funder() == null ? "All funding (combined)"
                        : figures.funder().label() + " share only"}));
        canvas.down(8);
        subheading("Accounts the budget is held in");
        List<Column> columns = List.of(new Column("Account", 170, false), new Column("Type", 110, false),
                new Column("Provider", 130, false), new Column("Number", WIDTH - 410, false));
        canvas.tableHeader(columns);
        for (Account account : doc.accounts()) {
            canvas.row(columns, List.of(account.name(), account.kind().label(), blankAsNone(account.provider()),
                    mask(account.numberLast4(), doc.showAccountDigits())), false, "Accounts");
        }
        canvas.down(14);
    }

    private void sectionB() {
        sectionTitle("B", "Funding");
        List<Column> columns = List.of(new Column("Funder", 160, false), new Column("Managed as", 120, false),
                new Column("Amount", 75, true), new Column("How often", 75, false), new Column("A year", WIDTH - 430, true));
        canvas.tableHeader(columns);
        Money yearly = Money.ZERO;
        for (FundingComponent component : doc.funding()) {
            if (figures.funder() != null && component.funder() != figures.funder()) {
                continue;
            }
            Money annual = BudgetMath.annual(component.amount(), component.cycle());
            yearly = yearly.plus(annual);
            canvas.row(columns, List.of(component.funderName(), component.managementMode().label(),
                    component.amount().display(), component.cycle().label(), annual.display()), false, "Funding");
        }
        canvas.row(columns, List.of("Total a year", "", "", "", yearly.display()), true, null);
        canvas.down(4);
        note("Gross weekly budget: " + figures.grossWeekly().display() + " (the yearly total over 52 weeks).");
        canvas.down(14);
    }

    private void sectionC() {
        sectionTitle("C", "Money in");
        keepWithNext(5);
        note("Opening balance on " + figures.period().from().format(LONG_DAY) + " (end of the day before): "
                + figures.opening().display() + openingNote());
        canvas.down(6);
        if (figures.moneyInByCategory().isEmpty()) {
            note("No money came in during this period.");
        }
        for (CategoryTotal total : figures.moneyInByCategory()) {
            groupHeading(inLabel(total), total.total(), IN_COLUMNS);
            for (ReturnLine line : total.lines()) {
                canvas.row(IN_COLUMNS, List.of(line.date().format(CELL_DAY), line.payeeOrDescription(),
                        line.description(), line.funder() == null ? "" : line.funder().label(),
                        line.amount().display()), false, inLabel(total));
            }
            canvas.down(8);
        }
        canvas.row(IN_COLUMNS, List.of("", "Total money in", "", "", figures.moneyIn().display()), true, null);
        canvas.down(14);
    }

    private String openingNote() {
        return figures.funder() == null ? "."
                : ". A funder's opening balance is its share of the balance when the plan year started"
                + " (by yearly budget) plus its money in less its money out since then.";
    }

    private static String inLabel(CategoryTotal total) {
        return total.category() == null ? "Other money in" : total.label();
    }

    private void sectionD() {
        canvas.newPage();
        sectionTitle("D", "Money out by category");
        note("Every payment in the period under " + profile.councilName() + "'s categories. The evidence reference"
                + " points to the receipt or invoice in the evidence pack at the end.");
        canvas.down(6);
        if (figures.moneyOutByCategory().isEmpty()) {
            note("No money was paid out during this period.");
        }
        Map<String, List<Category>> groups = profile.grouped();
        for (Map.Entry<String, List<Category>> group : groups.entrySet()) {
            List<CategoryTotal> totals = figures.moneyOutByCategory().stream()
                    .filter(t -> t.category() != null && group.getValue().contains(t.category())).toList();
            writeGroup(group.getKey(), totals);
        }
        List<CategoryTotal> uncategorised = figures.moneyOutByCategory().stream().filter(t -> t.category() == null).toList();
        writeGroup("Not yet categorised", uncategorised);
        canvas.row(LINE_COLUMNS, List.of("", "Total money out", "", "", "", figures.moneyOut().display()), true, null);
        canvas.down(14);
    }

    private void writeGroup(String councilCategory, List<CategoryTotal> totals) {
        if (totals.isEmpty()) {
            return;
        }
        Money groupTotal = totals.stream().map(CategoryTotal::total).reduce(Money.ZERO, Money::plus);
        groupHeading(councilCategory, groupTotal, LINE_COLUMNS);
        for (CategoryTotal total : totals) {
            for (ReturnLine line : total.lines()) {
                canvas.row(LINE_COLUMNS, List.of(line.date().format(CELL_DAY), line.payeeOrDescription(), line.method(),
                        total.label(), line.evidenceRef().isEmpty() ? "None" : line.evidenceRef(),
                        line.amount().display()), false, councilCategory);
            }
            if (totals.size() > 1) {
                canvas.row(LINE_COLUMNS, List.of("", "Subtotal: " + total.label(), "", "", "", total.total().display()),
                        true, councilCategory);
            }
        }
        canvas.down(10);
    }

    private void sectionE() {
        keepWithNext(12);
        sectionTitle("E", "Reconciliation to the bank");
        List<Column> sums = List.of(new Column("", WIDTH - 120, false), new Column("", 120, true));
        canvas.row(sums, List.of("Opening balance", figures.opening().display()), false, null);
        canvas.row(sums, List.of("add money in", figures.moneyIn().display()), false, null);
        canvas.row(sums, List.of("less money out", figures.moneyOut().negate().display()), false, null);
        canvas.row(sums, List.of("Closing balance", figures.closing().display()), true, null);
        if (figures.funder() != null) {
            canvas.down(4);
            note("One funder's share cannot be matched to a bank statement on its own; the combined return reconciles"
                    + " every account to the bank.");
            canvas.down(14);
            return;
        }
        canvas.row(sums, List.of("Balance of every account in the ledger on " + figures.period().to().format(LONG_DAY),
                figures.bankBalance().display()), false, null);
        canvas.row(sums, List.of("Difference (should be £0.00)", figures.difference().display()), true, null);
        canvas.down(4);
        if (!figures.difference().isZero()) {
            warn("The return and the accounts differ by " + figures.difference().display()
                    + ". Check for a transfer with only one side recorded.");
        }
        if (figures.bank().statementsRecorded()) {
            canvas.down(8);
            subheading("Agreeing with the bank statements");
            canvas.row(sums, List.of("Balance the statements show (items ticked off)",
                    figures.bank().statementBalance().display()), false, null);
            canvas.row(sums, List.of("add uncleared items (below)", figures.bank().unclearedNet().display()), false, null);
            canvas.row(sums, List.of("Ledger balance", figures.bankBalance().display()), true, null);
            canvas.down(8);
            subheading("Uncleared items (in the ledger, not yet on a statement)");
            List<Column> columns = List.of(new Column("Date", 54, false), new Column("Account", 118, false),
                    new Column("Paid to / from", 180, false), new Column("Method", 87, false), new Column("Amount", 66, true));
            canvas.tableHeader(columns);
            if (figures.bank().uncleared().isEmpty()) {
                canvas.row(columns, List.of("", "None: everything is on a statement.", "", "", ""), false, null);
            }
            for (ReturnLine line : figures.bank().uncleared()) {
                canvas.row(columns, List.of(line.date().format(CELL_DAY), line.account(), line.payeeOrDescription(),
                        line.method(), line.amount().display()), false, "Uncleared items");
            }
        } else {
            note("No transactions have been ticked off against a bank statement yet, so there are no uncleared items"
                    + " to list; the balance above is the ledger balance of every account.");
        }
        if (!doc.changesAfterReconciling().isEmpty()) {
            canvas.down(8);
            subheading("Changes made after a period was checked against the bank");
            List<Column> change = List.of(new Column("What changed", WIDTH, false));
            canvas.tableHeader(change);
            for (String line : doc.changesAfterReconciling()) {
                canvas.row(change, List.of(line), false, "Changes after reconciling");
            }
        }
        canvas.down(14);
    }

    private void sectionF() {
        keepWithNext(12);
        sectionTitle("F", "Surplus");
        List<Column> sums = List.of(new Column("", WIDTH - 120, false), new Column("", 120, true));
        canvas.row(sums, List.of("Closing balance", figures.closing().display()), false, null);
        canvas.row(sums, List.of("Gross weekly budget", figures.grossWeekly().display()), false, null);
        canvas.row(sums, List.of("Weeks of budget held (closing balance / gross weekly budget)",
                figures.weeksHeld().toPlainString()), true, null);
        canvas.row(sums, List.of("Wages earned but not yet paid", figures.commitments().wagesDue().display()), false, null);
        canvas.row(sums, List.of("HMRC (PAYE and NI) due", figures.commitments().hmrcDue().display()), false, null);
        canvas.row(sums, List.of("Pension contributions due", figures.commitments().pensionDue().display()), false, null);
        canvas.row(sums, List.of("Contingency (" + profile.contingencyWeeks() + " weeks of gross budget)",
                figures.commitments().contingency().display()), false, null);
        canvas.row(sums, List.of("Surplus after commitments", figures.surplus().display()), true, null);
        canvas.row(sums, List.of("Allowed to hold (" + figures.surplusWeeks() + " weeks x gross weekly budget)",
                figures.allowedBalance().display()), false, null);
        canvas.row(sums, List.of("Surplus the council may reclaim", figures.reclaimable().display()), true, null);
        canvas.down(4);
        note("Wages, tax and pension due are estimated from the plan's yearly budget for each, for the days since the"
                + " last payment of that kind.");
        canvas.down(14);
    }

    private void sectionG() {
        keepWithNext(6 + profile.evidenceRequired().size());
        sectionTitle("G", "Evidence checklist");
        note(profile.councilName() + " asks for the following" + (profile.evidenceThreshold().isPositive()
                ? " (receipts for payments over " + profile.evidenceThreshold().display() + ")" : "")
                + ". Keep records for " + profile.retentionYears() + " years.");
        canvas.down(4);
        for (String item : profile.evidenceRequired()) {
            canvas.ensure(16);
            canvas.down(15);
            canvas.box(LEFT + 2, canvas.y() - 1, 9, 9, MUTED);
            canvas.text(LEFT + 18, canvas.y(), canvas.regular, 9.5f, INK, item);
        }
        canvas.down(10);
        long withEvidence = figures.moneyOutByCategory().stream().flatMap(t -> t.lines().stream())
                .filter(l -> !l.evidenceRef().isEmpty()).count();
        long lines = figures.moneyOutByCategory().stream().mapToLong(t -> t.lines().size()).sum();
        note(doc.evidence().isEmpty() ? "No receipts are stored in the book for this period."
                : doc.evidence().size() + " receipts or invoices are attached in the evidence pack at the end; "
                + withEvidence + " of " + lines + " payments carry an evidence reference.");
        canvas.down(14);
    }

    private void sectionH() {
        keepWithNext(18);
        sectionTitle("H", "Declaration");
        canvas.paragraph(canvas.regular, 9.5f, INK, profile.declaration(), LEFT, WIDTH);
        canvas.down(16);
        signatureLine("Signed (direct payment holder)", doc.personName());
        if (!doc.nominatedPerson().isBlank()) {
            signatureLine("Signed (nominated or authorised person)", doc.nominatedPerson());
        }
    }

    private void signatureLine(String caption, String name) {
        canvas.ensure(64);
        canvas.down(34);
        float y = canvas.y();
        canvas.line(LEFT, y, LEFT + 250, y, MUTED, 0.6f);
        canvas.line(LEFT + 300, y, RIGHT, y, MUTED, 0.6f);
        canvas.text(LEFT, y - 11, canvas.regular, 8.5f, MUTED, caption + ": " + name);
        canvas.text(LEFT + 300, y - 11, canvas.regular, 8.5f, MUTED, "Date");
        canvas.down(14);
    }

    private void outcomes() {
        if (doc.outcomes().isEmpty()) {
            return;
        }
        canvas.down(10);
        keepWithNext(4 + doc.outcomes().size());
        sectionTitle("", "Outcomes in my support plan");
        for (String outcome : doc.outcomes()) {
            canvas.paragraph(canvas.regular, 9.5f, INK, "•  " + outcome, LEFT + 4, WIDTH - 4);
        }
    }

    // ---- evidence pack ----

    private void evidencePack(PDDocument pdf, List<PDDocument> merged) throws IOException {
        if (doc.evidence().isEmpty()) {
            return;
        }
        canvas.newPage();
        sectionTitle("", "Evidence pack");
        note("Each file below is referenced beside the payments it proves in section D.");
        canvas.down(4);
        List<Column> columns = List.of(new Column("Reference", 62, false), new Column("File", 160, false),
                new Column("Proves", WIDTH - 222, false));
        canvas.tableHeader(columns);
        for (ReturnDocument.EvidenceFile file : doc.evidence()) {
            canvas.row(columns, List.of(file.reference(), file.fileName(), file.proves()), false, "Evidence pack");
        }
        canvas.close();
        PDFMergerUtility merger = new PDFMergerUtility();
        for (ReturnDocument.EvidenceFile file : doc.evidence()) {
            byte[] content = file.content().get();
            if (file.mediaType().equals("application/pdf")) {
                try {
                    PDDocument source = Loader.loadPDF(content);
                    merged.add(source);
                    int before = pdf.getNumberOfPages();
                    merger.appendDocument(pdf, source);
                    captionMergedPage(pdf, pdf.getPage(before), file);
                } catch (IOException damaged) {
                    unreadable(pdf, file);
                }
            } else if (file.mediaType().startsWith("image/")) {
                imagePage(pdf, file, content);
            } else {
                unreadable(pdf, file);
            }
        }
    }

    private void imagePage(PDDocument pdf, ReturnDocument.EvidenceFile file, byte[] content) throws IOException {
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(pdf, content, file.fileName());
        } catch (IOException | IllegalArgumentException damaged) {
            unreadable(pdf, file);
            return;
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
            caption(stream, file);
            float maxWidth = RIGHT - LEFT;
            float maxHeight = PdfCanvas.TOP - 40 - BOTTOM;
            float scale = Math.min(1f, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
            float width = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            stream.drawImage(image, LEFT + (maxWidth - width) / 2, PdfCanvas.TOP - 40 - height, width, height);
        }
    }

    private void unreadable(PDDocument pdf, ReturnDocument.EvidenceFile file) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
            caption(stream, file);
            stream.beginText();
            stream.setFont(canvas.regular, 10);
            stream.newLineAtOffset(LEFT, PdfCanvas.TOP - 60);
            stream.showText(PdfCanvas.clean("This file (" + file.mediaType() + ") cannot be shown here; it is kept in the"
                    + " budget book and can be sent separately."));
            stream.endText();
        }
    }

    private void captionMergedPage(PDDocument pdf, PDPage page, ReturnDocument.EvidenceFile file) throws IOException {
        try (PDPageContentStream stream = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            caption(stream, file);
        }
    }

    private void caption(PDPageContentStream stream, ReturnDocument.EvidenceFile file) throws IOException {
        float top = PdfCanvas.HEIGHT - 46;
        stream.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        stream.beginText();
        stream.setFont(canvas.bold, 10);
        stream.newLineAtOffset(LEFT, top - 14);
        stream.showText(PdfCanvas.clean(file.reference() + "  " + file.fileName()));
        stream.endText();
        stream.setNonStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
        stream.beginText();
        stream.setFont(canvas.regular, 8.5f);
        stream.newLineAtOffset(LEFT, top - 26);
        stream.showText(canvas.fit(canvas.regular, 8.5f, "Proves: " + file.proves(), RIGHT - LEFT));
        stream.endText();
    }

    // ---- every page ----

    private void stampEveryPage(PDDocument pdf) throws IOException {
        int pages = pdf.getNumberOfPages();
        String left = profile.councilName() + "  |  Spending return " + figures.period().from().format(DAY) + " to "
                + figures.period().to().format(DAY);
        String reference = "Council reference: " + blankAsNone(doc.councilReference());
        String person = doc.personName() + (figures.funder() == null ? "" : "  |  " + figures.funder().label() + " share");
        for (int i = 0; i < pages; i++) {
            PDPage page = pdf.getPage(i);
            PDRectangle box = page.getMediaBox();
            float top = box.getHeight() - 30;
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                write(stream, canvas.regular, 8, MUTED, LEFT, top, left);
                write(stream, canvas.bold, 8, INK, box.getWidth() - 45 - canvas.width(canvas.bold, 8, reference), top,
                        reference);
                stream.setStrokingColor(RULE[0], RULE[1], RULE[2]);
                stream.setLineWidth(0.5f);
                stream.moveTo(LEFT, top - 6);
                stream.lineTo(box.getWidth() - 45, top - 6);
                stream.moveTo(LEFT, 40);
                stream.lineTo(box.getWidth() - 45, 40);
                stream.stroke();
                write(stream, canvas.regular, 8, MUTED, LEFT, 28, person);
                String number = "Page " + (i + 1) + " of " + pages;
                write(stream, canvas.regular, 8, MUTED, box.getWidth() - 45 - canvas.width(canvas.regular, 8, number), 28,
                        number);
            }
        }
    }

    private static void write(PDPageContentStream stream, org.apache.pdfbox.pdmodel.font.PDType0Font font, float size,
                              float[] colour, float x, float y, String text) throws IOException {
        stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(PdfCanvas.clean(text));
        stream.endText();
    }

    // ---- small pieces ----

    private void sectionTitle(String letter, String title) {
        canvas.ensure(60);
        canvas.down(18);
        String text = letter.isEmpty() ? title : letter + ".  " + title;
        canvas.text(LEFT, canvas.y(), canvas.bold, 13, ACCENT, text);
        canvas.down(6);
        canvas.line(LEFT, canvas.y(), RIGHT, canvas.y(), ACCENT, 1.2f);
        canvas.down(6);
    }

    private void heading(String text) {
        canvas.ensure(50);
        canvas.down(14);
        canvas.text(LEFT, canvas.y(), canvas.bold, 11, ACCENT, text);
        canvas.down(6);
    }

    private void subheading(String text) {
        canvas.ensure(44);
        canvas.down(13);
        canvas.text(LEFT, canvas.y(), canvas.bold, 9.5f, INK, text);
        canvas.down(5);
    }

    private void groupHeading(String title, Money total, List<Column> columns) {
        canvas.ensure(PdfCanvas.ROW * 4 + 16);
        canvas.down(15);
        canvas.text(LEFT, canvas.y(), canvas.bold, 10, INK, title);
        canvas.textRight(RIGHT - 3, canvas.y(), canvas.bold, 10, INK, total.display());
        canvas.down(5);
        canvas.tableHeader(columns);
    }

    private void keyValues(List<String[]> pairs) {
        for (String[] pair : pairs) {
            canvas.ensure(15);
            canvas.down(14);
            canvas.text(LEFT, canvas.y(), canvas.regular, 9.5f, MUTED, pair[0]);
            canvas.text(LEFT + 190, canvas.y(), canvas.bold, 9.5f, INK, canvas.fit(canvas.bold, 9.5f, pair[1], WIDTH - 190));
        }
    }

    private void note(String text) {
        canvas.paragraph(canvas.regular, 8.5f, MUTED, text, LEFT, WIDTH);
    }

    private void warn(String text) {
        canvas.paragraph(canvas.bold, 9, WARN, text, LEFT, WIDTH);
    }

    private void keepWithNext(int rows) {
        canvas.ensure(rows * PdfCanvas.ROW + 30);
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? "Not recorded" : text;
    }

    /**
     * Councils need to know which account, not its number: only the last four digits, masked, or
     * none at all when the book's privacy setting says so.
     */
    static String mask(String last4, boolean showDigits) {
        if (!showDigits) {
            return "Not shown";
        }
        return last4 == null || last4.isBlank() ? "Not recorded" : "****" + last4;
    }
}
