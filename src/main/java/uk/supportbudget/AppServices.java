package uk.supportbudget;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import uk.supportbudget.service.AppSettings;
import uk.supportbudget.service.BookService;

/** The composition root: what the app is built from, made once at start-up. */
public final class AppServices {

    private final AppSettings settings;
    private final BookService books;
    private final Clock clock;

    public AppServices(Path settingsFolder, Clock clock) {
        this.settings = new AppSettings(settingsFolder);
        this.books = new BookService(clock);
        this.clock = clock;
    }

    public AppSettings settings() {
        return settings;
    }

    public BookService books() {
        return books;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The example book lives with the app's settings, not among the user's own books. */
    public Path exampleBook() {
        return settings.folder().resolve("Example - Alex Morgan.sbook");
    }
}
