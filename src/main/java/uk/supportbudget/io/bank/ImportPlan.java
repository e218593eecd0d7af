package uk.supportbudget.io.bank;

import java.util.List;

/**
 * Which rows of a statement are new to the book and which are already there.
 *
 * @param rows each row with its key and whether it is a duplicate, in file order
 */
public record ImportPlan(List<PlannedRow> rows) {

    public record PlannedRow(StatementRow row, ImportKey key, boolean duplicate) {
    }

    public ImportPlan {
        rows = List.copyOf(rows);
    }

    public List<StatementRow> newRows() {
        return rows.stream().filter(r -> !r.duplicate()).map(PlannedRow::row).toList();
    }

    public int newCount() {
        return (int) rows.stream().filter(r -> !r.duplicate()).count();
    }

    public int duplicateCount() {
        return rows.size() - newCount();
    }
}
