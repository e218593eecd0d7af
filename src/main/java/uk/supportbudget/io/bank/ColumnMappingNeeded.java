package uk.supportbudget.io.bank;

import java.util.List;

import uk.supportbudget.domain.Refusal;

/**
 * A CSV file whose columns we could not work out. The message is for the person; the fields are
 * for the column-mapping dialog, which asks which column is which and reads again with a
 * {@link CsvMapping}.
 */
public final class ColumnMappingNeeded extends Refusal {
    private static final long serialVersionUID = 1L;

    private final int headerLine;
    private final List<String> header;
    private final List<List<String>> sampleRows;

    ColumnMappingNeeded(int headerLine, List<String> header, List<List<String>> sampleRows) {
        super("We could not tell which columns hold the date and the amount in this file, so please choose them"
                + " (or download the statement from your bank as OFX or QIF instead).");
        this.headerLine = headerLine;
        this.header = List.copyOf(header);
        this.sampleRows = sampleRows.stream().map(List::copyOf).toList();
    }

    /** 1-based line of the row that looks most like headings, or 0 if none does. */
    public int headerLine() {
        return headerLine;
    }

    /** The headings (or the first row) as written in the file. */
    public List<String> header() {
        return header;
    }

    /** A few rows below the headings, for the dialog's preview. */
    public List<List<String>> sampleRows() {
        return sampleRows;
    }
}
