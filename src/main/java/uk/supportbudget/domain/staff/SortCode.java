package uk.supportbudget.domain.staff;

import uk.supportbudget.domain.Refusal;

/** A UK bank sort code, six digits, shown as {@code 12-34-56}, or masked as {@code ••-••-56}. */
public record SortCode(String digits) {

    public SortCode {
        digits = check(digits);
    }

    public static SortCode parse(String text) {
        return new SortCode(text);
    }

    private static String check(String text) {
        String shown = text == null ? "" : text.strip();
        String cleaned = shown.replaceAll("[\\s-]", "");
        if (!cleaned.matches("\\d{6}")) {
            throw new Refusal("\"" + shown + "\" is not a sort code; it is six digits, like 12-34-56.");
        }
        return cleaned;
    }

    public String display() {
        return digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4);
    }

    public String masked() {
        return "\u2022\u2022-\u2022\u2022-" + digits.substring(4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
