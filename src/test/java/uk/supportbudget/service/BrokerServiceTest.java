package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.store.Book;

/** The broker overview over several books: one read, one open elsewhere, one on a stick taken out. */
class BrokerServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @Test
    void eachBookIsSummedUpOrGetsALineSayingWhyNot() throws Exception {
        BookService books = new BookService(CLOCK);
        Path example = folder.resolve("Alex.sbook");
        books.createDemo(example).close();
        Path plain = folder.resolve("Jane.sbook");
        books.create(plain, "Jane Doe").close();
        Path locked = folder.resolve("Locked.sbook");
        books.create(locked, "Sam Held").close();
        Path missing = folder.resolve("usb").resolve("Gone.sbook");
        byte[] before = Files.readAllBytes(example);

        BrokerService service = new BrokerService(CLOCK, new CouncilProfiles(folder.resolve("councils")));
        List<BrokerService.Overview> overviews;
        try (Book held = books.open(locked)) {
            overviews = service.overviews(List.of(example, plain, locked, missing), TODAY, () -> { });
        }

        BrokerService.Overview alex = overviews.get(0);
        assertEquals(BrokerService.Status.READ, alex.status());
        assertEquals("Alex Morgan", alex.person());
        assertTrue(alex.balance().isPositive());
        assertTrue(alex.weeksHeld().signum() > 0);
        assertTrue(alex.nextReturnDue().isPresent(), "the example has Westshire's quarterly profile");
        assertTrue(alex.lastBackup().isEmpty(), "nothing backed the example up here");
        assertTrue(alex.overdue().stream().anyMatch(r -> r.kind() == ReminderService.Kind.BACKUP));
        assertTrue(Files.readAllBytes(example).length == before.length, "looking changes nothing");

        BrokerService.Overview jane = overviews.get(1);
        assertEquals(BrokerService.Status.READ, jane.status());
        assertEquals("Jane Doe", jane.person());
        assertTrue(jane.nextReturnDue().isEmpty());

        assertEquals(BrokerService.Status.IN_USE, overviews.get(2).status());
        assertTrue(overviews.get(2).problem().contains("Open in another window"), overviews.get(2).problem());

        BrokerService.Overview gone = overviews.get(3);
        assertEquals(BrokerService.Status.MISSING, gone.status());
        assertTrue(gone.problem().contains("USB stick"), gone.problem());
        assertFalse(gone.readable());
    }

    @Test
    void aSummaryIsOnePagePdfAndOnlyForABookThatWasRead() throws Exception {
        BookService books = new BookService(CLOCK);
        Path example = folder.resolve("Alex.sbook");
        books.createDemo(example).close();
        BrokerService service = new BrokerService(CLOCK, new CouncilProfiles(folder.resolve("councils")));
        byte[] pdf = BrokerService.summaryPdf(service.overview(example, TODAY), TODAY);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Budget summary: Alex Morgan"), text);
            assertTrue(text.contains("Weeks of budget held"), text);
        }
        assertThrows(Refusal.class, () -> BrokerService.summaryPdf(service.overview(folder.resolve("none.sbook"), TODAY), TODAY));
    }

    @Test
    void aLongListStopsBetweenBooksWhenCancelled() {
        BrokerService service = new BrokerService(CLOCK, new CouncilProfiles(folder.resolve("councils")));
        assertThrows(CancellationException.class, () -> service.overviews(List.of(folder.resolve("a.sbook")), TODAY, () -> {
            throw new CancellationException();
        }));
    }
}
