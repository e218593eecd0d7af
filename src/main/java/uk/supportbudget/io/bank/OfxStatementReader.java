package uk.supportbudget.io.bank;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.AmountParser.NotAnAmount;

/**
 * Reads OFX 1.x (SGML: leaf elements such as {@code <TRNAMT>-12.00} are not closed) and OFX 2.x
 * (XML) with one tag scanner: aggregates such as {@code <STMTTRN>} are closed in both, and a
 * leaf's value is the text up to the next tag. Reads every STMTTRN (bank and card statements),
 * and the LEDGERBAL closing balance.
 */
final class OfxStatementReader {

    private OfxStatementReader() {
    }

    static ParsedStatement read(String text, Charset charset, DetectedFormat format) {
        int[] lineStarts = lineStarts(text);
        List<StatementRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        int from = 0;
        while (true) {
            int open = upper.indexOf("<STMTTRN>", from);
            if (open < 0) {
                break;
            }
            int close = upper.indexOf("</STMTTRN>", open);
            int next = upper.indexOf("<STMTTRN>", open + 9);
            int end = close < 0 ? (next < 0 ? text.length() : next) : (next >= 0 && next < close ? next : close);
            String block = text.substring(open, end);
            String blockUpper = upper.substring(open, end);
            int line = lineOf(lineStarts, open);
            readTransaction(block, blockUpper, line, rows, rejected);
            from = end;
        }
        Money closingBalance = null;
        LocalDate closingDate = null;
        int ledger = upper.indexOf("<LEDGERBAL>");
        if (ledger >= 0) {
            int ledgerEnd = upper.indexOf("</LEDGERBAL>", ledger);
            String block = text.substring(ledger, ledgerEnd < 0 ? Math.min(text.length(), ledger + 400) : ledgerEnd);
            String blockUpper = block.toUpperCase(java.util.Locale.ROOT);
            try {
                closingBalance = AmountParser.parseOrNull(leaf(block, blockUpper, "BALAMT"));
            } catch (NotAnAmount e) {
                closingBalance = null;
            }
            closingDate = ofxDate(leaf(block, blockUpper, "DTASOF"));
        }
        return new ParsedStatement(format, format == DetectedFormat.OFX1 ? "OFX 1 (SGML)" : "OFX 2 (XML)", charset,
                DateOrder.DMY, rows, rejected, closingBalance, closingDate, RunningBalanceCheck.NOT_CHECKED);
    }

    private static void readTransaction(String block, String blockUpper, int line, List<StatementRow> rows,
            List<RejectedRow> rejected) {
        String posted = leaf(block, blockUpper, "DTPOSTED");
        LocalDate date = ofxDate(posted);
        if (date == null) {
            String what = posted.isEmpty() ? "there is no DTPOSTED date." : posted + " is not a date.";
            rejected.add(new RejectedRow(line, "Line " + line + ": " + what));
            return;
        }
        String amountText = leaf(block, blockUpper, "TRNAMT");
        Money amount;
        try {
            amount = AmountParser.parse(amountText);
        } catch (NotAnAmount | ArithmeticException e) {
            String what = amountText.isEmpty() ? "there is no TRNAMT amount." : "\"" + amountText + "\" is not an amount.";
            rejected.add(new RejectedRow(line, "Line " + line + ": " + what));
            return;
        }
        String reference = leaf(block, blockUpper, "CHECKNUM");
        if (reference.isEmpty()) {
            reference = leaf(block, blockUpper, "REFNUM");
        }
        String type = leaf(block, blockUpper, "TRNTYPE");
        if (!type.isEmpty()) {
            reference = reference.isEmpty() ? type : type + " " + reference;
        }
        rows.add(new StatementRow(line, date, amount, leaf(block, blockUpper, "NAME"), leaf(block, blockUpper, "MEMO"),
                reference, leaf(block, blockUpper, "FITID"), null));
    }

    /** The text after {@code <TAG>} up to the next tag, trimmed and with XML entities decoded. */
    static String leaf(String block, String blockUpper, String tag) {
        int at = blockUpper.indexOf("<" + tag + ">");
        if (at < 0) {
            return "";
        }
        int start = at + tag.length() + 2;
        int end = block.indexOf('<', start);
        String raw = block.substring(start, end < 0 ? block.length() : end);
        return decodeEntities(Cells.text(raw));
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** {@code 20250131}, {@code 20250131120000}, {@code 20250131120000.000[0:GMT]}: the date part. */
    static LocalDate ofxDate(String text) {
        if (text.length() < 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                    Integer.parseInt(text.substring(6, 8)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
