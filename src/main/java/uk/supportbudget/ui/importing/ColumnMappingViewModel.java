package uk.supportbudget.ui.importing;

import java.util.ArrayList;
import java.util.List;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.io.bank.ColumnMappingNeeded;
import uk.supportbudget.io.bank.CsvMapping;
import uk.supportbudget.io.bank.ParsedStatement;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.io.bank.StatementReader;
import uk.supportbudget.ui.common.I18n;

/**
 * The column-mapping dialog's logic: the choices as numbers, the mapping they make (or the
 * sentence saying what is still missing), and a live reading of the first rows with it.
 */
public final class ColumnMappingViewModel {

    /** How many rows below the headings the live preview reads. */
    static final int PREVIEW_ROWS = 12;

    /** Date forms offered besides "recognise it"; the list is editable for anything else. */
    static final List<String> DATE_FORMATS = List.of("dd/MM/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "d MMM yyyy",
            "yyyy-MM-dd", "MM/dd/yyyy", "yyyyMMdd");

    /**
     * What the person chose; columns are 0-based, {@link CsvMapping#NONE} for "not in this file".
     *
     * @param dateFormat a pattern, or empty to recognise the usual UK forms
     */
    public record Choices(boolean hasHeadings, int date, int amount, int paidIn, int paidOut, int payee,
                          int description, int reference, int balance, int bankId, String dateFormat,
                          boolean spendingPositive) {

        static Choices from(CsvMapping mapping) {
            return new Choices(mapping.headerLine() > 0, mapping.date(), mapping.amount(), mapping.paidIn(),
                    mapping.paidOut(), mapping.payee(), mapping.description(), mapping.reference(), mapping.balance(),
                    mapping.bankId(), mapping.dateFormat() == null ? "" : mapping.dateFormat(),
                    mapping.invertAmounts());
        }
    }

    /** The mapping read with, or why there is none yet. */
    public record Outcome(CsvMapping mapping, String problem) {
        public boolean ok() {
            return mapping != null;
        }
    }

    /** The live preview: rows read, rows refused, and one line to sum it up. */
    public record Reading(ParsedStatement statement, String summary) {
    }

    private final ColumnMappingNeeded question;
    private final byte[] head;
    private final String fileName;

    public ColumnMappingViewModel(ColumnMappingNeeded question, byte[] content, String fileName) {
        this.question = question;
        this.head = firstLines(content, Math.max(question.headerLine(), 1) + PREVIEW_ROWS);
        this.fileName = fileName;
    }

    public ColumnMappingNeeded question() {
        return question;
    }

    /** "Column 2: Narrative" for each column, for the choosers. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        int columns = question.header().size();
        for (List<String> row : question.sampleRows()) {
            columns = Math.max(columns, row.size());
        }
        for (int i = 0; i < columns; i++) {
            String heading = i < question.header().size() ? question.header().get(i).strip() : "";
            names.add(heading.isEmpty() ? I18n.tr("mapping.column", i + 1) : I18n.tr("mapping.columnNamed", i + 1, heading));
        }
        return names;
    }

    /** A first guess when nothing was saved: the first column as the date, nothing else. */
    public Choices firstGuess() {
        return new Choices(question.headerLine() > 0, 0, CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE,
                CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, "", false);
    }

    public Outcome mapping(Choices choices) {
        if (choices.date() < 0) {
            return new Outcome(null, I18n.tr("mapping.needDate"));
        }
        if (choices.amount() < 0 && choices.paidIn() < 0 && choices.paidOut() < 0) {
            return new Outcome(null, I18n.tr("mapping.needAmount"));
        }
        if (choices.amount() >= 0 && (choices.paidIn() >= 0 || choices.paidOut() >= 0)) {
            return new Outcome(null, I18n.tr("mapping.amountOrInOut"));
        }
        String pattern = choices.dateFormat() == null ? "" : choices.dateFormat().strip();
        if (!pattern.isEmpty()) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                return new Outcome(null, I18n.tr("mapping.badDateFormat", pattern));
            }
        }
        int headerLine = choices.hasHeadings() ? question.headerLine() : Math.max(0, question.headerLine() - 1);
        return new Outcome(new CsvMapping(headerLine, choices.date(), choices.amount(), choices.paidIn(),
                choices.paidOut(), choices.payee(), choices.description(), choices.reference(), CsvMapping.NONE,
                choices.balance(), choices.bankId(), pattern.isEmpty() ? null : pattern, choices.spendingPositive()),
                "");
    }

    /** The first rows read with the mapping, exactly as the import would read them. */
    public Reading read(CsvMapping mapping) {
        try {
            ParsedStatement statement = StatementReader.read(head, fileName,
                    ReadOptions.defaults().withMapping(mapping));
            String summary = I18n.tr("mapping.readSummary", statement.rows().size(), statement.rejected().size());
            if (!statement.rejected().isEmpty()) {
                summary = summary + " " + statement.rejected().get(0).reason();
            }
            return new Reading(statement, summary);
        } catch (Refusal e) {
            return new Reading(null, e.getMessage());
        } catch (RuntimeException e) {
            return new Reading(null, I18n.tr("mapping.cannotRead"));
        }
    }

    /** The bytes up to the end of line {@code lines}: enough for a preview, quick on any file. */
    static byte[] firstLines(byte[] content, int lines) {
        int seen = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' && ++seen == lines) {
                return java.util.Arrays.copyOf(content, i + 1);
            }
        }
        return content;
    }
}
