package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.testing.CliRun;

/**
 * Personal data stays on the machine and out of logs: known names, NI numbers, bank details
 * and amounts are seeded, the main flows run, and every log file is searched for them; and no
 * socket is opened along the way.
 */
class PrivacyTest {

    private static final String NAME = "Zanzibar Quux";
    private static final String PAYEE = "Ophelia Wrenfield";
    private static final String NI_NUMBER = "QQ123456C";
    private static final String ACCOUNT_NUMBER = "80461234";
    private static final String AMOUNT = "4321.98";
    private static final AtomicInteger SOCKETS = new AtomicInteger();

    @TempDir
    static Path home;

    private static String previousHome;

    @BeforeAll
    static void sealTheNetwork() throws IOException {
        previousHome = System.getProperty("supportbudget.home");
        System.setProperty("supportbudget.home", home.toString());
        AppLog.toFolder(home);
        try {
            Socket.setSocketImplFactory(() -> {
                SOCKETS.incrementAndGet();
                throw new IllegalStateException("Support Budget must not open network sockets");
            });
        } catch (IOException | Error alreadySet) {
            // another test in this JVM set it first; the counter below still tells
        }
    }

    @AfterAll
    static void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("supportbudget.home");
        } else {
            System.setProperty("supportbudget.home", previousHome);
        }
    }

    @Test
    void theMainFlowsLeaveNoPersonalDataInLogsAndOpenNoSockets() throws Exception {
        Path book = home.resolve(NAME + ".sbook");
        Path statement = Files.writeString(home.resolve("statement.csv"), """
                Date,Description,Amount
                01/10/2026,%s WAGES %s,-%s
                02/10/2026,%s REF %s,12.00
                31/02/2026,not a real day,-1.00
                """.formatted(PAYEE, NI_NUMBER, AMOUNT, NAME, ACCOUNT_NUMBER), StandardCharsets.UTF_8);
        List<CliRun> runs = new ArrayList<>();
        runs.add(CliRun.of("new-book", "--book", book.toString(), "--name", NAME));
        runs.add(CliRun.of("import-bank", "--book", book.toString(), "--account", NAME + " account", "--file", statement.toString()));
        runs.add(CliRun.of("ledger", "--book", book.toString()));
        runs.add(CliRun.of("check", "--book", book.toString()));
        runs.add(CliRun.of("backup", "--book", book.toString(), "--to", home.resolve(NAME + " copy.sbook").toString()));
        runs.add(CliRun.of("demo-book", "--book", home.resolve("demo.sbook").toString()));
        runs.add(CliRun.of("payroll-calc", "--tax-year", "2026-27", "--frequency", "monthly", "--period", "1",
                "--tax-code", "1257L", "--ni-category", "A", "--gross", AMOUNT));
        runs.add(CliRun.of("ledger", "--book", home.resolve("missing " + NAME + ".sbook").toString()));
        assertTrue(runs.get(1).out().contains("\"imported\":2,\"duplicates\":0,\"rejected\":[{\"line\":4"), runs.get(1)::toString);

        // A failure whose message carries personal data, as a real one might.
        AppLog.failure("Test flow", new IllegalStateException("could not pay " + PAYEE + " " + AMOUNT + " " + NI_NUMBER,
                new IOException(home.resolve(NAME + ".sbook").toString())));
        AppLog.event("A book was opened");
        AppLog.flush();

        List<Path> logs;
        try (Stream<Path> files = Files.walk(home.resolve("logs"))) {
            logs = files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".lck")).toList();
        }
        assertFalse(logs.isEmpty(), "the log should exist so that this test means something");
        String everything = String.join("\n", logs.stream().map(PrivacyTest::read).toList());
        assertTrue(everything.contains("IllegalStateException"), "failures are still logged by type");
        for (String secret : new String[] {NAME, "Zanzibar", PAYEE, NI_NUMBER, "QQ 12 34 56 C", ACCOUNT_NUMBER, AMOUNT, "4,321.98"}) {
            assertFalse(Pattern.compile(Pattern.quote(secret), Pattern.CASE_INSENSITIVE).matcher(everything).find(),
                    "the log mentions " + secret);
        }
        assertEquals(0, SOCKETS.get(), "a network socket was opened");
    }

    @Test
    void mainCodeHasNoNetworkClient() throws IOException {
        Pattern network = Pattern.compile("java\\.net\\.(http|Socket|URL(Connection)?\\b|HttpURLConnection|DatagramSocket)"
                + "|new URL\\(|\\.openConnection\\(|\\.openStream\\(|HttpClient");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (network.matcher(Files.readString(file)).find()) {
                    found.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
