package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.money.Money;

class DuplicatePlannerTest {

    private static StatementRow row(int line, String date, long pence, String text) {
        return new StatementRow(line, LocalDate.parse(date), Money.ofPence(pence), "", text, "", "", null);
    }

    /** What the book would hold after importing these rows. */
    private static Map<ImportKey, Integer> book(List<StatementRow> rows) {
        Map<ImportKey, Integer> counts = new HashMap<>();
        for (StatementRow row : rows) {
            counts.merge(ImportKey.of(row), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void reimportingTheSameFileFindsEveryRowAlreadyThere() {
        List<StatementRow> rows = Fixtures.read("lloyds.csv").rows();
        ImportPlan plan = DuplicatePlanner.plan(rows, book(rows));
        assertEquals(0, plan.newCount());
        assertEquals(rows.size(), plan.duplicateCount());
    }

    @Test
    void overlappingStatementAddsOnlyTheRowsOutsideTheOverlap() {
        List<StatementRow> january = List.of(row(2, "2025-01-10", -500, "BUS"), row(3, "2025-01-20", -4500, "AGENCY"));
        List<StatementRow> later = List.of(row(2, "2025-01-20", -4500, "AGENCY"), row(3, "2025-02-01", 100000, "COUNCIL"));
        ImportPlan plan = DuplicatePlanner.plan(later, book(january));
        assertEquals(List.of(false, true), plan.rows().stream().map(r -> !r.duplicate()).toList());
        assertEquals(List.of(later.get(1)), plan.newRows());
    }

    @Test
    void twoIdenticalRowsInOneFileAreTwoTransactions() {
        List<StatementRow> rows = List.of(row(2, "2025-01-10", -500, "BUS FARE"), row(3, "2025-01-10", -500, "BUS FARE"));
        assertEquals(2, DuplicatePlanner.plan(rows, Map.of()).newCount());
        assertEquals(0, DuplicatePlanner.plan(rows, book(rows)).newCount(), "and both are duplicates next time");
    }

    @Test
    void aThirdIdenticalRowInALaterDownloadIsNew() {
        List<StatementRow> two = List.of(row(2, "2025-01-10", -500, "BUS FARE"), row(3, "2025-01-10", -500, "BUS FARE"));
        List<StatementRow> three = List.of(two.get(0), two.get(1), row(4, "2025-01-10", -500, "BUS FARE"));
        ImportPlan plan = DuplicatePlanner.plan(three, book(two));
        assertEquals(List.of(true, true, false), plan.rows().stream().map(ImportPlan.PlannedRow::duplicate).toList());
    }

    @Test
    void bankIdIsTheKeyWhenTheFileHasOne() {
        StatementRow first = new StatementRow(5, LocalDate.of(2025, 1, 10), Money.ofPence(-500), "BUS", "", "", "FIT1", null);
        StatementRow renamed = new StatementRow(9, LocalDate.of(2025, 1, 11), Money.ofPence(-500), "BUS CO", "x", "", "FIT1", null);
        assertEquals(ImportKey.of(first), ImportKey.of(renamed));
    }

    @Test
    void textIsNormalisedSoPaddingAndCaseDoNotMatter() {
        assertEquals(ImportKey.of(row(2, "2025-01-10", -500, "Bright  Care, Agency")),
                ImportKey.of(row(7, "2025-01-10", -500, "BRIGHT CARE AGENCY")));
        assertNotEquals(ImportKey.of(row(2, "2025-01-10", -500, "BUS")), ImportKey.of(row(2, "2025-01-10", -501, "BUS")));
    }
}
