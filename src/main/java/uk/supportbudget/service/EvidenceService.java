package uk.supportbudget.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Evidence;
import uk.supportbudget.domain.ledger.EvidenceType;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookSettingRepository;
import uk.supportbudget.store.EvidenceRepository;
import uk.supportbudget.store.OwnerOnly;
import uk.supportbudget.store.TransactionRepository;

/**
 * Receipts kept with transactions: attached from a file (a photo or a PDF, judged by its bytes),
 * kept once however often attached (by SHA-256), opened as a private copy, and the list of
 * spending that still lacks one above the book's threshold.
 */
public final class EvidenceService {

    /** Larger files are refused: a phone photo is a few MB, and the book should stay easy to copy. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The book setting holding the threshold, in pence. */
    static final String THRESHOLD_KEY = "evidence.threshold_pence";

    /**
     * What attaching did.
     *
     * @param alreadyInBook        the same file was already kept (for this or another transaction)
     * @param alreadyOnTransaction it was already attached to this transaction: nothing changed
     */
    public record Attached(Evidence evidence, boolean alreadyInBook, boolean alreadyOnTransaction) {
    }

    private final Book book;
    private final EvidenceRepository evidence;
    private final TransactionRepository transactions;
    private final BookSettingRepository settings;

    public EvidenceService(Book book) {
        this.book = book;
        this.evidence = new EvidenceRepository(book);
        this.transactions = new TransactionRepository(book);
        this.settings = new BookSettingRepository(book);
    }

    /** Keeps the file in the book and links it to the transaction. */
    public Attached attach(long transactionId, Path file) {
        return attach(transactionId, file, Progress.NONE);
    }

    /**
     * As {@link #attach(long, Path)}, reporting as a large file is read; a cancel before the one
     * transaction commits leaves the book without the document or its link.
     */
    public Attached attach(long transactionId, Path file, Progress progress) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "receipt" : file.getFileName().toString();
        byte[] content = readLimited(file, name, progress.stage(0, 0.6));
        EvidenceType type = EvidenceType.sniff(content, name);
        String sha256 = EvidenceRepository.sha256(content);
        progress.fraction(0.7);
        return book.inTransaction(connection -> {
            progress.checkCancelled();
            if (transactions.byId(transactionId).isEmpty()) {
                throw new Refusal("That transaction is no longer in the book, so nothing was attached.");
            }
            var existing = evidence.byHash(sha256);
            Evidence kept = existing.orElseGet(() -> evidence.add(sha256, name, type, content));
            boolean linked = evidence.link(transactionId, kept.id());
            progress.report(1, 1); // the last moment a cancel still rolls it back
            return new Attached(kept, existing.isPresent(), !linked);
        });
    }

    /** Takes a document off a transaction; the document goes from the book when nothing else uses it. */
    public void detach(long transactionId, long evidenceId) {
        evidence.unlink(transactionId, evidenceId);
    }

    public List<Evidence> list(long transactionId) {
        return evidence.forTransaction(transactionId);
    }

    /** How many documents each transaction has (transactions with none are left out). */
    public Map<Long, Integer> counts() {
        return evidence.countsByTransaction();
    }

    /**
     * Writes a private copy of the document (readable by this user only, removed when the app
     * ends) for the computer's own viewer to open.
     */
    public Path open(Evidence about) {
        byte[] content = evidence.content(about.id());
        try {
            Path folder = OwnerOnly.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "supportbudget-");
            folder.toFile().deleteOnExit();
            String base = about.fileName().replaceAll("[^A-Za-z0-9 ._-]", "_");
            String extension = about.mediaType().extension();
            if (!base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
                base = base + extension;
            }
            Path copy = OwnerOnly.createFile(folder.resolve(base));
            copy.toFile().deleteOnExit();
            Files.write(copy, content);
            return copy;
        } catch (IOException e) {
            throw new Refusal("Could not make a copy of " + about.fileName() + " to open (" + e.getMessage()
                    + "); check there is space on the computer and try again.", e);
        }
    }

    /** Spending at or above this amount should have a receipt. Default £0.00: all spending. */
    public Money threshold() {
        return settings.get(THRESHOLD_KEY).map(Long::parseLong).map(Money::ofPence).orElse(Money.ZERO);
    }

    public void setThreshold(Money threshold) {
        if (threshold.isNegative()) {
            throw new Refusal("The amount above which receipts are needed cannot be negative; type £0.00 or more.");
        }
        settings.put(THRESHOLD_KEY, Long.toString(threshold.pence()));
    }

    /**
     * Spending (money out, not transfers between own accounts) dated from {@code from} to
     * {@code to} (null for no limit), at or above the threshold, with no document attached;
     * oldest first.
     */
    public List<Transaction> missing(LocalDate from, LocalDate to) {
        Money threshold = threshold();
        Set<Long> withEvidence = counts().keySet();
        return transactions.select(new TransactionRepository.Selection(null, from, to)).stream()
                .filter(t -> t.amount().isNegative() && !t.isTransfer())
                .filter(t -> t.amount().abs().compareTo(threshold) >= 0)
                .filter(t -> !withEvidence.contains(t.id()))
                .toList();
    }

    private static byte[] readLimited(Path file, String name, Progress progress) {
        try {
            if (Files.isDirectory(file)) {
                throw new Refusal(name + " is a folder; choose the receipt file inside it.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Refusal(name + " is " + megabytes(size) + " MB, more than the " + megabytes(MAX_BYTES)
                        + " MB a receipt can be; take a smaller photo or save the PDF at a lower quality and try again.");
            }
            if (size == 0) {
                throw new Refusal(name + " is empty, so it was not attached; choose the receipt file again.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream((int) size);
                byte[] chunk = new byte[256 * 1024];
                for (int got = in.read(chunk); got >= 0 && read.size() <= MAX_BYTES; got = in.read(chunk)) {
                    read.write(chunk, 0, got);
                    progress.report(read.size(), size);
                }
                byte[] content = read.toByteArray();
                if (content.length > MAX_BYTES) {
                    throw new Refusal(name + " is more than " + megabytes(MAX_BYTES) + " MB; take a smaller photo and try again.");
                }
                return content;
            }
        } catch (NoSuchFileException e) {
            throw new Refusal(name + " is no longer there; choose the receipt again.", e);
        } catch (IOException e) {
            throw new Refusal("Could not read " + name + " (" + e.getMessage() + "); check the file and try again.", e);
        }
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024L * 1024), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

}
