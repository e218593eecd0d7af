package uk.supportbudget.io.bank;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.AmountParser.NotAnAmount;

/**
 * Reads QIF: {@code !Type:Bank}, {@code !Type:CCard}, {@code !Type:Cash} (and the Oth A / Oth L
 * asset and liability types). Each transaction is a run of lines, one field per line, ended by
 * {@code ^}: D date, T or U amount, P payee, M memo, N cheque number or reference, L category.
 * Lists that are not transactions (categories, classes, memorised payees, investments) are
 * skipped, as are {@code !Account} header blocks.
 */
final class QifStatementReader {

    private QifStatementReader() {
    }

    /** One transaction's fields as read, before dates are interpreted. */
    private static final class Entry {
        int line;
        String date = "";
        String amount = "";
        String payee = "";
        String memo = "";
        String number = "";
    }

    static ParsedStatement read(String text, Charset charset, ReadOptions options) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        boolean inTransactions = false;
        boolean inAccountBlock = false;
        int lineNumber = 0;
        int length = text.length();
        int start = 0;
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lineNumber++;
            String line = Cells.clean(text.substring(start, end));
            start = end + 1;
            if (line.isEmpty()) {
                if (end == length) {
                    break;
                }
                continue;
            }
            if (line.charAt(0) == '!') {
                String header = line.toLowerCase(Locale.ROOT).replace(" ", "");
                if (header.startsWith("!type:")) {
                    String type = header.substring(6);
                    inTransactions = type.startsWith("bank") || type.startsWith("ccard") || type.startsWith("cash")
                            || type.startsWith("otha") || type.startsWith("othl");
                    inAccountBlock = false;
                } else if (header.startsWith("!account")) {
                    inAccountBlock = true;
                } else if (header.startsWith("!clear:autoswitch") || header.startsWith("!option")) {
                    continue;
                }
                current = null;
                continue;
            }
            if (inAccountBlock) {
                if (line.charAt(0) == '^') {
                    inAccountBlock = false;
                }
                continue;
            }
            if (!inTransactions) {
                continue;
            }
            if (line.charAt(0) == '^') {
                if (current != null) {
                    entries.add(current);
                }
                current = null;
                continue;
            }
            if (current == null) {
                current = new Entry();
                current.line = lineNumber;
            }
            String value = Cells.text(line.substring(1));
            switch (Character.toUpperCase(line.charAt(0))) {
                case 'D' -> current.date = value;
                case 'T', 'U' -> {
                    if (current.amount.isEmpty()) {
                        current.amount = value;
                    }
                }
                case 'P' -> current.payee = value;
                case 'M' -> current.memo = value;
                case 'N' -> current.number = value;
                default -> {
                    // L category, C cleared, A address, S/E/$ splits: not needed to import
                }
            }
            if (end == length) {
                break;
            }
        }
        if (current != null && (!current.date.isEmpty() || !current.amount.isEmpty())) {
            entries.add(current); // a last transaction without its closing ^
        }

        List<String> samples = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            samples.add(entry.date);
        }
        DateParser dates = DateParser.forOrder(DateParser.decideOrder(samples, options.dateOrder()));
        List<StatementRow> rows = new ArrayList<>(entries.size());
        List<RejectedRow> rejected = new ArrayList<>();
        for (Entry entry : entries) {
            LocalDate date = dates.parse(entry.date);
            if (date == null) {
                String what = entry.date.isEmpty() ? "there is no date (D line)." : entry.date + " is not a date.";
                rejected.add(new RejectedRow(entry.line, "Line " + entry.line + ": " + what));
                continue;
            }
            Money amount;
            try {
                amount = AmountParser.parse(entry.amount);
            } catch (NotAnAmount | ArithmeticException e) {
                String what = entry.amount.isEmpty() ? "there is no amount (T line)." : "\"" + entry.amount + "\" is not an amount.";
                rejected.add(new RejectedRow(entry.line, "Line " + entry.line + ": " + what));
                continue;
            }
            rows.add(new StatementRow(entry.line, date, amount, entry.payee, entry.memo, entry.number, "", null));
        }
        return new ParsedStatement(DetectedFormat.QIF, "QIF", charset, dates.order(), rows, rejected, null, null,
                RunningBalanceCheck.NOT_CHECKED);
    }
}
