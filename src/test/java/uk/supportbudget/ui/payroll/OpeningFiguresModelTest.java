package uk.supportbudget.ui.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        model.niRows.get(0).employeeNi.set("40");
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
        assertEquals(List.of(NiCategory.M), model.niRows.stream().map(row -> row.category.get()).toList(), "one row, in the PA's letter");
        assertTrue(model.locked());
        assertFalse(blank(Optional.empty()).locked());
    }

    // ---- National Insurance by category letter: one row per letter

    private static final List<String> FIELDS = List.of("category", "atLel", "lelToPt", "ptToUel", "employeeNi", "employerNi");

    /** A model with this employment's figures: gross, and NI rows typed as "M:2795/1445/0/40/0; A:…". */
    private static OpeningFiguresModel typed(String gross, String rows) {
        OpeningFiguresModel model = blank(Optional.empty());
        model.hasThisEmployment.set(true);
        model.gross.set(gross);
        model.taxablePay.set(gross);
        model.niRows.clear();
        for (String typedRow : rows.split(";")) {
            String[] letterAndAmounts = typedRow.trim().split(":");
            OpeningFiguresModel.NiRow row = model.addNiRow().orElseThrow();
            row.category.set(NiCategory.parse(letterAndAmounts[0]));
            String[] amounts = letterAndAmounts[1].split("/", -1);
            for (int i = 0; i < amounts.length; i++) {
                row.amounts().get(i).set(amounts[i]);
            }
        }
        return model;
    }

    private static Optional<String> problemAt(OpeningFiguresModel model, OpeningFiguresModel.NiRow row, String field) {
        return field.equals("category") ? model.niCategoryProblem(row)
                : model.niAmountProblem(row, row.amounts().get(FIELDS.indexOf(field) - 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | gross to date | rows (letter:at LEL/LEL to PT/PT to UEL/employee NI/employer NI) | row, field, what is said there ('' = nothing)
            "one letter | 5000 | A:2795/1445/760/60.80/275 | ''",
            "M, then A after the 21st birthday | 6000 | M:2795/1445/0/40/0; A:0/1000/760/60.80/100 | ''",
            "empty amounts are nothing | 3000 | M:1000///; A:/// | ''",
            "a row's bands may each be up to gross | 3000 | M:2000/0/0/0/0; A:2000/0/0/0/0 | ''",
            "the same letter twice | 6000 | A:100/0/0/0/0; A:200/0/0/0/0 | 2, category, Category A already has a row above",
            "the same letter again after another | 6000 | M:100/0/0/0/0; A:1/0/0/0/0; M:200/0/0/0/0 | 3, category, Category M already has a row above",
            "bands over gross in the second row | 3000 | M:1000/0/0/0/0; A:2795/500/0/0/0 | 2, ptToUel, add up to £3,295.00, more than gross pay to date of £3,000.00",
            "bands over gross in a letter's only row | 100 | C:50/60/0/0/0 | 1, ptToUel, category C add up to £110.00",
            "a letter in an amount | 3000 | A:12x/0/0/0/0 | 1, atLel, is not an amount",
            "a minus sign on employer NI | 3000 | M:0/0/0/0/0; C:0/0/0/0/-5 | 2, employerNi, cannot be negative",
            "a bad band is said at its field, not again as over gross | 3000 | A:2000/1000/-1/0/0 | 1, ptToUel, cannot be negative",
    })
    void eachNiRowIsCheckedAtItsOwnFields(String name, String gross, String rows, String expected) {
        OpeningFiguresModel model = typed(gross, rows);
        String[] where = expected == null || expected.isBlank() ? new String[0] : expected.split(",\\s*", 3);
        for (int index = 0; index < model.niRows.size(); index++) {
            OpeningFiguresModel.NiRow row = model.niRows.get(index);
            int number = index + 1;
            for (String field : FIELDS) {
                Optional<String> problem = problemAt(model, row, field);
                if (where.length == 3 && Integer.parseInt(where[0]) == index + 1 && where[1].equals(field)) {
                    String sentence = problem.orElseThrow(() -> new AssertionError("nothing said at row " + number + " " + field));
                    assertTrue(sentence.contains(where[2]), sentence);
                    assertTrue(sentence.endsWith("."), sentence);
                } else {
                    assertEquals(Optional.empty(), problem, "row " + (index + 1) + " " + field);
                }
            }
        }
        // Said once, at the field: the cross-check of the whole form says nothing more.
        assertEquals(Optional.empty(), model.thisEmploymentProblem());
        if (where.length == 0) {
            OpeningFigures.ThisEmployment saved = model.withThisEmployment(OpeningFigures.none(7, YEAR)).thisEmployment();
            List<NiCategory> typedLetters = model.niRows.stream().filter(row -> row.amounts().stream().anyMatch(a -> !a.get().isBlank()
                    && !Money.parseLenient(a.get()).isZero())).map(row -> row.category.get()).toList();
            assertEquals(typedLetters, saved.ni().stream().map(ni -> ni.category()).toList(), "every row with figures is saved, in order");
        }
    }

    @ParameterizedTest(name = "PA usually {0}, rows {1}: the next row is {2}")
    @CsvSource({
            "A, '',    A",
            "A, A,     B",
            "M, M,     A",
            "M, 'M A', B",
            "C, A,     C",
    })
    void anAddedRowTakesTheUsualLetterOrTheFirstNotUsed(NiCategory usual, String existing, NiCategory next) {
        OpeningFiguresModel model = new OpeningFiguresModel(OpeningFigures.none(7, YEAR), usual, Optional.empty());
        model.niRows.clear();
        for (String letter : existing == null || existing.isBlank() ? new String[0] : existing.split(" ")) {
            model.addNiRow().orElseThrow().category.set(NiCategory.parse(letter));
        }
        assertEquals(next, model.addNiRow().orElseThrow().category.get());
    }

    @Test
    void everyLetterHasARowSoNoneCanBeAdded() {
        OpeningFiguresModel model = blank(Optional.empty());
        for (int i = 1; i < NiCategory.values().length; i++) {
            model.addNiRow().orElseThrow();
        }
        assertEquals(NiCategory.values().length, model.niRows.size());
        assertEquals(Optional.empty(), model.addNiRow());
    }

    @Test
    void aRemovedRowSaysNothingAndTheLastRowIsEmptiedNotRemoved() {
        OpeningFiguresModel model = typed("6000", "A:100/0/0/0/0; A:200/0/0/0/0");
        OpeningFiguresModel.NiRow twice = model.niRows.get(1);
        assertTrue(model.niCategoryProblem(twice).isPresent());
        model.removeNiRow(twice);
        assertEquals(Optional.empty(), model.niCategoryProblem(twice), "a removed row's fields stay on the form's books but say nothing");
        assertEquals(1, model.niRows.size());
        OpeningFiguresModel.NiRow last = model.niRows.get(0);
        model.removeNiRow(last);
        assertEquals(List.of(last), model.niRows);
        assertTrue(last.amounts().stream().allMatch(amount -> amount.get().isEmpty()));
        assertEquals(List.of(), model.withThisEmployment(OpeningFigures.none(7, YEAR)).thisEmployment().ni());
    }

    @Test
    void storedLettersComeBackAsRowsAndSaveUnchanged() {
        OpeningFigures.ThisEmployment stored = new OpeningFigures.ThisEmployment(Money.parse("6000.00"), Money.parse("6000.00"),
                Money.parse("200.00"), List.of(
                        new uk.supportbudget.domain.payrun.YearEnd.NiByCategory(NiCategory.A, Money.parse("1000.00"), Money.parse("500.00"),
                                Money.ZERO, Money.parse("10.00"), Money.parse("20.00")),
                        new uk.supportbudget.domain.payrun.YearEnd.NiByCategory(NiCategory.M, Money.parse("2000.00"), Money.parse("800.00"),
                                Money.parse("100.00"), Money.parse("30.00"), Money.ZERO)),
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        OpeningFigures figures = new OpeningFigures(7, YEAR, null, stored);
        OpeningFiguresModel model = new OpeningFiguresModel(figures, NiCategory.A, Optional.empty());
        assertEquals(List.of(NiCategory.A, NiCategory.M), model.niRows.stream().map(row -> row.category.get()).toList());
        assertEquals("800.00", model.niRows.get(1).lelToPt.get());
        assertEquals(figures, model.withThisEmployment(OpeningFigures.none(7, YEAR)));
    }

    @Test
    void nothingIsSaidAboutNiRowsWhenThereWereNoFiguresFromTheOldPayroll() {
        OpeningFiguresModel model = typed("100", "A:500/0/0/0/0; A:0/0/0/0/0");
        model.hasThisEmployment.set(false);
        assertEquals(Optional.empty(), model.niCategoryProblem(model.niRows.get(1)));
        assertEquals(Optional.empty(), model.niBandsProblem(model.niRows.get(0)));
    }
}
