package uk.supportbudget.domain.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.supportbudget.domain.Refusal;

class TaxCodeTest {

    @ParameterizedTest(name = "{0} -> {1} {2} {3} number {4} D{5} non-cumulative {6}")
    @CsvSource({
            // text,        region,      kind,       printed, number, dIndex, nonCumulative
            "1257L,         REST_OF_UK,  ALLOWANCE,  1257L,   1257,   0, false",
            "S1257L,        SCOTLAND,    ALLOWANCE,  S1257L,  1257,   0, false",
            "C1257L,        WALES,       ALLOWANCE,  C1257L,  1257,   0, false",
            "1383M,         REST_OF_UK,  ALLOWANCE,  1383M,   1383,   0, false",
            "1131N,         REST_OF_UK,  ALLOWANCE,  1131N,   1131,   0, false",
            "1257T,         REST_OF_UK,  ALLOWANCE,  1257T,   1257,   0, false",
            "0T,            REST_OF_UK,  ALLOWANCE,  0T,      0,      0, false",
            "S0T,           SCOTLAND,    ALLOWANCE,  S0T,     0,      0, false",
            "C0T,           WALES,       ALLOWANCE,  C0T,     0,      0, false",
            "K585,          REST_OF_UK,  K,          K585,    585,    0, false",
            "SK100,         SCOTLAND,    K,          SK100,   100,    0, false",
            "CK475,         WALES,       K,          CK475,   475,    0, false",
            "BR,            REST_OF_UK,  BASIC_RATE, BR,      0,      0, false",
            "SBR,           SCOTLAND,    BASIC_RATE, SBR,     0,      0, false",
            "CBR,           WALES,       BASIC_RATE, CBR,     0,      0, false",
            "D0,            REST_OF_UK,  D,          D0,      0,      0, false",
            "D1,            REST_OF_UK,  D,          D1,      0,      1, false",
            "SD0,           SCOTLAND,    D,          SD0,     0,      0, false",
            "SD1,           SCOTLAND,    D,          SD1,     0,      1, false",
            "SD2,           SCOTLAND,    D,          SD2,     0,      2, false",
            "SD3,           SCOTLAND,    D,          SD3,     0,      3, false",
            "CD0,           WALES,       D,          CD0,     0,      0, false",
            "CD1,           WALES,       D,          CD1,     0,      1, false",
            "NT,            REST_OF_UK,  NO_TAX,     NT,      0,      0, false",
            "'1257L W1',    REST_OF_UK,  ALLOWANCE,  1257L,   1257,   0, true",
            "'1257L M1',    REST_OF_UK,  ALLOWANCE,  1257L,   1257,   0, true",
            "'1257L X',     REST_OF_UK,  ALLOWANCE,  1257L,   1257,   0, true",
            "1257LW1,       REST_OF_UK,  ALLOWANCE,  1257L,   1257,   0, true",
            "'K585 M1',     REST_OF_UK,  K,          K585,    585,    0, true",
            "'BR M1',       REST_OF_UK,  BASIC_RATE, BR,      0,      0, true",
            "'SD2 W1',      SCOTLAND,    D,          SD2,     0,      2, true",
            "'NT X',        REST_OF_UK,  NO_TAX,     NT,      0,      0, true",
            "' s1257l '  ,  SCOTLAND,    ALLOWANCE,  S1257L,  1257,   0, false",
            "'1257l m1',    REST_OF_UK,  ALLOWANCE,  1257L,   1257,   0, true",
            "1257L/M1,      REST_OF_UK,  ALLOWANCE,  1257L,   1257,   0, true",
    })
    void taxCodeParsesEveryFormHmrcIssues(String text, TaxRegion region, TaxCode.Kind kind, String printed, int number,
            int dIndex, boolean nonCumulative) {
        TaxCode code = TaxCode.parse(text);
        assertEquals(region, code.region());
        assertEquals(kind, code.kind());
        assertEquals(printed, code.code());
        assertEquals(number, code.number());
        assertEquals(dIndex, code.dRateIndex());
        assertEquals(nonCumulative, code.nonCumulative());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12Q57", "", "   ", "L1257", "1257", "1257P", "1257Y", "1257V", "K", "D2", "D9", "CD2", "SD4",
            "SNT", "CNT", "XBR", "BR1", "1257L M2", "1257L W", "12.57L", "123456L", "K-100", "S", "T0", "LT", "1257LL"})
    void impossibleTaxCodeIsRefusedWithASentence(String text) {
        Refusal refusal = assertThrows(Refusal.class, () -> TaxCode.parse(text));
        assertTrue(refusal.getMessage().endsWith("."), refusal.getMessage());
    }

    @Test
    void refusalOfTwelveQFiftySevenNamesTheCode() {
        Refusal refusal = assertThrows(Refusal.class, () -> TaxCode.parse("12Q57"));
        assertTrue(refusal.getMessage().contains("12Q57"));
    }

    @Test
    void weekOneMonthOneFlagMakesAnyCodeNonCumulative() {
        assertTrue(TaxCode.parse("1257L").withNonCumulative(true).nonCumulative());
        assertFalse(TaxCode.parse("1257L").withNonCumulative(false).nonCumulative());
        assertTrue(TaxCode.parse("1257L M1").withNonCumulative(false).nonCumulative());
        assertEquals("1257L W1/M1", TaxCode.parse("1257L X").toString());
    }

    /** The book stores a code as written out ("1257L W1/M1"), so what is written must read back the same. */
    @Test
    void aWeekOneMonthOneCodeReadsBackAsWrittenOut() {
        for (String code : new String[] {"1257L M1", "S1257L W1", "K585 X", "BR M1", "C0T W1"}) {
            TaxCode parsed = TaxCode.parse(code);
            assertEquals(parsed, TaxCode.parse(parsed.toString()), code);
        }
    }

    @Test
    void aCodeCannotBeBuiltInvalidDirectly() {
        assertThrows(IllegalArgumentException.class, () -> new TaxCode(TaxRegion.REST_OF_UK, TaxCode.Kind.D, 0, ' ', 2, false));
        assertThrows(IllegalArgumentException.class, () -> new TaxCode(TaxRegion.REST_OF_UK, TaxCode.Kind.ALLOWANCE, 1257, 'P', 0, false));
        assertThrows(IllegalArgumentException.class, () -> new TaxCode(null, TaxCode.Kind.NO_TAX, 0, ' ', 0, false));
    }
}
