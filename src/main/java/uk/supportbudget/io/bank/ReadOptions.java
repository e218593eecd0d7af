package uk.supportbudget.io.bank;

import java.util.Objects;

/**
 * How to read a statement.
 *
 * @param format    AUTO looks at the content; an explicit format skips detection
 * @param dateOrder AUTO is day-first unless the file's dates only fit month-first
 * @param mapping   the user's column choices from the mapping dialog, or null to recognise the layout
 */
public record ReadOptions(StatementFormat format, DateOrder dateOrder, CsvMapping mapping) {

    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dateOrder, "dateOrder");
    }

    public static ReadOptions defaults() {
        return new ReadOptions(StatementFormat.AUTO, DateOrder.AUTO, null);
    }

    public ReadOptions withFormat(StatementFormat newFormat) {
        return new ReadOptions(newFormat, dateOrder, mapping);
    }

    public ReadOptions withDateOrder(DateOrder newOrder) {
        return new ReadOptions(format, newOrder, mapping);
    }

    public ReadOptions withMapping(CsvMapping newMapping) {
        return new ReadOptions(format, dateOrder, newMapping);
    }
}
