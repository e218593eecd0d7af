package uk.supportbudget.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookCheck;
import uk.supportbudget.store.BookEncryption;
import uk.supportbudget.store.Unlock;

/** Creating, opening, checking, backing up and restoring books: shared by the app and the CLI. */
public final class BookService {

    private final Clock clock;
    private final Unlock unlock;

    public BookService(Clock clock) {
        this(clock, Unlock.none());
    }

    /** A service that opens encrypted books with {@code unlock} (plain books ignore it). */
    public BookService(Clock clock, Unlock unlock) {
        this.clock = clock;
        this.unlock = unlock;
    }

    public Clock clock() {
        return clock;
    }

    public Book create(Path path, String personName) {
        return Book.create(path, personName, clock);
    }

    public Book open(Path path) {
        return Book.open(path, clock, unlock);
    }

    public Book open(Path path, Unlock with) {
        return Book.open(path, clock, with);
    }

    /** Opens only to read: nothing, not even a schema upgrade, is written. */
    public Book openToInspect(Path path) {
        return Book.openToInspect(path, clock, unlock);
    }

    public static boolean isEncrypted(Path path) {
        return Book.isEncryptedFile(path);
    }

    /** Creates a book full of realistic example data. Nothing is left behind if it fails. */
    public Book createDemo(Path path) {
        return createDemo(path, Progress.NONE);
    }

    /**
     * As {@link #createDemo(Path)}, stoppable: a cancel, like a failure, closes and deletes the
     * half-made book, so no file is left where the example book would have been.
     */
    public Book createDemo(Path path, Progress progress) {
        progress.checkCancelled();
        boolean hadBackups = java.nio.file.Files.exists(Backups.folderFor(path));
        DemoClock demoClock = new DemoClock(clock);
        Book book = Book.create(path, DemoBook.PERSON, demoClock);
        try {
            new DemoBook(book, demoClock).fill(progress);
            return book;
        } catch (RuntimeException e) {
            book.close();
            deleteBookFiles(book.path());
            if (!hadBackups) {
                Backups.deleteFolderOf(book.path()); // the year-end copy its pay runs made on the way
            }
            throw e;
        } finally {
            demoClock.backToNow();
        }
    }

    /**
     * The book setting that marks the example book: its figures are made up. It travels with the
     * book (a copy or a restored backup of the example is still the example).
     */
    static final String EXAMPLE_SETTING = "example_book";

    /** Whether {@code book} was made by {@link #createDemo}: its figures are made up. */
    public static boolean isExample(Book book) {
        return new uk.supportbudget.store.BookSettingRepository(book).get(EXAMPLE_SETTING).isPresent();
    }

    public BookCheck.Report check(Path path) {
        return BookCheck.run(path, clock, unlock);
    }

    public Path backup(Path book, Path target) {
        try (Book open = Book.open(book, clock, unlock)) {
            return Backups.copyTo(open, target);
        }
    }

    /** Backs up the open book into its backup folder; a cancel leaves no part-written file. */
    public static Path backupNow(Book book, Progress progress) {
        return Backups.backupNow(book, "", progress);
    }

    public Optional<Path> restore(Path backup, Path book) {
        return Backups.restore(backup, book, clock, unlock);
    }

    public Optional<Path> restore(Path backup, Path book, Unlock with) {
        return Backups.restore(backup, book, clock, with);
    }

    /** As {@link #restore(Path, Path)}: the checks can be stopped, the swap that follows cannot. */
    public Optional<Path> restore(Path backup, Path book, Progress progress) {
        return Backups.restore(backup, book, clock, unlock, progress);
    }

    /** As {@link #restore(Path, Path, Unlock)}: the checks can be stopped, the swap that follows cannot. */
    public Optional<Path> restore(Path backup, Path book, Unlock with, Progress progress) {
        return Backups.restore(backup, book, clock, with, progress);
    }

    /** Writes the printable recovery sheet for an encrypted book, owner-only. */
    public Path writeRecoverySheet(Path book, String recoveryKey, Path pdf) {
        byte[] sheet = uk.supportbudget.report.RecoverySheetPdf.render(book.getFileName().toString(), recoveryKey,
                java.time.LocalDate.now(clock));
        try {
            java.nio.file.Files.deleteIfExists(pdf);
            uk.supportbudget.store.OwnerOnly.createFile(pdf);
            java.nio.file.Files.write(pdf, sheet);
            return pdf;
        } catch (java.io.IOException e) {
            throw new uk.supportbudget.domain.Refusal("The recovery sheet could not be saved (" + e.getMessage()
                    + "). Choose another folder; the recovery key is still shown on screen.", e);
        }
    }

    /** Encrypts an open book; the result carries the recovery key, shown once. */
    public BookEncryption.Encrypted encrypt(Book book, char[] passphrase) {
        return BookEncryption.encrypt(book, passphrase);
    }

    public void decrypt(Book book) {
        BookEncryption.decrypt(book);
    }

    /** As {@link #encrypt(Book, char[])}; a cancel before the swap leaves the book as it was, unencrypted. */
    public BookEncryption.Encrypted encrypt(Book book, char[] passphrase, Progress progress) {
        return BookEncryption.encrypt(book, passphrase, progress);
    }

    /** As {@link #decrypt(Book)}; a cancel before the swap leaves the book as it was, encrypted. */
    public void decrypt(Book book, Progress progress) {
        BookEncryption.decrypt(book, progress);
    }

    public void changePassphrase(Book book, Unlock current, char[] newPassphrase) {
        BookEncryption.changePassphrase(book, current, newPassphrase);
    }

    /** Removes a book this process has just made and closed, with its WAL and lock file. */
    static void deleteBookFiles(Path book) {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            try {
                java.nio.file.Files.deleteIfExists(book.resolveSibling(book.getFileName() + suffix));
            } catch (java.io.IOException e) {
                // best effort: the caller reports the original failure
            }
        }
    }

    /** People type "Jane" in a save dialog; the file should still be recognisable as a book. */
    public static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + Book.EXTENSION);
    }
}
