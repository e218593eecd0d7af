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

    static String show(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
