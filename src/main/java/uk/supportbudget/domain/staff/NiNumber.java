package uk.supportbudget.domain.staff;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.supportbudget.domain.Refusal;

/**
 * A National Insurance number in HMRC's format: two prefix letters, six digits and a suffix A to D
 * (HMRC National Insurance Manual NIM39110). The first letter is never D, F, I, Q, U or V; the
 * second never D, F, I, O, Q, U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are not issued.
 * QQ is HMRC's own example prefix and is accepted so that examples and tests can use it.
 */
public record NiNumber(String value) {

    private static final Pattern FORM = Pattern.compile("([A-Z])([A-Z])(\\d{6})([A-D])");
    private static final String FIRST_NEVER = "DFIQUV";
    private static final String SECOND_NEVER = "DFIOQUV";
    private static final Set<String> PREFIXES_NEVER = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    private static final String EXAMPLE_PREFIX = "QQ";

    public NiNumber {
        value = check(value);
    }

    /** Reads what people type: spaces anywhere, lower case. */
    public static NiNumber parse(String text) {
        return new NiNumber(text);
    }

    private static String check(String text) {
        String shown = text == null ? "" : text.strip();
        String cleaned = shown.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (cleaned.isEmpty()) {
            throw new Refusal("The National Insurance number is missing; it is on the PA's payslips, P45 or HMRC letters.");
        }
        Matcher matcher = FORM.matcher(cleaned);
        if (!matcher.matches()) {
            throw new Refusal("\"" + shown + "\" is not a National Insurance number; it should be two letters, six digits "
                    + "and a letter A to D, like QQ 12 34 56 C.");
        }
        String prefix = matcher.group(1) + matcher.group(2);
        if (!prefix.equals(EXAMPLE_PREFIX)) {
            if (FIRST_NEVER.indexOf(prefix.charAt(0)) >= 0 || SECOND_NEVER.indexOf(prefix.charAt(1)) >= 0
                    || PREFIXES_NEVER.contains(prefix)) {
                throw new Refusal("\"" + shown + "\" is not a National Insurance number HMRC issues: no number starts with "
                        + prefix + "; check the letters against the PA's payslip or HMRC letter.");
            }
        }
        return cleaned;
    }

    /** {@code QQ 12 34 56 C}, as HMRC prints it. */
    public String display() {
        return value.substring(0, 2) + " " + value.substring(2, 4) + " " + value.substring(4, 6) + " " + value.substring(6, 8)
                + " " + value.substring(8);
    }

    /** {@code QQ •• •• •• C}: enough to recognise, not enough to misuse over someone's shoulder. */
    public String masked() {
        return value.substring(0, 2) + " \u2022\u2022 \u2022\u2022 \u2022\u2022 " + value.substring(8);
    }

    @Override
    public String toString() {
        return masked();
    }
}
