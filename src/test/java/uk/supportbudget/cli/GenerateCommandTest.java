package uk.supportbudget.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import uk.supportbudget.testing.CliRun;

class GenerateCommandTest {

    @TempDir
    Path folder;

    @Test
    void makesTheNumberOfTransactionsAskedForAndPassesCheck() {
        Path book = folder.resolve("big.sbook");
        CliRun run = CliRun.of("generate", "--book", book.toString(), "--years", "2", "--staff", "4",
                "--transactions", "3000", "--seed", "9");
        assertEquals(0, run.exit(), run::toString);
        assertEquals(3000, run.json().get("transactions").asInt());
        CliRun check = CliRun.of("check", "--book", book.toString());
        assertEquals(0, check.exit(), check::toString);
        assertEquals(3000, check.json().get("counts").get("transactions").asInt());
    }

    @Test
    void theSameSeedGivesTheSameBook() {
        JsonNode first = ledgerOf("a.sbook", "5");
        JsonNode second = ledgerOf("b.sbook", "5");
        JsonNode other = ledgerOf("c.sbook", "6");
        assertEquals(first, second);
        assertFalse(first.equals(other));
    }

    @Test
    void refusesToOverwriteAndRefusesSillySizes() throws Exception {
        Path existing = Files.writeString(folder.resolve("mine.sbook"), "keep me");
        assertEquals(1, CliRun.of("generate", "--book", existing.toString(), "--transactions", "10").exit());
        assertEquals("keep me", Files.readString(existing));
        CliRun silly = CliRun.of("generate", "--book", folder.resolve("x.sbook").toString(), "--years", "0");
        assertEquals(1, silly.exit());
        assertTrue(silly.err().contains("--years"), silly::toString);
        assertFalse(Files.exists(folder.resolve("x.sbook")));
    }

    private JsonNode ledgerOf(String name, String seed) {
        Path book = folder.resolve(name);
        CliRun.of("generate", "--book", book.toString(), "--years", "1", "--staff", "2", "--transactions", "500",
                "--seed", seed);
        JsonNode ledger = CliRun.of("ledger", "--book", book.toString()).json();
        for (JsonNode row : ledger.get("transactions")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) row).remove("id");
        }
        return ledger;
    }
}
