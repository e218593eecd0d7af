package uk.supportbudget.io.bank;

import java.util.List;
import java.util.Set;

import uk.supportbudget.io.bank.CsvTokenizer.CsvRecord;

/**
 * Works out the columns of a CSV file from a bank we have no layout for: first from heading
 * words ("Paid out", "Money in", "Debit Amount", "Balance"), then, for files without headings
 * (HSBC), from what the cells hold.
 */
final class ColumnGuesser {

    private static final Set<String> AMOUNT = Set.of("amount", "value", "amount (gbp)", "amount gbp", "amount(gbp)",
            "amount (£)", "amount £", "transaction amount", "net amount", "sum", "gbp amount", "billing amount");
    private static final Set<String> PAID_IN = Set.of("paid in", "money in", "credit", "credits", "credit amount",
            "in", "deposit", "deposits", "receipts", "paid in (£)", "money in (£)", "credit (£)", "amount in",
            "credit amount (£)", "income", "loads", "load");
    private static final Set<String> PAID_OUT = Set.of("paid out", "money out", "debit", "debits", "debit amount",
            "out", "withdrawal", "withdrawals", "payments", "paid out (£)", "money out (£)", "debit (£)", "amount out",
            "debit amount (£)", "spent", "spend");
    private static final Set<String> PAYEE = Set.of("payee", "name", "counter party", "counterparty", "merchant",
            "merchant name", "payee name", "to/from", "beneficiary", "retailer");
    private static final Set<String> DESCRIPTION = Set.of("description", "details", "transaction description", "memo",
            "narrative", "transaction details", "particulars", "transactions", "transaction", "narration",
            "description of transaction", "payment details");
    private static final Set<String> REFERENCE = Set.of("reference", "ref", "ref.", "payment reference", "cheque number",
            "cheque no", "check number");
    private static final Set<String> TYPE = Set.of("type", "transaction type", "tran type", "payment type", "subcategory");
    private static final Set<String> BANK_ID = Set.of("transaction id", "id", "fitid", "transaction number", "trace id");

    private ColumnGuesser() {
    }

    /** Columns from heading words, or null when the row does not name a date and an amount. */
    static CsvMapping fromHeadings(List<String> headings, int headerLine) {
        int date = CsvMapping.NONE;
        int dateScore = 0;
        int amount = CsvMapping.NONE;
        int paidIn = CsvMapping.NONE;
        int paidOut = CsvMapping.NONE;
        int payee = CsvMapping.NONE;
        int description = CsvMapping.NONE;
        int reference = CsvMapping.NONE;
        int type = CsvMapping.NONE;
        int balance = CsvMapping.NONE;
        int bankId = CsvMapping.NONE;
        for (int i = 0; i < headings.size(); i++) {
            String h = headings.get(i);
            if (h.isEmpty()) {
                continue;
            }
            int score = dateScore(h);
            if (score > dateScore) {
                date = i;
                dateScore = score;
            } else if (AMOUNT.contains(h) || (h.startsWith("amount") && !h.contains("local") && !h.contains("original"))) {
                amount = first(amount, i);
            } else if (PAID_IN.contains(h)) {
                paidIn = first(paidIn, i);
            } else if (PAID_OUT.contains(h)) {
                paidOut = first(paidOut, i);
            } else if (h.contains("balance") && !h.contains("available")) {
                balance = first(balance, i);
            } else if (PAYEE.contains(h)) {
                payee = first(payee, i);
            } else if (DESCRIPTION.contains(h)) {
                description = first(description, i);
            } else if (REFERENCE.contains(h)) {
                reference = first(reference, i);
            } else if (TYPE.contains(h)) {
                type = first(type, i);
            } else if (BANK_ID.contains(h)) {
                bankId = first(bankId, i);
            }
        }
        if (date < 0 || (amount < 0 && paidIn < 0 && paidOut < 0)) {
            return null;
        }
        if (description < 0 && payee < 0 && reference >= 0) {
            description = reference;
            reference = CsvMapping.NONE;
        }
        return new CsvMapping(headerLine, date, amount, paidIn, paidOut, payee, description, reference, type, balance,
                bankId, null, false);
    }

    private static int dateScore(String h) {
        if (h.equals("date") || h.equals("transaction date") || h.equals("trans date") || h.equals("date of transaction")) {
            return 3;
        }
        if (h.equals("posting date") || h.equals("posted date") || h.equals("booking date") || h.equals("tx date")
                || h.equals("completed date") || h.equals("started date")) {
            return 2;
        }
        if (h.contains("date") && !h.contains("entered") && !h.contains("update")) {
            return 1;
        }
        return 0;
    }

    private static int first(int current, int candidate) {
        return current >= 0 ? current : candidate;
    }

    /**
     * Columns from the cells of a file without headings: the column that is nearly always a
     * date, the one or two that are nearly always amounts (one: signed amount; two: amount then
     * balance), and the longest text as the description. Null when that does not work.
     */
    static CsvMapping fromContent(List<CsvRecord> records) {
        int width = 0;
        int sampled = 0;
        for (CsvRecord record : records) {
            if (record.nonBlankCount() >= 2) {
                width = Math.max(width, record.fields().length);
                if (++sampled == 30) {
                    break;
                }
            }
        }
        if (sampled == 0) {
            return null;
        }
        int[] dates = new int[width];
        int[] amounts = new int[width];
        int[] filled = new int[width];
        long[] textLength = new long[width];
        sampled = 0;
        for (CsvRecord record : records) {
            if (record.nonBlankCount() < 2) {
                continue;
            }
            for (int c = 0; c < record.fields().length; c++) {
                String cell = record.fields()[c];
                if (Cells.clean(cell).isEmpty()) {
                    continue;
                }
                filled[c]++;
                if (DateParser.looksLikeDate(cell)) {
                    dates[c]++;
                } else if (AmountParser.looksLikeAmount(cell)) {
                    amounts[c]++;
                } else {
                    textLength[c] += Cells.clean(cell).length();
                }
            }
            if (++sampled == 30) {
                break;
            }
        }
        int date = CsvMapping.NONE;
        for (int c = 0; c < width && date < 0; c++) {
            if (dates[c] * 10 >= sampled * 8) {
                date = c;
            }
        }
        if (date < 0) {
            return null;
        }
        int amount = CsvMapping.NONE;
        int balance = CsvMapping.NONE;
        int amountColumns = 0;
        for (int c = 0; c < width; c++) {
            if (c != date && filled[c] > 0 && amounts[c] == filled[c] && filled[c] * 10 >= sampled * 8) {
                amountColumns++;
                if (amount < 0) {
                    amount = c;
                } else if (balance < 0) {
                    balance = c;
                }
            }
        }
        if (amount < 0 || amountColumns > 2) {
            return null;
        }
        int description = CsvMapping.NONE;
        for (int c = 0; c < width; c++) {
            if (c != date && c != amount && c != balance && textLength[c] > 0
                    && (description < 0 || textLength[c] > textLength[description])) {
                description = c;
            }
        }
        return new CsvMapping(0, date, amount, CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, description,
                CsvMapping.NONE, CsvMapping.NONE, balance, CsvMapping.NONE, null, false);
    }
}
