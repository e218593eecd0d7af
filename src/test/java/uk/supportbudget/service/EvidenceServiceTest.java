package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Evidence;
import uk.supportbudget.domain.ledger.EvidenceType;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;

class EvidenceServiceTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @TempDir
    Path folder;

    private Book book;
    private EvidenceService evidence;
    private List<Transaction> added;

    @BeforeEach
    void openBook() {
        book = Book.create(folder.resolve("test.sbook"), "Test",
                Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
        evidence = new EvidenceService(book);
        long account = new AccountRepository(book).add(new Account(0, "Direct payment account", AccountKind.BANK, "",
                "", Money.ZERO, LocalDate.of(2025, 1, 1))).id();
        TransactionRepository transactions = new TransactionRepository(book);
        added = transactions.addAll(List.of(
                Transaction.of(account, LocalDate.of(2025, 1, 5), Money.parse("1000.00"), "Council", "", Category.COUNCIL_PAYMENT, null, ""),
                Transaction.of(account, LocalDate.of(2025, 1, 10), Money.parse("-45.00"), "Bright Care", "", Category.AGENCY_CARE, null, ""),
                Transaction.of(account, LocalDate.of(2025, 1, 20), Money.parse("-12.60"), "Stagecoach", "", Category.TRANSPORT, null, ""),
                Transaction.of(account, LocalDate.of(2025, 2, 3), Money.parse("-250.00"), "Mobility shop", "", Category.EQUIPMENT, null, "")));
        long card = new AccountRepository(book).add(new Account(0, "Prepaid card", AccountKind.PREPAID_CARD, "", "",
                Money.ZERO, LocalDate.of(2025, 1, 1))).id();
        transactions.addTransfer(account, card, LocalDate.of(2025, 1, 15), Money.parse("100.00"), "Top up");
    }

    @AfterEach
    void closeBook() {
        book.close();
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private long id(int index) {
        return added.get(index).id();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "receipt.jpg, JPEG",
            "photo-named-as.pdf, JPEG",
            "scan.png, PNG",
            "no-extension, PNG"})
    void theTypeComesFromTheBytesNotTheName(String name, EvidenceType expected) throws IOException {
        byte[] content = expected == EvidenceType.JPEG ? JPEG : PNG;
        Evidence kept = evidence.attach(id(1), file(name, content)).evidence();
        assertEquals(expected, kept.mediaType());
        assertEquals(name, kept.fileName());
    }

    @Test
    void aPdfIsRecognisedEvenAfterJunkBeforeItsHeader() throws IOException {
        byte[] content = ("\r\n%PDF-1.7\n1 0 obj\n").getBytes(StandardCharsets.US_ASCII);
        assertEquals(EvidenceType.PDF, evidence.attach(id(1), file("receipt.bin", content)).evidence().mediaType());
    }

    @ParameterizedTest
    @CsvSource({
            "receipt.pdf, 'PK zip: a spreadsheet or Word file'",
            "receipt.jpg, 'GIF89a'",
            "notes.txt, 'Bought a kettle'"})
    void anythingElseIsRefusedWithASentenceAndNothingIsKept(String name, String content) throws IOException {
        Refusal refusal = assertThrows(Refusal.class,
                () -> evidence.attach(id(1), file(name, content.getBytes(StandardCharsets.UTF_8))));
        assertEquals(name + " is not a photo (JPEG or PNG) or a PDF, so it was not attached;"
                + " save the receipt as a PDF or take a photo of it and attach that.", refusal.getMessage());
        assertTrue(evidence.list(id(1)).isEmpty());
    }

    @Test
    void filesOverTheLimitAndEmptyFilesAreRefused() throws IOException {
        Path big = folder.resolve("huge.jpg");
        try (RandomAccessFile out = new RandomAccessFile(big.toFile(), "rw")) {
            out.write(JPEG);
            out.setLength(EvidenceService.MAX_BYTES + 1);
        }
        Refusal tooBig = assertThrows(Refusal.class, () -> evidence.attach(id(1), big));
        assertTrue(tooBig.getMessage().startsWith("huge.jpg is 20 MB, more than the 20 MB a receipt can be"),
                tooBig.getMessage());
        Refusal empty = assertThrows(Refusal.class, () -> evidence.attach(id(1), file("empty.jpg", new byte[0])));
        assertTrue(empty.getMessage().startsWith("empty.jpg is empty"));
        assertTrue(evidence.counts().isEmpty());
    }

    @Test
    void theSameFileIsKeptOnceHoweverOftenItIsAttached() throws IOException {
        EvidenceService.Attached first = evidence.attach(id(1), file("a.jpg", JPEG));
        EvidenceService.Attached renamedCopy = evidence.attach(id(2), file("copy of a.jpg", JPEG));
        EvidenceService.Attached again = evidence.attach(id(1), file("a.jpg", JPEG));
        assertFalse(first.alreadyInBook());
        assertTrue(renamedCopy.alreadyInBook());
        assertFalse(renamedCopy.alreadyOnTransaction());
        assertTrue(again.alreadyOnTransaction());
        assertEquals(first.evidence().id(), renamedCopy.evidence().id());
        assertEquals(uk.supportbudget.store.EvidenceRepository.sha256(JPEG), first.evidence().sha256());
        assertEquals(1L, count("SELECT count(*) FROM evidence"));
        assertEquals(Map.of(id(1), 1, id(2), 1), evidence.counts());

        evidence.detach(id(1), first.evidence().id());
        assertEquals(1L, count("SELECT count(*) FROM evidence"), "still used by the bus fare");
        evidence.detach(id(2), first.evidence().id());
        assertEquals(0L, count("SELECT count(*) FROM evidence"), "gone when nothing uses it");
    }

    @Test
    void openingWritesAPrivateCopyWithTheRightExtension() throws IOException {
        Evidence kept = evidence.attach(id(1), file("till receipt", PNG)).evidence();
        Path copy = evidence.open(kept);
        assertArrayEquals(PNG, Files.readAllBytes(copy));
        assertTrue(copy.getFileName().toString().endsWith(".png"));
        if (Files.getFileStore(copy).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())));
        }
    }

    @Test
    void missingListsSpendingAtOrAboveTheThresholdWithoutEvidence() throws IOException {
        assertEquals(Money.ZERO, evidence.threshold(), "by default every payment needs a receipt");
        assertEquals(List.of("Bright Care", "Stagecoach", "Mobility shop"), payees(evidence.missing(null, null)),
                "money in and transfers between own accounts need none");

        evidence.attach(id(1), file("agency.jpg", JPEG));
        assertEquals(List.of("Stagecoach", "Mobility shop"), payees(evidence.missing(null, null)));
        assertEquals(List.of("Stagecoach"), payees(evidence.missing(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))));

        evidence.setThreshold(Money.parse("12.60"));
        assertEquals(List.of("Stagecoach", "Mobility shop"), payees(evidence.missing(null, null)), "at the threshold counts");
        evidence.setThreshold(Money.parse("12.61"));
        assertEquals(List.of("Mobility shop"), payees(evidence.missing(null, null)));
        assertEquals(Money.parse("12.61"), new EvidenceService(book).threshold(), "kept in the book");
        assertThrows(Refusal.class, () -> evidence.setThreshold(Money.parse("-1.00")));
    }

    private static List<String> payees(List<Transaction> transactions) {
        return transactions.stream().map(Transaction::payee).toList();
    }

    private long count(String sql) {
        return book.read(connection -> {
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
