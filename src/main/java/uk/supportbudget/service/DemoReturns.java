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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnPeriod;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.EvidenceRepository;
import uk.supportbudget.store.TransactionRepository;

/**
 * What the example book needs for its council returns: receipts and invoices stored as evidence
 * against the payments they prove (small generated images, and the insurance certificate as a
 * PDF), every account ticked off against its statements as the months went by, and each quarter's
 * return that was due by now prepared, checked and marked as submitted on the day it went to the
 * council, through the same services the Returns page uses. So the example opens with nothing
 * overdue: the next return is the one for the quarter running now. One thing is left to do on
 * purpose: the latest taxi fare has no receipt yet, which the next return points out.
 * Deterministic for a given day.
 */
final class DemoReturns {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Days after the month's end that its statement has come and been ticked off. */
    static final int RECONCILED_AFTER_DAYS = 5;
    /** Days after a quarter's end that its return went to the council (Westshire wants it within 28). */
    static final int SUBMITTED_AFTER_DAYS = 17;

    private final Book book;
    private final DemoClock clock;
    private final LocalDate today;

    DemoReturns(Book book, DemoClock clock, LocalDate today) {
        this.book = book;
        this.clock = clock;
        this.today = today;
    }

    /**
     * @param accountIds the bank account, the prepaid card and the petty cash tin, in that order
     * @param planStarts the first day of each plan year in the book, oldest first
     */
    void fill(List<Long> accountIds, List<LocalDate> planStarts) {
        List<Transaction> all = new TransactionRepository(book).select(TransactionRepository.Selection.everything());
        storeReceipts(all);
        LocalDate first = all.stream().map(Transaction::date).min(Comparator.naturalOrder()).orElse(today);
        // What happened after each month's end, in the order it happened.
        TreeMap<LocalDate, List<Runnable>> diary = new TreeMap<>();
        for (LocalDate monthEnd = first.withDayOfMonth(first.lengthOfMonth()); monthEnd.isBefore(today);
             monthEnd = monthEnd.plusDays(1).plusMonths(1).minusDays(1)) {
            LocalDate statementDate = monthEnd;
            LocalDate ticked = monthEnd.plusDays(RECONCILED_AFTER_DAYS);
            if (ticked.isAfter(today)) {
                continue;
            }
            diary.computeIfAbsent(ticked, d -> new ArrayList<>()).add(() -> reconcile(accountIds.get(0), statementDate));
            diary.get(ticked).add(() -> reconcile(accountIds.get(1), statementDate));
            diary.get(ticked).add(() -> reconcile(accountIds.get(2), statementDate));
        }
        ReturnService returns = new ReturnService(book, CouncilProfiles.standard());
        CouncilProfile profile = returns.profiles().find(new BookInfoRepository(book).get().councilProfile());
        for (LocalDate planStart : planStarts) {
            for (ReturnPeriod period : profile.frequency().periods(planStart, planStart.plusYears(1).minusDays(1))) {
                LocalDate sent = period.to().plusDays(SUBMITTED_AFTER_DAYS);
                if (!sent.isAfter(today)) {
                    diary.computeIfAbsent(sent, d -> new ArrayList<>()).add(() -> submit(returns, period, sent));
                }
            }
        }
        try {
            diary.forEach((day, steps) -> {
                clock.standOn(day, LocalTime.of(10, 0));
                steps.forEach(Runnable::run);
            });
        } finally {
            clock.backToNow();
        }
    }

    /**
     * The receipts, invoices and certificate, and the bank's confirmation of each payment to a PA, HMRC
     * or the pension scheme, each linked to its payment; the latest taxi fare's receipt is still to come.
     */
    private void storeReceipts(List<Transaction> all) {
        EvidenceRepository evidence = new EvidenceRepository(book);
        Long awaited = all.stream().filter(t -> t.payee().equals("A1 Taxis") && !t.date().isAfter(today))
                .max(Comparator.comparing(Transaction::date)).map(Transaction::id).orElse(null);
        for (Transaction t : all) {
            if (t.category() == null || t.amount().isPositive() || t.isTransfer() || Long.valueOf(t.id()).equals(awaited)) {
                continue;
            }
            String name = t.date() + "-" + t.payee().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            Long id = switch (t.category()) {
                case INSURANCE -> evidence.add(name + "-certificate.pdf", "application/pdf", certificate(t));
                case AGENCY_CARE, RESPITE, EQUIPMENT, TRANSPORT, DBS_RECRUITMENT, DAY_ACTIVITIES, OTHER_SUPPORT, FEES ->
                        evidence.add(name + ".jpg", "image/jpeg", receipt(t));
                case PA_WAGES, HMRC, PENSION, BANK_CHARGES -> evidence.add(name + "-payment.jpg", "image/jpeg", confirmation(t));
                default -> null;
            };
            if (id != null) {
                evidence.link(t.id(), id);
            }
        }
    }

    /** An account ticked off against its statement for the month, the way a person would do it. */
    private void reconcile(long accountId, LocalDate statementDate) {
        ReconciliationService reconciliation = new ReconciliationService(book);
        TransactionRepository transactions = new TransactionRepository(book);
        reconciliation.setCleared(transactions.select(new TransactionRepository.Selection(accountId, null, statementDate)).stream()
                .map(Transaction::id).toList(), true);
        reconciliation.finish(accountId, statementDate, transactions.balance(accountId, statementDate));
    }

    /** A quarter's return prepared, checked, rendered and marked as submitted, as the Returns page does it. */
    private void submit(ReturnService returns, ReturnPeriod period, LocalDate sent) {
        ReturnService.Prepared prepared = returns.prepare(new ReturnService.Request(period.from(), period.to(), null, null));
        if (prepared.blocked()) {
            throw new IllegalStateException("The example's return for " + period.display() + " is blocked: " + prepared.findings());
        }
        returns.submit(prepared, returns.render(prepared, sent, progress -> { }));
    }

    /**
     * A plain receipt or invoice, as a phone photo of one would show it: a JPEG, as phones take them,
     * and grey, which makes the example's couple of hundred of them quick to make and to put in a return.
     */
    private static byte[] receipt(Transaction t) {
        BufferedImage image = new BufferedImage(480, 640, BufferedImage.TYPE_BYTE_GRAY);
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
        return jpeg(image);
    }

    /** The bank's "payment sent" page for a payment, as saved from online banking. */
    private static byte[] confirmation(Transaction t) {
        BufferedImage image = new BufferedImage(480, 260, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 480, 260);
            g.setColor(new Color(0x2B2B2B));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            g.drawString(t.category() == Category.BANK_CHARGES ? "Co-operative Bank: charge on your account"
                    : "Co-operative Bank: payment sent", 24, 48);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
            g.drawString("To: " + t.payee(), 24, 96);
            g.drawString("Amount: " + t.amount().abs().display(), 24, 128);
            g.drawString("Date: " + t.date().format(DAY), 24, 160);
            g.drawString("Reference: " + (t.description().isEmpty() ? t.category().label() : t.description()), 24, 192);
            g.drawString("From: Direct payment account", 24, 224);
        } finally {
            g.dispose();
        }
        return jpeg(image);
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
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
