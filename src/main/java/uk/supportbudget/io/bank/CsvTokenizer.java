package uk.supportbudget.io.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records, keeping the 1-based line each record starts on. Lenient in the
 * ways bank exports need: quoted fields with commas, doubled quotes and line breaks inside;
 * spaces before an opening quote (NatWest writes {@code , "text"}); text after a closing quote
 * kept rather than refused; {@code \r\n}, {@code \n} and lone {@code \r} line ends.
 */
final class CsvTokenizer {

    /** One record: the line it starts on and its raw (uncleaned) fields. */
    record CsvRecord(int line, String[] fields) {

        String field(int column) {
            return column >= 0 && column < fields.length ? fields[column] : "";
        }

        boolean isBlank() {
            for (String field : fields) {
                if (!Cells.clean(field).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        int nonBlankCount() {
            int count = 0;
            for (String field : fields) {
                if (!Cells.clean(field).isEmpty()) {
                    count++;
                }
            }
            return count;
        }
    }

    private CsvTokenizer() {
    }

    static List<CsvRecord> tokenize(String text, char delimiter) {
        List<CsvRecord> records = new ArrayList<>(Math.max(16, text.length() / 60));
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder(64);
        int line = 1;
        int recordLine = 1;
        int length = text.length();
        int i = 0;
        boolean fieldStarted = false;
        boolean recordHasContent = false;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"' && !fieldStarted && isBlankSoFar(field)) {
                // A quoted field: read to the closing quote, keeping commas and line breaks.
                field.setLength(0);
                i++;
                while (i < length) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < length && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\r' || q == '\n') {
                        line++;
                        if (q == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                            field.append('\r');
                            i++;
                        }
                    }
                    field.append(q);
                    i++;
                }
                fieldStarted = true;
                recordHasContent = true;
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                recordHasContent = true;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new CsvRecord(recordLine, fields.toArray(new String[0])));
                fields.clear();
                fieldStarted = false;
                recordHasContent = false;
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
                recordLine = line;
                continue;
            }
            if (c != ' ' && c != '\t') {
                fieldStarted = true;
            }
            field.append(c);
            recordHasContent = true;
            i++;
        }
        if (recordHasContent || !fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, fields.toArray(new String[0])));
        }
        return records;
    }

    private static boolean isBlankSoFar(StringBuilder field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The delimiter the file uses: comma unless the first lines hold more tabs, semicolons or
     * pipes (counted outside quotes).
     */
    static char detectDelimiter(String text) {
        char[] candidates = {',', '\t', ';', '|'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        int lines = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit && lines < 30; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n') {
                    lines++;
                }
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }
}
