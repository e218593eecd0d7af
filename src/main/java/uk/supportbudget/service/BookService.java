package uk.supportbudget.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

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
        DemoClock demoClock = new DemoClock(clock);
        Book book = Book.create(path, DemoBook.PERSON, demoClock);
        try {
            new DemoBook(book, demoClock).fill();
            return book;
        } catch (RuntimeException e) {
            book.close();
            deleteBookFiles(book.path());
            throw e;
        } finally {
            demoClock.backToNow();
        }
    }

    public BookCheck.Report check(Path path) {
        return BookCheck.run(path, clock, unlock);
    }

    public Path backup(Path book, Path target) {
        try (Book open = Book.open(book, clock, unlock)) {
            return Backups.copyTo(open, target);
        }
    }

    public Optional<Path> restore(Path backup, Path book) {
        return Backups.restore(backup, book, clock, unlock);
    }

    public Optional<Path> restore(Path backup, Path book, Unlock with) {
        return Backups.restore(backup, book, clock, with);
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
