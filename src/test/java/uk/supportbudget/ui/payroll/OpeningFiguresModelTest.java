package uk.supportbudget.ui.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payrun.OpeningFigures;

/** The forms for figures from before Support Budget refuse what cannot be right at the field, with a sentence. */
class OpeningFiguresModelTest {

    private static final TaxYear YEAR = new TaxYear(2026);

    private static OpeningFiguresModel blank(Optional<String> locked) {
        return new OpeningFiguresModel(OpeningFigures.none(7, YEAR), NiCategory.A, locked);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "12a0.00 | is not an amount",
            "ten pounds | is not an amount",
            "-5.00 | cannot be negative",
    })
    void aBadAmountIsRefusedAtTheField(String typed, String sentence) {
        String problem = OpeningFiguresModel.amountProblem(typed).orElseThrow();
        assertTrue(problem.contains(sentence), problem);
        assertTrue(problem.endsWith("."), problem);
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @CsvSource(value = {"''", "0", "£1,250.50", "99.9"})
    void emptyAndOrdinaryAmountsAreAccepted(String typed) {
        assertEquals(Optional.empty(), OpeningFiguresModel.amountProblem(typed));
    }

    @Test
    void taxMoreThanPayOnTheP45IsRefused() {
        OpeningFiguresModel model = blank(Optional.empty());
        model.hasP45.set(true);
        model.p45Pay.set("1000");
        model.p45Tax.set("1200");
        assertTrue(model.p45Problem().orElseThrow().contains("more than the pay"));
        model.p45Tax.set("100");
        assertEquals(Optional.empty(), model.p45Problem());
        model.p45TaxCode.set("12Q57");
        assertTrue(model.p45TaxCodeProblem().orElseThrow().contains("is not a tax code"));
        model.p45TaxCode.set("1257L M1");
        OpeningFigures figures = model.withP45(OpeningFigures.none(7, YEAR));
        assertTrue(figures.previousEmployment().week1Month1(), "a month 1 code on the P45 marks the week 1/month 1 flag");
        assertEquals(Money.parse("1000.00"), figures.previousEmployment().pay());
    }

    @Test
    void taxMoreThanTaxablePayFromTheOldPayrollIsRefused() {
        OpeningFiguresModel model = blank(Optional.empty());
        model.hasThisEmployment.set(true);
        model.gross.set("5000");
        model.taxablePay.set("5000");
        model.tax.set("6000");
        assertTrue(model.thisEmploymentProblem().orElseThrow().contains("more than taxable pay"));
        model.tax.set("300");
        model.employeeNi.set("40");
        assertEquals(Optional.empty(), model.thisEmploymentProblem());
        OpeningFigures.ThisEmployment saved = model.withThisEmployment(OpeningFigures.none(7, YEAR)).thisEmployment();
        assertEquals(Money.parse("40.00"), saved.employeeNi());
        assertEquals(NiCategory.A, saved.ni().get(0).category());
    }

    @Test
    void aBadAmountIsReportedOnceAtItsOwnFieldNotAgainAsACrossCheck() {
        OpeningFiguresModel model = blank(Optional.empty());
        model.hasThisEmployment.set(true);
        model.gross.set("5x");
        assertEquals(Optional.empty(), model.thisEmploymentProblem());
        assertThrows(Refusal.class, () -> model.withThisEmployment(OpeningFigures.none(7, YEAR)));
    }

    @Test
    void storedFiguresAreShownAndAFinalisedYearSaysWhy() {
        OpeningFigures stored = new OpeningFigures(7, YEAR, new OpeningFigures.PreviousEmployment(Money.parse("4000.00"), Money.parse("300.00"),
                null, false, true), null);
        OpeningFiguresModel model = new OpeningFiguresModel(stored, NiCategory.M, Optional.of("Sam Lee was paid in the pay run of 28 Sep 2026."));
        assertTrue(model.hasP45.get());
        assertEquals("4000.00", model.p45Pay.get());
        assertTrue(model.p45StudentLoan.get());
        assertFalse(model.hasThisEmployment.get());
        assertEquals(NiCategory.M, model.niCategory.get());
        assertTrue(model.locked());
        assertFalse(blank(Optional.empty()).locked());
    }
}
