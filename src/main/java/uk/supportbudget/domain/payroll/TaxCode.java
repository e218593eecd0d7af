package uk.supportbudget.domain.payroll;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.supportbudget.domain.Refusal;

/**
 * A PAYE tax code as HMRC issues it, parsed once into what the calculation needs.
 *
 * <ul>
 * <li>{@link Kind#ALLOWANCE}: a number and a suffix L, M, N or T ({@code 1257L}, {@code 0T}); the number
 * times ten, plus nine, is the tax-free pay for the year.</li>
 * <li>{@link Kind#K}: {@code K585}; the number gives pay to <em>add</em> to taxable pay.</li>
 * <li>{@link Kind#BASIC_RATE} ({@code BR}), {@link Kind#D} ({@code D0}, {@code D1}; {@code SD0}..{@code SD3}
 * in Scotland): all pay at one rate.</li>
 * <li>{@link Kind#NO_TAX} ({@code NT}).</li>
 * </ul>
 *
 * A prefix S (Scotland) or C (Wales) chooses the bands; a trailing {@code W1}, {@code M1} or {@code X}
 * means week 1 / month 1 (non-cumulative).
 *
 * @param dRateIndex for D codes, 0 for D0, 1 for D1 ...; otherwise 0
 */
public record TaxCode(TaxRegion region, Kind kind, int number, char suffix, int dRateIndex, boolean nonCumulative) {

    public enum Kind { ALLOWANCE, K, BASIC_RATE, D, NO_TAX }

    private static final Pattern FORM = Pattern.compile(
            "([SC]?)(?:(BR)|(NT)|D(\\d)|K(\\d{1,5})|(\\d{1,5})([A-Z]))(?:[\\s/]*(W1/M1|W1|M1|X|WEEK1|MONTH1))?");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public TaxCode {
        if (region == null || kind == null) {
            throw new IllegalArgumentException("A tax code needs a region and a kind");
        }
        if (number < 0 || number > 99_999) {
            throw new IllegalArgumentException("Tax code number out of range: " + number);
        }
        if (kind == Kind.ALLOWANCE && "LMNT".indexOf(suffix) < 0) {
            throw new IllegalArgumentException("Suffix must be L, M, N or T: " + suffix);
        }
        if (kind == Kind.D && (dRateIndex < 0 || dRateIndex > maxDIndex(region))) {
            throw new IllegalArgumentException("No D" + dRateIndex + " code for " + region);
        }
    }

    /** Parses a code as HMRC writes it, ignoring case and spaces: {@code 1257L}, {@code S1257L}, {@code K585 M1}, {@code SD2}. */
    public static TaxCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Refusal("The tax code is missing; copy it from the PA's P45, starter checklist or HMRC coding notice (for example 1257L).");
        }
        String shown = text.strip();
        String cleaned = SPACES.matcher(shown.toUpperCase(Locale.ROOT)).replaceAll(" ");
        Matcher matcher = FORM.matcher(cleaned);
        if (!matcher.matches()) {
            throw new Refusal("\"" + shown + "\" is not a tax code HMRC uses; check it against the coding notice "
                    + "(codes look like 1257L, S1257L, C1257L, K585, BR, D0, NT or 0T).");
        }
        TaxRegion region = switch (matcher.group(1)) {
            case "S" -> TaxRegion.SCOTLAND;
            case "C" -> TaxRegion.WALES;
            default -> TaxRegion.REST_OF_UK;
        };
        boolean nonCumulative = matcher.group(8) != null;
        if (matcher.group(2) != null) {
            return new TaxCode(region, Kind.BASIC_RATE, 0, ' ', 0, nonCumulative);
        }
        if (matcher.group(3) != null) {
            if (region != TaxRegion.REST_OF_UK) {
                throw new Refusal("\"" + shown + "\" is not a tax code HMRC uses; the no-tax code is plain NT, without S or C in front.");
            }
            return new TaxCode(region, Kind.NO_TAX, 0, ' ', 0, nonCumulative);
        }
        if (matcher.group(4) != null) {
            int index = Integer.parseInt(matcher.group(4));
            if (index > maxDIndex(region)) {
                throw new Refusal("\"" + shown + "\" is not a tax code HMRC uses; "
                        + (region == TaxRegion.SCOTLAND ? "Scottish D codes run from SD0 to SD3." : "D codes outside Scotland are D0 and D1."));
            }
            return new TaxCode(region, Kind.D, 0, ' ', index, nonCumulative);
        }
        if (matcher.group(5) != null) {
            return new TaxCode(region, Kind.K, Integer.parseInt(matcher.group(5)), ' ', 0, nonCumulative);
        }
        char suffix = matcher.group(7).charAt(0);
        if ("LMNT".indexOf(suffix) < 0) {
            throw new Refusal("\"" + shown + "\" is not a tax code HMRC uses; the letter after the number must be L, M, N or T.");
        }
        return new TaxCode(region, Kind.ALLOWANCE, Integer.parseInt(matcher.group(6)), suffix, 0, nonCumulative);
    }

    private static int maxDIndex(TaxRegion region) {
        return region == TaxRegion.SCOTLAND ? 3 : 1;
    }

    /** The same code operated on a week 1 / month 1 basis. */
    public TaxCode withNonCumulative(boolean weekOneMonthOne) {
        return new TaxCode(region, kind, number, suffix, dRateIndex, nonCumulative || weekOneMonthOne);
    }

    /** The code alone, as HMRC prints it, without any W1/M1 marker: {@code S1257L}, {@code K585}, {@code SD1}. */
    public String code() {
        String body = switch (kind) {
            case ALLOWANCE -> number + String.valueOf(suffix);
            case K -> "K" + number;
            case BASIC_RATE -> "BR";
            case D -> "D" + dRateIndex;
            case NO_TAX -> "NT";
        };
        return region.prefix() + body;
    }

    @Override
    public String toString() {
        return nonCumulative ? code() + " W1/M1" : code();
    }
}
