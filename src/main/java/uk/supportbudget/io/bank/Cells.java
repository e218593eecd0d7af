package uk.supportbudget.io.bank;

/**
 * Cleaning for the text inside one cell. Bank exports carry spreadsheet habits: a leading
 * apostrophe that tells Excel "this is text" ('12345678), non-breaking spaces, padding to a
 * fixed width, a stray byte order mark.
 */
final class Cells {

    private Cells() {
    }

    /** Trimmed, with non-breaking spaces as spaces and a leading text-marker apostrophe removed. */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        if (start < end && raw.charAt(start) == '\'') {
            start++;
            while (start < end && isSpace(raw.charAt(start))) {
                start++;
            }
        }
        String trimmed = raw.substring(start, end);
        if (trimmed.indexOf('\u00A0') >= 0 || trimmed.indexOf('\u202F') >= 0 || trimmed.indexOf('\u2007') >= 0) {
            trimmed = trimmed.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
        }
        return trimmed;
    }

    /** {@link #clean} and runs of spaces or tabs as one space: for descriptions padded to a width. */
    static String text(String raw) {
        String cleaned = clean(raw);
        StringBuilder out = null;
        boolean lastWasSpace = false;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            boolean space = isSpace(c);
            if (space && (lastWasSpace || c != ' ')) {
                if (out == null) {
                    out = new StringBuilder(cleaned.length()).append(cleaned, 0, i);
                }
                if (!lastWasSpace) {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
            lastWasSpace = space;
        }
        return out == null ? cleaned : out.toString();
    }

    /** Lower case, single-spaced, without quotes or a trailing colon: for comparing headings. */
    static String heading(String raw) {
        String text = text(raw).toLowerCase(java.util.Locale.ROOT);
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        return text.replace("\"", "");
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF'
                || c == '\r' || c == '\n';
    }
}
