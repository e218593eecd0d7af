package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.ColumnMappingNeeded;
import uk.supportbudget.io.bank.CsvMapping;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.io.bank.StatementReader;
import uk.supportbudget.store.Book;

class CsvMappingProfilesTest {

    private static final String FILE = """
            Account 12345678
            Posted,Narrative,Out,In,Ref
            01.02.2025,NORTHSHIRE COUNCIL,,1000.00,A1
            03.02.2025,STAGECOACH BUS,12.60,,A2
            """;
    /** The same layout next month, with one more preamble line and the headings in other case. */
    private static final String NEXT_MONTH = """
            Account 12345678
            Statement for March
            POSTED , narrative,OUT,IN,REF
            01.03.2025,NORTHSHIRE COUNCIL,,1000.00,B1
            """;

    @TempDir
    Path folder;

    private Book book;
    private final CsvMappingProfiles profiles = new CsvMappingProfiles();

    @BeforeEach
    void openBook() {
        book = Book.create(folder.resolve("test.sbook"), "Test",
                Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void closeBook() {
        book.close();
    }

    private static ColumnMappingNeeded question(String csv) {
        return assertThrows(ColumnMappingNeeded.class,
                () -> StatementReader.read(csv.getBytes(StandardCharsets.UTF_8), "statement.csv"));
    }

    @Test
    void choicesAreSavedAndOfferedForAFileWithTheSameHeadings() {
        ColumnMappingNeeded first = question(FILE);
        assertEquals(2, first.headerLine());
        assertTrue(profiles.savedFor(book, first).isEmpty(), "nothing saved yet");

        CsvMapping chosen = new CsvMapping(first.headerLine(), 0, CsvMapping.NONE, 3, 2, 1, CsvMapping.NONE, 4,
                CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, "dd.MM.yyyy", false);
        profiles.save(book, first.header(), chosen);

        ColumnMappingNeeded second = question(NEXT_MONTH);
        CsvMapping offered = profiles.savedFor(book, second).orElseThrow();
        assertEquals(3, offered.headerLine(), "moved to where this file's headings are");
        assertEquals(chosen.paidOut(), offered.paidOut());
        assertEquals("dd.MM.yyyy", offered.dateFormat());

        var statement = StatementReader.read(NEXT_MONTH.getBytes(StandardCharsets.UTF_8), "march.csv",
                ReadOptions.defaults().withMapping(offered));
        assertEquals(1, statement.rows().size());
        assertEquals(Money.parse("1000.00"), statement.rows().get(0).amount());
        assertEquals("NORTHSHIRE COUNCIL", statement.rows().get(0).payee());
    }

    @Test
    void savingAgainReplacesTheChoicesAndOtherHeadingsAreNotOffered() {
        ColumnMappingNeeded first = question(FILE);
        profiles.save(book, first.header(), CsvMapping.of(2, 0, 2, 1));
        profiles.save(book, first.header(), CsvMapping.of(2, 0, 3, 1));
        assertEquals(3, profiles.savedFor(book, first).orElseThrow().amount());
        assertTrue(profiles.savedFor(book, question(FILE.replace(",Ref\n", ",Our ref\n"))).isEmpty());
    }

    @Test
    void signatureIgnoresCaseAndSpacingButNotOrder() {
        assertEquals(CsvMappingProfiles.signature(List.of("Posted", " Narrative ")),
                CsvMappingProfiles.signature(List.of("POSTED", "narrative")));
        assertTrue(!CsvMappingProfiles.signature(List.of("a", "b")).equals(CsvMappingProfiles.signature(List.of("b", "a"))));
    }
}
