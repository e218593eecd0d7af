package uk.supportbudget.io.bank;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.AmountParser.NotAnAmount;
import uk.supportbudget.io.bank.CsvTokenizer.CsvRecord;

/**
 * Reads a CSV export. The columns come from, in turn: the caller's {@link CsvMapping}; a known
 * {@link BankLayout} whose headings appear in the first lines (after any preamble such as
 * Nationwide's account name and balance); heading words; the cells themselves for files without
 * headings. When none works the caller gets {@link ColumnMappingNeeded}.
 *
 * <p>Which lines count as transactions: a line below the headings whose date cell holds a date,
 * or whose amount cells hold something. Blank lines, sub-headings, and trailer lines such as
 * "Total" or "Balance brought forward" are not transactions and are not counted.
 */
final class CsvStatementReader {

    /** How far down to look for the heading row: preambles are a handful of lines. */
    private static final int HEADER_SEARCH_RECORDS = 30;
    private static final String[] NOT_TRANSACTIONS = {"total", "opening balance", "closing balance", "balance brought",
            "balance carried", "brought forward", "carried forward", "start balance", "end balance", "balance b/f",
            "balance c/f", "b/f", "c/f"};

    private CsvStatementReader() {
    }

    static ParsedStatement read(String text, Charset charset, ReadOptions options) {
        char delimiter = CsvTokenizer.detectDelimiter(text);
        List<CsvRecord> records = CsvTokenizer.tokenize(text, delimiter);
        CsvMapping mapping = options.mapping();
        String layoutName;
        if (mapping != null) {
            layoutName = "Columns you chose";
        } else {
            Recognised recognised = recognise(records);
            mapping = recognised.mapping();
            layoutName = recognised.name();
        }
        int firstData = firstDataIndex(records, mapping.headerLine());
        List<CsvRecord> data = records.subList(firstData, records.size());

        DateParser dates;
        if (mapping.dateFormat() != null && !mapping.dateFormat().isBlank()) {
            dates = DateParser.forPattern(mapping.dateFormat());
        } else {
            List<String> samples = new ArrayList<>(data.size());
            for (CsvRecord record : data) {
                samples.add(record.field(mapping.date()));
            }
            dates = DateParser.forOrder(DateParser.decideOrder(samples, options.dateOrder()));
        }

        List<StatementRow> rows = new ArrayList<>(data.size());
        List<RejectedRow> rejected = new ArrayList<>();
        for (CsvRecord record : data) {
            readRecord(record, mapping, dates, rows, rejected);
        }
        return new ParsedStatement(DetectedFormat.CSV, layoutName, charset, dates.order(), rows, rejected, null, null,
                RunningBalanceCheck.of(rows));
    }

    record Recognised(CsvMapping mapping, String name) {
    }

    /** Finds the heading row and columns, or throws {@link ColumnMappingNeeded}. */
    static Recognised recognise(List<CsvRecord> records) {
        int limit = Math.min(records.size(), HEADER_SEARCH_RECORDS);
        for (int i = 0; i < limit; i++) {
            List<String> headings = headings(records.get(i));
            for (BankLayout layout : BankLayout.builtIn()) {
                if (layout.matches(headings)) {
                    return new Recognised(layout.mappingFor(headings, records.get(i).line()), layout.name());
                }
            }
        }
        for (int i = 0; i < limit; i++) {
            CsvRecord record = records.get(i);
            if (record.nonBlankCount() < 2) {
                continue;
            }
            CsvMapping guessed = ColumnGuesser.fromHeadings(headings(record), record.line());
            if (guessed != null) {
                return new Recognised(guessed, "Columns recognised from the headings");
            }
        }
        CsvMapping fromContent = ColumnGuesser.fromContent(records);
        if (fromContent != null) {
            return new Recognised(fromContent, "No headings (HSBC style)");
        }
        throw mappingNeeded(records);
    }

    private static ColumnMappingNeeded mappingNeeded(List<CsvRecord> records) {
        int headerIndex = -1;
        int widest = 0;
        for (int i = 0; i < Math.min(records.size(), HEADER_SEARCH_RECORDS); i++) {
            int count = records.get(i).nonBlankCount();
            if (count > widest) {
                widest = count;
                headerIndex = i;
            }
        }
        if (headerIndex < 0) {
            return new ColumnMappingNeeded(0, List.of(), List.of());
        }
        List<String> header = cleaned(records.get(headerIndex));
        List<List<String>> samples = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size() && samples.size() < 5; i++) {
            if (!records.get(i).isBlank()) {
                samples.add(cleaned(records.get(i)));
            }
        }
        return new ColumnMappingNeeded(records.get(headerIndex).line(), header, samples);
    }

    private static List<String> cleaned(CsvRecord record) {
        List<String> out = new ArrayList<>(record.fields().length);
        for (String field : record.fields()) {
            out.add(Cells.text(field));
        }
        return out;
    }

    private static List<String> headings(CsvRecord record) {
        List<String> out = new ArrayList<>(record.fields().length);
        for (String field : record.fields()) {
            out.add(Cells.heading(field));
        }
        return out;
    }

    private static int firstDataIndex(List<CsvRecord> records, int headerLine) {
        if (headerLine == 0) {
            return 0;
        }
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).line() >= headerLine) {
                return records.get(i).line() == headerLine ? i + 1 : i;
            }
        }
        return records.size();
    }

    private static void readRecord(CsvRecord record, CsvMapping mapping, DateParser dates, List<StatementRow> rows,
            List<RejectedRow> rejected) {
        if (record.isBlank()) {
            return;
        }
        String dateCell = Cells.clean(record.field(mapping.date()));
        boolean anyAmount = hasAmountCell(record, mapping);
        LocalDate date = dateCell.isEmpty() ? null : dates.parse(dateCell);
        int line = record.line();
        if (date == null) {
            boolean dateShaped = DateParser.looksLikeDate(dateCell);
            if (isNotATransaction(record, mapping) || (!dateShaped && !hasAmountShapedCell(record, mapping))) {
                return; // preamble, sub-heading, repeated headings or trailer
            }
            if (dateCell.isEmpty()) {
                rejected.add(new RejectedRow(line, "Line " + line + ": there is an amount but no date."));
            } else {
                rejected.add(new RejectedRow(line, "Line " + line + ": " + dateCell + " is not a date."));
            }
            return;
        }
        if (!anyAmount) {
            if (isNotATransaction(record, mapping)) {
                return;
            }
            rejected.add(new RejectedRow(line, "Line " + line + ": there is a date but no amount."));
            return;
        }
        Money amount;
        String cell = "";
        try {
            if (mapping.hasSplitAmounts()) {
                cell = record.field(mapping.paidIn());
                Money in = AmountParser.parseOrNull(cell);
                cell = record.field(mapping.paidOut());
                Money out = AmountParser.parseOrNull(cell);
                amount = Money.ZERO;
                if (in != null) {
                    amount = amount.plus(in.abs());
                }
                if (out != null) {
                    amount = amount.minus(out.abs());
                }
            } else {
                cell = record.field(mapping.amount());
                amount = AmountParser.parse(cell);
            }
        } catch (NotAnAmount | ArithmeticException e) {
            rejected.add(new RejectedRow(line, "Line " + line + ": \"" + Cells.clean(cell) + "\" is not an amount."));
            return;
        }
        if (mapping.invertAmounts()) {
            amount = amount.negate();
        }
        Money balance = null;
        if (mapping.balance() >= 0) {
            try {
                balance = AmountParser.parseOrNull(record.field(mapping.balance()));
            } catch (NotAnAmount e) {
                balance = null; // a balance we cannot read is not worth refusing the transaction for
            }
        }
        rows.add(new StatementRow(line, date, amount, text(record, mapping.payee()), text(record, mapping.description()),
                joinReference(text(record, mapping.reference()), text(record, mapping.type())),
                text(record, mapping.bankId()), balance));
    }

    private static String joinReference(String reference, String type) {
        if (reference.isEmpty()) {
            return type;
        }
        if (type.isEmpty()) {
            return reference;
        }
        return type + " " + reference;
    }

    private static boolean hasAmountShapedCell(CsvRecord record, CsvMapping mapping) {
        if (mapping.hasSplitAmounts()) {
            return AmountParser.looksLikeAmount(record.field(mapping.paidIn()))
                    || AmountParser.looksLikeAmount(record.field(mapping.paidOut()));
        }
        return AmountParser.looksLikeAmount(record.field(mapping.amount()));
    }

    private static boolean hasAmountCell(CsvRecord record, CsvMapping mapping) {
        if (mapping.hasSplitAmounts()) {
            return !AmountParser.isBlank(record.field(mapping.paidIn())) || !AmountParser.isBlank(record.field(mapping.paidOut()));
        }
        return !AmountParser.isBlank(record.field(mapping.amount()));
    }

    /** Trailer and carried-balance lines: judged by the first cell with text and by the description. */
    private static boolean isNotATransaction(CsvRecord record, CsvMapping mapping) {
        for (String field : record.fields()) {
            String text = Cells.text(field);
            if (!text.isEmpty()) {
                if (startsWithMarker(text)) {
                    return true;
                }
                break;
            }
        }
        return mapping.description() >= 0 && startsWithMarker(Cells.text(record.field(mapping.description())));
    }

    private static boolean startsWithMarker(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : NOT_TRANSACTIONS) {
            if (lower.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String text(CsvRecord record, int column) {
        return column < 0 ? "" : Cells.text(record.field(column));
    }
}
