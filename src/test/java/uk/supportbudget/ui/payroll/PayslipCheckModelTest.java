package uk.supportbudget.ui.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.TaxAndNi;

/** The hand check on the Payroll page refuses what cannot be right with one sentence, as the CLI does. */
class PayslipCheckModelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "impossible tax code | 2026-27 | MONTHLY | 3 | 12Q57 | 1000.00 | is not a tax code HMRC uses",
            "negative gross | 2026-27 | MONTHLY | 3 | 1257L | -5.00 | is negative",
            "period 13 of a monthly year | 2026-27 | MONTHLY | 13 | 1257L | 1000.00 | Period 13 does not exist in a monthly tax year",
            "week 54 of a weekly year | 2026-27 | WEEKLY | 54 | 1257L | 300.00 | Period 54 does not exist",
            "not a number for the period | 2026-27 | MONTHLY | three | 1257L | 1000.00 | is not a period number",
            "a tax year with no rates | 2031-32 | MONTHLY | 1 | 1257L | 1000.00 | has no rates for 2031-32",
            "not an amount | 2026-27 | MONTHLY | 1 | 1257L | lots | is not an amount",
            "Scottish D4 | 2026-27 | MONTHLY | 1 | SD4 | 1000.00 | Scottish D codes run from SD0 to SD3",
    })
    void badInputIsRefusedWithASentence(String name, String year, PayFrequency frequency, String period, String code, String gross, String expected) {
        PayslipCheckModel check = new PayslipCheckModel(new TaxYear(2026));
        check.taxYear.set(year);
        check.frequency.set(frequency);
        check.period.set(period);
        check.taxCode.set(code);
        check.gross.set(gross);
        String sentence = check.firstProblem().orElseThrow();
        assertTrue(sentence.contains(expected), sentence);
        assertTrue(sentence.endsWith("."), "one whole sentence: " + sentence);
        Refusal refusal = assertThrows(Refusal.class, check::calculate);
        assertEquals(sentence, refusal.getMessage());
    }

    @Test
    void goodInputGivesTheEngineFigures() {
        PayslipCheckModel check = new PayslipCheckModel(new TaxYear(2025));
        check.period.set("1");
        check.gross.set("£1,156.25");
        TaxAndNi figures = check.calculate();
        assertEquals(Money.parse("21.40"), figures.tax().tax());
    }
}
