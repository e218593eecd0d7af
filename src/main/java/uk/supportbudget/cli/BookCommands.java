package uk.supportbudget.cli;

import java.nio.file.Path;
import java.time.Clock;

import uk.supportbudget.service.BookService;

/** What the book commands share: the clock and the book service. */
final class BookCommands {

    private BookCommands() {
    }

    static BookService service() {
        return new BookService(Clock.systemDefaultZone());
    }

    /** For commands that open an existing book, which may be encrypted. */
    static BookService service(PassphraseOption passphrase) {
        return new BookService(Clock.systemDefaultZone(), passphrase.unlock());
    }

    static String show(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
