package uk.supportbudget.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookCheck;

/** Creating, opening, checking, backing up and restoring books: shared by the app and the CLI. */
public final class BookService {

    private final Clock clock;

    public BookService(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public Book create(Path path, String personName) {
        return Book.create(path, personName, clock);
    }

    public Book open(Path path) {
        return Book.open(path, clock);
    }

    /** Creates a book full of realistic example data. Nothing is left behind if it fails. */
    public Book createDemo(Path path) {
        Book book = create(path, DemoBook.PERSON);
        try {
            new DemoBook(book, clock).fill();
            return book;
        } catch (RuntimeException e) {
            book.close();
            deleteBookFiles(book.path());
            throw e;
        }
    }

    public BookCheck.Report check(Path path) {
        return BookCheck.run(path, clock);
    }

    public Path backup(Path book, Path target) {
        try (Book open = Book.open(book, clock)) {
            return Backups.copyTo(open, target);
        }
    }

    public Optional<Path> restore(Path backup, Path book) {
        return Backups.restore(backup, book, clock);
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
