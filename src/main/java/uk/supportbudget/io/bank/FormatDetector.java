package uk.supportbudget.io.bank;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.io.bank.CsvTokenizer.CsvRecord;

/**
 * Tells what a file is from its content, not its name: OFX 1 (SGML header), OFX 2 (XML), QIF,
 * Santander's text download, or CSV. Files that are not statements at all (pictures, PDFs,
 * Excel workbooks, zip archives, web pages, empty files, prose) are refused with one sentence
 * that says what to download instead.
 */
public final class FormatDetector {

    private static final String DOWNLOAD_INSTEAD = "In your bank's website, download the statement as CSV, OFX or QIF instead.";

    private FormatDetector() {
    }

    /** Refuses files that are plainly not statements, judged from their first bytes. */
    public static void refuseBinary(byte[] bytes) {
        if (bytes.length == 0 || isAllWhitespace(bytes)) {
            throw new Refusal("This file is empty. Download the statement again from your bank's website.");
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF) || startsWith(bytes, 'G', 'I', 'F', '8')
                || startsWith(bytes, 'B', 'M') && bytes.length > 14 && bytes[6] == 0 && bytes[7] == 0
                || startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length > 12 && bytes[8] == 'W' && bytes[9] == 'E') {
            throw new Refusal("This file is a picture, not a statement. " + DOWNLOAD_INSTEAD);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw new Refusal("This file is a PDF, which cannot be imported. " + DOWNLOAD_INSTEAD);
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            String names = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            if (names.contains("xl/")) {
                throw new Refusal("This file is an Excel workbook, not a statement. " + DOWNLOAD_INSTEAD);
            }
            if (names.contains("word/") || names.contains("content.xml")) {
                throw new Refusal("This file is a document, not a statement. " + DOWNLOAD_INSTEAD);
            }
            throw new Refusal("This file is a zip archive. Unzip it first, then import the CSV, OFX or QIF file inside.");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new Refusal("This file is an Excel workbook, not a statement. " + DOWNLOAD_INSTEAD);
        }
    }

    /** What the decoded text is. {@code fileName} is only a tie-breaker and may be null. */
    public static DetectedFormat detect(String text, String fileName) {
        String head = stripLeading(text.substring(0, Math.min(text.length(), 4096)));
        String upperHead = head.toUpperCase(Locale.ROOT);
        if (upperHead.startsWith("OFXHEADER")) {
            return DetectedFormat.OFX1;
        }
        if (upperHead.startsWith("<?XML") || upperHead.startsWith("<?OFX")) {
            if (upperHead.contains("<OFX") || upperHead.contains("OFXHEADER")) {
                return DetectedFormat.OFX2;
            }
        }
        if (upperHead.startsWith("<OFX>")) {
            return DetectedFormat.OFX1;
        }
        if (upperHead.startsWith("<!DOCTYPE HTML") || upperHead.startsWith("<HTML") || upperHead.startsWith("<?XML")) {
            throw new Refusal("This file is a web page, not a statement. " + DOWNLOAD_INSTEAD);
        }
        if (upperHead.startsWith("!TYPE:") || upperHead.startsWith("!ACCOUNT") || upperHead.startsWith("!OPTION")
                || upperHead.startsWith("!CLEAR:")) {
            return DetectedFormat.QIF;
        }
        if (upperHead.contains("<OFX>") && upperHead.contains("<STMTTRN>")) {
            return DetectedFormat.OFX1;
        }
        if (SantanderTextReader.looksLikeSantanderText(head)) {
            return DetectedFormat.SANTANDER_TEXT;
        }
        if (text.indexOf('\0') >= 0) {
            throw new Refusal("This file is not a text statement. " + DOWNLOAD_INSTEAD);
        }
        if (looksLikeCsv(text)) {
            return DetectedFormat.CSV;
        }
        throw new Refusal("This file does not look like a bank statement: no line in it has a date and an amount. "
                + DOWNLOAD_INSTEAD);
    }

    /** Some record in the first lines has two or more cells, one a date and another an amount, or known headings. */
    private static boolean looksLikeCsv(String text) {
        String head = text.substring(0, Math.min(text.length(), 64 * 1024));
        List<CsvRecord> records = CsvTokenizer.tokenize(head, CsvTokenizer.detectDelimiter(head));
        int limit = Math.min(records.size(), 60);
        for (int i = 0; i < limit; i++) {
            CsvRecord record = records.get(i);
            if (record.nonBlankCount() < 2) {
                continue;
            }
            boolean date = false;
            boolean amount = false;
            for (String field : record.fields()) {
                if (!date && DateParser.looksLikeDate(field)) {
                    date = true;
                } else if (AmountParser.looksLikeAmount(field)) {
                    amount = true;
                }
            }
            if (date && amount) {
                return true;
            }
            List<String> headings = new java.util.ArrayList<>();
            for (String field : record.fields()) {
                headings.add(Cells.heading(field));
            }
            if (ColumnGuesser.fromHeadings(headings, record.line()) != null) {
                return true;
            }
        }
        return false;
    }

    private static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return text.substring(i);
    }

    private static boolean isAllWhitespace(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
