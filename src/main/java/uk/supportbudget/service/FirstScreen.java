package uk.supportbudget.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the app shows when it starts. A book asked for on the command line, else the last book
 * opened; the welcome page when that book is no longer there. On a first run (no book ever
 * opened, and the example not yet tried) the example book opens straight away, so a newcomer
 * sees a budget book working before being asked to set one up.
 */
public record FirstScreen(Kind kind, Optional<Path> book) {

    public enum Kind {
        /** Open {@link #book()}. */
        BOOK,
        /** A first run: make (or open) the example book. */
        EXAMPLE,
        /** The welcome page: start a book, explore the example, or open a recent one. */
        WELCOME
    }

    public FirstScreen {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(book);
        if ((kind == Kind.BOOK) != book.isPresent()) {
            throw new IllegalArgumentException("Only a screen that opens a book names one: " + kind + " " + book);
        }
    }

    public static FirstScreen of(Path book) {
        return new FirstScreen(Kind.BOOK, Optional.of(book));
    }

    public static final FirstScreen EXAMPLE = new FirstScreen(Kind.EXAMPLE, Optional.empty());
    public static final FirstScreen WELCOME = new FirstScreen(Kind.WELCOME, Optional.empty());

    /**
     * The choice for a start with {@code requested} (null: none) and these settings; {@code exists}
     * says whether a book's file is there (a parameter so the rule is tested without files).
     */
    public static FirstScreen choose(Path requested, AppSettings.Values settings, Predicate<Path> exists) {
        Path wanted = requested != null ? requested
                : Optional.ofNullable(settings.lastBook).map(Path::of).orElse(null);
        if (wanted != null) {
            return exists.test(wanted) ? of(wanted) : WELCOME;
        }
        boolean firstRun = settings.recentBooks.isEmpty() && !settings.exampleOffered;
        return firstRun ? EXAMPLE : WELCOME;
    }
}
