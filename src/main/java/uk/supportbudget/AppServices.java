package uk.supportbudget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import uk.supportbudget.service.AppSettings;
import uk.supportbudget.service.BookService;
import uk.supportbudget.service.DashboardService;
import uk.supportbudget.service.FirstScreen;
import uk.supportbudget.store.Book;

/** The composition root: what the app is built from, made once at start-up. */
public final class AppServices {

    private final AppSettings settings;
    private final BookService books;
    private final Clock clock;
    private volatile OpenedAhead openedAhead;

    /**
     * The book the app starts on, opened and its dashboard added up on a thread of its own while
     * JavaFX starts ({@link App#main}); the main window takes it once, instead of opening the book itself.
     */
    public record OpenedAhead(Path path, LocalDate day, CompletableFuture<Book> book,
                              CompletableFuture<DashboardService.Summary> dashboard) {

        /** The opened book, or what stopped it opening (a passphrase needed, a damaged file) as thrown by {@link BookService#open}. */
        public Book bookNow() {
            return await(book);
        }

        /** The dashboard's figures for {@code today}, worked out ahead when they were for that day. */
        public Optional<DashboardService.Summary> dashboardFor(LocalDate today) {
            try {
                return today.equals(day) ? Optional.of(await(dashboard)) : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty(); // the page works it out again and reports any problem itself
            }
        }
    }

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

    /** What the app starts on: a book, the example book (a first run) or the welcome page. */
    public FirstScreen firstScreen(Path requested) {
        return FirstScreen.choose(requested, settings.values(), Files::exists);
    }

    /** The book to open on start: the one asked for, else the last one opened; empty when it is not there. */
    public Optional<Path> initialBook(Path requested) {
        return firstScreen(requested).book();
    }

    /** The book opened ahead for {@code path}, once; empty when none was (or it was for another file). */
    public Optional<OpenedAhead> takeOpenedAhead(Path path) {
        OpenedAhead ahead = openedAhead;
        openedAhead = null;
        return Optional.ofNullable(ahead).filter(a -> a.path().equals(path));
    }

    /**
     * Opens {@code path} and adds up its dashboard for {@code today} on the calling thread, for
     * {@link #takeOpenedAhead}; {@code announced} runs as soon as the main window may look for it.
     */
    void openAhead(Path path, LocalDate today, Runnable announced) {
        CompletableFuture<Book> book = new CompletableFuture<>();
        CompletableFuture<DashboardService.Summary> dashboard = new CompletableFuture<>();
        openedAhead = new OpenedAhead(path, today, book, dashboard);
        announced.run();
        try {
            Book opened = books.open(path);
            book.complete(opened);
            dashboard.complete(new DashboardService(opened).summary(today));
        } catch (Throwable e) {
            book.completeExceptionally(e);
            dashboard.completeExceptionally(e);
        }
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the book was opening", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The example book lives with the app's settings, not among the user's own books. */
    public Path exampleBook() {
        return settings.folder().resolve("Example - Alex Morgan.sbook");
    }
}
