package uk.supportbudget.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's and the reminders' hot queries search the date index rather than scanning
 * every transaction, as {@code EXPLAIN QUERY PLAN} shows; that is what keeps a big book's
 * dashboard quick. The balances are the one sum over every row, and say so.
 */
class LedgerTotalsQueryPlanTest {

    @TempDir
    Path folder;

    @Test
    void dateBoundedTotalsSearchTheDateIndex() {
        try (Book book = Book.create(folder.resolve("plan.sbook"), "Plan", Clock.systemUTC())) {
            for (String sql : List.of(LedgerTotalsRepository.GROUPS, LedgerTotalsRepository.MOVEMENTS_SINCE)) {
                String plan = plan(book, sql);
                assertTrue(plan.contains("SEARCH txn USING INDEX txn_date (date>"), sql + "\n" + plan);
                assertFalse(plan.contains("SCAN txn"), sql + "\n" + plan);
            }
        }
    }

    @Test
    void splitPartsAreFoundThroughTheirIndexOrTheDateIndex() {
        try (Book book = Book.create(folder.resolve("plan.sbook"), "Plan", Clock.systemUTC())) {
            String plan = plan(book, LedgerTotalsRepository.OUT_PARTS);
            assertFalse(plan.contains("SCAN t\n") || plan.contains("SCAN t "), plan);
            assertTrue(plan.contains("USING INDEX txn_date") || plan.contains("USING INTEGER PRIMARY KEY"), plan);
        }
    }

    @Test
    void theNewestMovementIsReadFromTheEndOfTheDateIndex() {
        try (Book book = Book.create(folder.resolve("plan.sbook"), "Plan", Clock.systemUTC())) {
            for (String sql : List.of(LedgerTotalsRepository.LATEST_ON_OR_BEFORE, LedgerTotalsRepository.LATEST_IN_CATEGORY)) {
                String plan = plan(book, sql);
                // walked newest first and stopped at the first match (LIMIT 1), so no sort of the whole table
                assertTrue(plan.contains("USING INDEX txn_date"), sql + "\n" + plan);
                assertFalse(plan.contains("TEMP B-TREE"), sql + "\n" + plan);
            }
        }
    }

    private static String plan(Book book, String sql) {
        return book.read(connection -> {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                int parameters = explain.getParameterMetaData().getParameterCount();
                for (int i = 1; i <= parameters; i++) {
                    explain.setString(i, "2026-01-01");
                }
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(4));
                    }
                }
            }
            return String.join("\n", lines) + "\n";
        });
    }
}
