package uk.supportbudget.service;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.EvidenceRepository;
import uk.supportbudget.store.TransactionRepository;

/**
 * What the example book needs for its council return: receipts and invoices stored as evidence
 * against the payments they prove (small generated images, and the insurance certificate as a
 * PDF), and the bank account ticked off against its statements up to the end of last month, so
 * the return shows uncleared items. Deterministic for a given day.
 */
final class DemoReturns {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Book book;
    private final LocalDate today;

    DemoReturns(Book book, LocalDate today) {
        this.book = book;
        this.today = today;
    }

    void fill(long bankAccountId) {
        EvidenceRepository evidence = new EvidenceRepository(book);
        List<Transaction> all = new TransactionRepository(book).select(TransactionRepository.Selection.everything());
        for (Transaction t : all) {
            if (t.category() == null || t.amount().isPositive() || t.isTransfer()) {
                continue;
            }
            String name = t.date() + "-" + t.payee().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            Long id = switch (t.category()) {
                case INSURANCE -> evidence.add(name + "-certificate.pdf", "application/pdf", certificate(t));
                case AGENCY_CARE, RESPITE, EQUIPMENT, TRANSPORT, DBS_RECRUITMENT, DAY_ACTIVITIES, OTHER_SUPPORT, FEES ->
                        evidence.add(name + ".png", "image/png", receipt(t));
                default -> null;
            };
            if (id != null) {
                evidence.link(t.id(), id);
            }
        }
        // The bank account agrees with last month's statement: reconciled the way a person would do it.
        LocalDate statementDate = today.withDayOfMonth(1).minusDays(1);
        ReconciliationService reconciliation = new ReconciliationService(book);
        reconciliation.setCleared(new TransactionRepository(book).select(
                new TransactionRepository.Selection(bankAccountId, null, statementDate)).stream().map(Transaction::id).toList(), true);
        reconciliation.finish(bankAccountId, statementDate,
                new TransactionRepository(book).balance(bankAccountId, statementDate));
    }

    /** A plain receipt or invoice, as a phone photo of one would show it. */
    private static byte[] receipt(Transaction t) {
        BufferedImage image = new BufferedImage(480, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF4F1EA));
            g.fillRect(0, 0, 480, 640);
            g.setColor(new Color(0x2B2B2B));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
            g.drawString(t.payee(), 36, 80);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
            boolean invoice = t.category() == Category.AGENCY_CARE || t.category() == Category.RESPITE
                    || t.category() == Category.FEES;
            g.drawString(invoice ? "INVOICE" : "RECEIPT", 36, 120);
            g.drawString("Date: " + t.date().format(DAY), 36, 170);
            g.drawString("For: " + (t.description().isEmpty() ? t.category().label() : t.description()), 36, 205);
            g.drawString("Customer: Alex Morgan", 36, 240);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(36, 280, 444, 280);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            g.drawString("Total paid  " + t.amount().abs().display(), 36, 330);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            g.drawString("Paid by " + t.paymentMethod().toLowerCase(Locale.ROOT) + ". Thank you.", 36, 380);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The employer's liability insurance certificate, as the insurer sends it: a one-page PDF. */
    private static byte[] certificate(Transaction t) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            // Embedded, not one of the standard 14: those make PDFBox scan every font on the machine.
            PDType0Font bold = font(pdf, "/fonts/DejaVuSans-Bold.ttf");
            PDType0Font plain = font(pdf, "/fonts/DejaVuSans.ttf");
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                String[][] lines = {
                        {"b", "Harbour Mutual Insurance"},
                        {"b", "Certificate of Employers' Liability Insurance"},
                        {"p", "Policy holder: Alex Morgan (employer of personal assistants)"},
                        {"p", "Period of insurance: " + t.date().format(DAY) + " to " + t.date().plusYears(1).minusDays(1).format(DAY)},
                        {"p", "Limit of indemnity: £10,000,000"},
                        {"p", "Premium paid: " + t.amount().abs().display()},
                        {"p", "This certificate must be kept for inspection."}};
                float y = 760;
                for (String[] line : lines) {
                    s.beginText();
                    s.setFont(line[0].equals("b") ? bold : plain, line[0].equals("b") ? 16 : 11);
                    s.newLineAtOffset(60, y);
                    s.showText(line[1]);
                    s.endText();
                    y -= line[0].equals("b") ? 28 : 20;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument pdf, String resource) throws IOException {
        try (var in = DemoReturns.class.getResourceAsStream(resource)) {
            return PDType0Font.load(pdf, in, true);
        }
    }
}
