package uk.supportbudget.io.bank;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.AmountParser.NotAnAmount;

/**
 * Reads Santander UK's "Text file (TXT)" download: a {@code From: ... to ...} and
 * {@code Account: ...} header, then one block per transaction:
 *
 * <pre>
 * Date: 31/01/2025
 * Description: CARD PAYMENT TO TESCO STORES
 * Amount: -12.34 GBP
 * Balance: 987.66 GBP
 * </pre>
 *
 * Layout checked against benhartley/ledger-santander (santander.awk) and joesingo/bank-statements,
 * which read these four labelled lines per block. The file is Windows-1252 and may use
 * non-breaking spaces after the labels.
 */
final class SantanderTextReader {

    private SantanderTextReader() {
    }

    static boolean looksLikeSantanderText(String text) {
        String head = text.substring(0, Math.min(text.length(), 2000)).toLowerCase(Locale.ROOT);
        return head.contains("date:") && head.contains("description:") && head.contains("amount:")
                && (head.startsWith("from:") || head.contains("\nfrom:") || head.contains("account:"));
    }

    static ParsedStatement read(String text, Charset charset, ReadOptions options) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<int[]> starts = new ArrayList<>();
        List<String[]> blocks = new ArrayList<>(); // date, description, amount, balance
        String[] current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = Cells.clean(lines[i]);
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String label = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = Cells.text(line.substring(colon + 1));
            switch (label) {
                case "date" -> {
                    current = new String[] {value, "", "", ""};
                    blocks.add(current);
                    starts.add(new int[] {i + 1});
                }
                case "description" -> {
                    if (current != null) {
                        current[1] = value;
                    }
                }
                case "amount" -> {
                    if (current != null) {
                        current[2] = withoutCurrency(value);
                    }
                }
                case "balance" -> {
                    if (current != null) {
                        current[3] = withoutCurrency(value);
                    }
                }
                default -> {
                    // From:, Account: and anything else in the header
                }
            }
        }
        List<String> samples = new ArrayList<>(blocks.size());
        for (String[] block : blocks) {
            samples.add(block[0]);
        }
        DateParser dates = DateParser.forOrder(DateParser.decideOrder(samples, options.dateOrder()));
        List<StatementRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String[] block = blocks.get(b);
            int line = starts.get(b)[0];
            LocalDate date = dates.parse(block[0]);
            if (date == null) {
                rejected.add(new RejectedRow(line, "Line " + line + ": " + block[0] + " is not a date."));
                continue;
            }
            Money amount;
            try {
                amount = AmountParser.parse(block[2]);
            } catch (NotAnAmount | ArithmeticException e) {
                rejected.add(new RejectedRow(line, "Line " + line + ": \"" + block[2] + "\" is not an amount."));
                continue;
            }
            Money balance;
            try {
                balance = AmountParser.parseOrNull(block[3]);
            } catch (NotAnAmount e) {
                balance = null;
            }
            rows.add(new StatementRow(line, date, amount, "", block[1], "", "", balance));
        }
        return new ParsedStatement(DetectedFormat.SANTANDER_TEXT, "Santander (text download)", charset, dates.order(),
                rows, rejected, null, null, RunningBalanceCheck.of(rows));
    }

    private static String withoutCurrency(String value) {
        String trimmed = value.trim();
        if (trimmed.toUpperCase(Locale.ROOT).endsWith("GBP")) {
            return trimmed.substring(0, trimmed.length() - 3).trim();
        }
        return trimmed;
    }
}
