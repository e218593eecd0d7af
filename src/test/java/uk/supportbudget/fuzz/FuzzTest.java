package uk.supportbudget.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.constraints.Size;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.io.bank.StatementReader;
import uk.supportbudget.service.ImportService;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;
import uk.supportbudget.testing.CliRun;

/**
 * Random and mutated statement files, tax codes, amounts and dates thrown at the parsers, the
 * import and the payroll: every input is either accepted or refused with a reason. No other
 * exception escapes, and a refused import writes nothing.
 */
class FuzzTest {

    private static final List<String> FIXTURES = List.of("barclays.csv", "lloyds.csv", "natwest.csv", "nationwide.csv",
            "monzo.csv", "starling.csv", "hsbc.csv", "dmy.qif", "statement-v1.ofx", "statement-v2.ofx", "santander.txt");
    private static final AtomicLong TRIED = new AtomicLong();
    private static final String TRICKY = ",;\n\r\"'\u00a3-.0/\t";

    @AfterContainer
    static void report() {
        System.out.println("fuzz inputs tried: " + TRIED.get());
    }

    @Property(tries = 400)
    void randomBytesAreReadOrRefused(@ForAll @Size(max = 2000) byte[] content) {
        readOrRefuse(content);
    }

    @Property(tries = 600)
    void mutatedStatementsAreReadOrRefused(@ForAll("fixtures") String fixture, @ForAll long seed) throws IOException {
        readOrRefuse(mutate(load(fixture), new Random(seed)));
    }

    @Property(tries = 500)
    void taxCodesParseOrAreRefused(@ForAll("taxCodes") String text) {
        TRIED.incrementAndGet();
        try {
            TaxCode.parse(text);
        } catch (Refusal expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }

    @Property(tries = 500)
    void amountsParseOrAreRefused(@ForAll("amounts") String text) {
        TRIED.incrementAndGet();
        try {
            Money lenient = Money.parseLenient(text);
            assertEquals(lenient, Money.parseLenient(lenient.plain()));
        } catch (Refusal expected) {
            assertFalse(expected.getMessage().isBlank());
        }
        try {
            Money strict = Money.parse(text);
            assertEquals(strict, Money.parse(strict.plain()));
        } catch (Refusal expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }

    @Property(tries = 400)
    void payrollCalculatesOrRefusesWithAReason(@ForAll("taxYears") String year, @ForAll("frequencies") String frequency,
                                               @ForAll("periods") String period, @ForAll("taxCodes") String code,
                                               @ForAll("categories") String category, @ForAll("amounts") String gross,
                                               @ForAll("amounts") String previousPay, @ForAll("amounts") String previousTax) {
        TRIED.incrementAndGet();
        CliRun run = CliRun.of("payroll-calc", "--tax-year", year, "--frequency", frequency, "--period", period,
                "--tax-code", code, "--ni-category", category, "--gross", gross, "--prev-taxable-pay", previousPay,
                "--prev-tax-paid", previousTax);
        assertTrue(run.exit() >= 0 && run.exit() <= 2, run::toString);
        assertFalse(run.err().contains("Something went wrong inside"), run::toString);
        if (run.exit() == 0) {
            assertFalse(run.json().get("employeeNi").asText().startsWith("-"), "NI is never negative: " + run);
        } else {
            assertFalse(run.err().isBlank(), run::toString);
            assertEquals("", run.out(), run::toString);
        }
    }

    @Example
    void aRefusedImportWritesNothing() throws Exception {
        Path folder = Files.createTempDirectory("fuzz-import");
        Path path = folder.resolve("fuzz.sbook");
        Random random = new Random(5);
        try (Book book = Book.create(path, "Fuzz", Clock.systemUTC())) {
            ImportService imports = new ImportService();
            TransactionRepository transactions = new TransactionRepository(book);
            for (int i = 0; i < 150; i++) {
                TRIED.incrementAndGet();
                byte[] content = mutate(load(FIXTURES.get(i % FIXTURES.size())), random);
                long before = transactions.count();
                try {
                    imports.apply(book, "Bank " + (i % 3), content, "mutated-" + i + ".csv", ReadOptions.defaults());
                } catch (Refusal refused) {
                    assertEquals(before, transactions.count(), "a refused import wrote rows: " + refused.getMessage());
                }
            }
        }
        byte[] after = Files.readAllBytes(path);
        assertArrayEquals(after, Files.readAllBytes(path));
        assertEquals(0, uk.supportbudget.testing.CliRun.of("check", "--book", path.toString()).exit());
    }

    private static void readOrRefuse(byte[] content) {
        TRIED.incrementAndGet();
        try {
            StatementReader.read(content, "statement.csv", ReadOptions.defaults());
        } catch (Refusal expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }

    /** Flips, deletes, duplicates and inserts bytes, or cuts the file short. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = splice(bytes, at, 1 + random.nextInt(Math.min(40, bytes.length - at)), new byte[0]);
                case 2 -> bytes = splice(bytes, at, 0, new byte[] {(byte) TRICKY.charAt(random.nextInt(TRICKY.length()))});
                case 3 -> bytes = java.util.Arrays.copyOf(bytes, at);
                default -> bytes = splice(bytes, at, 0, java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 80)));
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    private static byte[] load(String fixture) throws IOException {
        try (InputStream in = FuzzTest.class.getResourceAsStream("/bank/" + fixture)) {
            return in.readAllBytes();
        }
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    @Provide
    Arbitrary<String> taxCodes() {
        Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789LMNTKSCBRDX ").ofMinLength(0).ofMaxLength(9);
        Arbitrary<String> real = Arbitraries.of("1257L", "S1257L", "C1257L", "K585", "SK100", "BR", "D0", "D1", "SBR",
                "SD0", "SD1", "SD2", "SD3", "CBR", "CD0", "CD1", "NT", "0T", "1257L W1", "1257L M1", "1257L X", "K9999",
                "99999L", "12Q57", "", " ");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(shaped, real, noise);
    }

    @Provide
    Arbitrary<String> amounts() {
        Arbitrary<String> exact = Arbitraries.longs().between(-10_000_000_00L, 10_000_000_00L).map(p -> Money.ofPence(p).plain());
        Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789.,-£() e").ofMaxLength(14);
        return Arbitraries.oneOf(exact, shaped, Arbitraries.of("0.00", "-0.00", "1e3", "NaN", "999999999999999999.99"));
    }

    @Provide
    Arbitrary<String> taxYears() {
        return Arbitraries.of("2024-25", "2025-26", "2026-27", "2023-24", "2027-28", "2025", "x");
    }

    @Provide
    Arbitrary<String> frequencies() {
        return Arbitraries.of("weekly", "fortnightly", "four-weekly", "monthly", "daily", "");
    }

    @Provide
    Arbitrary<String> periods() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-2, 60).map(String::valueOf), Arbitraries.of("x", "1.5", ""));
    }

    @Provide
    Arbitrary<String> categories() {
        return Arbitraries.of("A", "B", "C", "H", "J", "M", "X", "Z", "F", "I", "L", "S", "V", "Q", "a", "");
    }
}
