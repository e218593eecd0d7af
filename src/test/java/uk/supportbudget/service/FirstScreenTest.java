package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** What the app starts on: the rule behind a first run's example book. */
class FirstScreenTest {

    private static final Path OWN = Path.of("/books/Jane Doe.sbook");
    private static final Path OTHER = Path.of("/usb/Sam Lee.sbook");
    private static final Predicate<Path> BOTH_THERE = Set.of(OWN, OTHER)::contains;
    private static final Predicate<Path> NOTHING_THERE = path -> false;

    private static AppSettings.Values settings(String lastBook, List<String> recent, boolean exampleOffered) {
        AppSettings.Values values = new AppSettings.Values();
        values.lastBook = lastBook;
        values.recentBooks.addAll(recent);
        values.exampleOffered = exampleOffered;
        return values;
    }

    @Test
    void aFirstRunOpensTheExampleBook() {
        assertEquals(FirstScreen.EXAMPLE, FirstScreen.choose(null, new AppSettings.Values(), NOTHING_THERE));
    }

    @Test
    void theExampleOpensByItselfOnlyOnceSoACancelOrALeaveIsRespected() {
        assertEquals(FirstScreen.WELCOME, FirstScreen.choose(null, settings(null, List.of(), true), NOTHING_THERE));
    }

    @Test
    void laterRunsOpenTheLastBook() {
        assertEquals(FirstScreen.of(OWN), FirstScreen.choose(null, settings(OWN.toString(), List.of(OWN.toString()), true), BOTH_THERE));
        // someone who used the app before first runs were told apart
        assertEquals(FirstScreen.of(OWN), FirstScreen.choose(null, settings(OWN.toString(), List.of(OWN.toString()), false), BOTH_THERE));
    }

    @Test
    void aBookAskedForOpensEvenOnAFirstRun() {
        assertEquals(FirstScreen.of(OTHER), FirstScreen.choose(OTHER, new AppSettings.Values(), BOTH_THERE));
        assertEquals(FirstScreen.of(OTHER), FirstScreen.choose(OTHER, settings(OWN.toString(), List.of(OWN.toString()), true), BOTH_THERE));
    }

    @Test
    void aMissingBookShowsTheWelcomePageNeverTheExample() {
        assertEquals(FirstScreen.WELCOME, FirstScreen.choose(null, settings(OWN.toString(), List.of(OWN.toString()), false), NOTHING_THERE));
        assertEquals(FirstScreen.WELCOME, FirstScreen.choose(OTHER, new AppSettings.Values(), NOTHING_THERE));
    }

    @Test
    void aClosedBookLeavesTheWelcomePageForNextTime() {
        // Close book forgets the last book but keeps it among the recent ones
        assertEquals(FirstScreen.WELCOME, FirstScreen.choose(null, settings(null, List.of(OWN.toString()), false), BOTH_THERE));
    }
}
