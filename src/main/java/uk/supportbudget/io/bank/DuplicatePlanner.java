package uk.supportbudget.io.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which rows of a statement are already in the book. A pure function: the caller looks
 * up how many transactions the book already holds for each {@link ImportKey} and passes the
 * counts in.
 *
 * <p>The rule is count-based. For each key, if the book already holds N transactions with that
 * key, the first N rows in the file with that key are duplicates and the rest are new. So:
 * <ul>
 * <li>importing the same file again finds every row already there: 0 new;</li>
 * <li>an overlapping statement adds only the rows outside the overlap;</li>
 * <li>two identical rows inside one file (two £5.00 bus fares on one day) are two
 * transactions: both are new the first time, both duplicates the second time;</li>
 * <li>if a later download shows three such fares where the book has two, one is new.</li>
 * </ul>
 */
public final class DuplicatePlanner {

    private DuplicatePlanner() {
    }

    public static ImportPlan plan(List<StatementRow> rows, Map<ImportKey, Integer> alreadyInBook) {
        Map<ImportKey, Integer> seenInFile = new HashMap<>();
        List<ImportPlan.PlannedRow> planned = new ArrayList<>(rows.size());
        for (StatementRow row : rows) {
            ImportKey key = ImportKey.of(row);
            int occurrence = seenInFile.merge(key, 1, Integer::sum);
            int inBook = alreadyInBook.getOrDefault(key, 0);
            planned.add(new ImportPlan.PlannedRow(row, key, occurrence <= inBook));
        }
        return new ImportPlan(planned);
    }
}
