package uk.supportbudget.io.bank;

import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.io.bank.TextDecoder.DecodedText;

/**
 * The one way in: reads a bank or card statement file (CSV in UK banks' many shapes, QIF, OFX 1
 * or 2, Santander's text download) into rows, without touching any book.
 *
 * <p>Throws {@link Refusal} when the file cannot be read at all (a picture, a workbook, an empty
 * file); {@link ColumnMappingNeeded}, a kind of Refusal, when a CSV's columns cannot be worked out
 * and the person should choose them. Lines that hold a transaction but cannot be read do not stop
 * the import: they come back in {@link ParsedStatement#rejected()} with a reason.
 */
public final class StatementReader {

    private StatementReader() {
    }

    public static ParsedStatement read(byte[] content, String fileName, ReadOptions options) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(options, "options");
        FormatDetector.refuseBinary(content);
        DecodedText decoded = TextDecoder.decode(content);
        String text = decoded.text();
        if (text.isBlank() || text.replace("\uFEFF", "").isBlank()) {
            throw new Refusal("This file is empty. Download the statement again from your bank's website.");
        }
        DetectedFormat format = switch (options.format()) {
            case AUTO -> options.mapping() != null ? DetectedFormat.CSV : FormatDetector.detect(text, fileName);
            case CSV -> DetectedFormat.CSV;
            case QIF -> DetectedFormat.QIF;
            case OFX -> text.stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("<?XML")
                    ? DetectedFormat.OFX2 : DetectedFormat.OFX1;
        };
        return switch (format) {
            case CSV -> CsvStatementReader.read(text, decoded.charset(), options);
            case QIF -> QifStatementReader.read(text, decoded.charset(), options);
            case OFX1, OFX2 -> OfxStatementReader.read(text, decoded.charset(), format);
            case SANTANDER_TEXT -> SantanderTextReader.read(text, decoded.charset(), options);
        };
    }

    public static ParsedStatement read(byte[] content, String fileName) {
        return read(content, fileName, ReadOptions.defaults());
    }
}
