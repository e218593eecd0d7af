package uk.supportbudget.domain.payrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.payroll.PayeCalculator;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.service.payroll.RatesLoader;

/**
 * Figures brought in from before the first pay run here: a P45 and the old payroll's year to date count
 * in cumulative PAYE exactly as HMRC's method counts pay and tax to date; nonsense figures are refused.
 */
class OpeningFiguresTest {

    private static final Money ZERO = Money.ZERO;

    /**
     * Worked by hand, 2025-26 rUK bands, monthly. 1257L: HMRC splits codes over 500 into blocks, so free pay
     * for month 1 is (257 × 10 + 9) ÷ 12 = £214.92 (rounded up) plus two blocks of £5,000 ÷ 12 = £416.67,
     * £1,048.26 in all; £6,289.56 by month 6 and £12,579.12 by month 12. The basic rate band to month 6 is
     * £37,700 × 6/12 = £18,850.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                      | code      | month | P45 pay  | P45 tax | opening taxable | opening tax | gross   | tax
            P45 £10,000/£1,000 month 6: 12,000-6,289.56=5,710→1,142-1,000 | 1257L     | 6     | 10000.00 | 1000.00 | 0        | 0      | 2000.00 | 142.00
            Same pay from the old payroll of this job instead of a P45  | 1257L     | 6     | 0        | 0       | 10000.00 | 1000.00 | 2000.00 | 142.00
            P45 and old payroll add up: 4,000+6,000 before              | 1257L     | 6     | 4000.00  | 400.00  | 6000.00  | 600.00 | 2000.00 | 142.00
            Too much tax on the P45 is refunded: 1,142-1,500            | 1257L     | 6     | 10000.00 | 1500.00 | 0        | 0      | 2000.00 | -358.00
            Less tax before: 1,142-900                                  | 1257L     | 6     | 10000.00 | 900.00  | 0        | 0      | 2000.00 | 242.00
            Month 1 code ignores the P45: 2,000-1,048.26=951→190.20     | 1257L M1  | 6     | 10000.00 | 1000.00 | 0        | 0      | 2000.00 | 190.20
            BR cumulative: 12,000 at 20% = 2,400 less 2,000             | BR        | 6     | 10000.00 | 2000.00 | 0        | 0      | 2000.00 | 400.00
            No P45 and nothing before: month 6 free pay covers 2,000    | 1257L     | 6     | 0        | 0       | 0        | 0      | 2000.00 | 0.00
            Month 12: 24,000-12,579.12=11,420→2,284.00-2,000          | 1257L     | 12    | 10000.00 | 2000.00 | 12000.00 | 0      | 2000.00 | 284.00
            """)
    void cumulativeTaxCountsTheP45AndTheOldPayroll(String name, String code, int month, String p45Pay, String p45Tax, String openingTaxable,
            String openingTax, String gross, String expected) {
        OpeningFigures.PreviousEmployment p45 = new OpeningFigures.PreviousEmployment(Money.parseLenient(p45Pay), Money.parseLenient(p45Tax), null, false, false);
        OpeningFigures.ThisEmployment before = thisEmployment(openingTaxable, openingTaxable, openingTax);
        YearToDate previous = before.toYearToDate();
        // What PayRunAssembler hands the engine: this employment's pay and tax to date plus the P45's.
        Money tax = PayeCalculator.calculate(RatesLoader.standard().forYear(new TaxYear(2025)), TaxCode.parse(code),
                new PayPeriod(PayFrequency.MONTHLY, month), Money.parseLenient(gross), previous.taxablePay().plus(p45.totals().pay()),
                previous.tax().plus(p45.totals().tax())).tax();
        assertEquals(Money.parseLenient(expected), tax, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what is wrong                        | gross   | taxable | tax     | employee NI | bands   | sentence contains
            tax more than taxable pay              | 1000.00 | 1000.00 | 1200.00 | 0           | 0       | more than taxable pay
            taxable pay more than gross            | 1000.00 | 1200.00 | 0       | 0           | 0       | more than gross pay
            negative gross                         | -1.00   | 0       | 0       | 0           | 0       | cannot be negative
            negative tax                           | 1000.00 | 1000.00 | -5.00   | 0           | 0       | cannot be negative
            negative NI                            | 1000.00 | 1000.00 | 0       | -1.00       | 0       | cannot be negative
            earnings bands more than gross         | 1000.00 | 1000.00 | 0       | 0           | 1200.00 | more than gross pay to date
            """)
    void nonsenseFromTheOldPayrollIsRefusedWithASentence(String name, String gross, String taxable, String tax, String employeeNi, String bands,
            String sentence) {
        Refusal refusal = assertThrows(Refusal.class, () -> new OpeningFigures.ThisEmployment(Money.parseLenient(gross), Money.parseLenient(taxable),
                Money.parseLenient(tax), List.of(new YearEnd.NiByCategory(NiCategory.A, Money.parseLenient(bands), ZERO, ZERO, Money.parseLenient(employeeNi), ZERO)),
                ZERO, ZERO, ZERO, ZERO, ZERO));
        assertTrue(refusal.getMessage().contains(sentence), refusal.getMessage());
    }

    @ParameterizedTest(name = "P45 pay {0}, tax {1}")
    @CsvSource({"-1.00, 0, cannot be negative", "100.00, -1.00, cannot be negative", "1000.00, 1000.01, more than the pay"})
    void nonsenseFromAP45IsRefusedWithASentence(String pay, String tax, String sentence) {
        Refusal refusal = assertThrows(Refusal.class,
                () -> new OpeningFigures.PreviousEmployment(Money.parseLenient(pay), Money.parseLenient(tax), null, false, false));
        assertTrue(refusal.getMessage().contains(sentence), refusal.getMessage());
    }

    @Test
    void aCategoryEnteredTwiceIsRefused() {
        YearEnd.NiByCategory a = new YearEnd.NiByCategory(NiCategory.A, ZERO, ZERO, ZERO, ZERO, ZERO);
        assertThrows(Refusal.class, () -> new OpeningFigures.ThisEmployment(Money.parseLenient("10"), Money.parseLenient("10"), ZERO, List.of(a, a), ZERO,
                ZERO, ZERO, ZERO, ZERO));
    }

    @Test
    void theOldPayrollBecomesTheYearToDateThatRunsBuildOn() {
        OpeningFigures.ThisEmployment before = new OpeningFigures.ThisEmployment(Money.parseLenient("6000"), Money.parseLenient("5800"), Money.parseLenient("200"),
                List.of(new YearEnd.NiByCategory(NiCategory.A, Money.parseLenient("2795"), Money.parseLenient("2445"), Money.parseLenient("760"), Money.parseLenient("60.80"),
                        Money.parseLenient("250")), new YearEnd.NiByCategory(NiCategory.M, ZERO, ZERO, ZERO, Money.parseLenient("1.00"), ZERO)),
                Money.parseLenient("200"), Money.parseLenient("120"), Money.parseLenient("30"), ZERO, Money.parseLenient("118.75"));
        YearToDate ytd = before.toYearToDate();
        assertEquals(Money.parseLenient("6000"), ytd.gross());
        assertEquals(Money.parseLenient("5800"), ytd.taxablePay());
        assertEquals(Money.parseLenient("61.80"), ytd.employeeNi());
        assertEquals(Money.parseLenient("250"), ytd.employerNi());
        assertEquals(Money.parseLenient("2795"), ytd.earningsAtLel());
        assertEquals(Money.parseLenient("118.75"), ytd.sickPay());
        // 6,000 - 200 tax - 61.80 NI - 30 loan - 200 pension
        assertEquals(Money.parseLenient("5508.20"), ytd.net());
        assertEquals(List.of(NiCategory.A, NiCategory.M), List.copyOf(before.niByCategory().keySet()));
    }

    private static OpeningFigures.ThisEmployment thisEmployment(String gross, String taxable, String tax) {
        return new OpeningFigures.ThisEmployment(Money.parseLenient(gross), Money.parseLenient(taxable), Money.parseLenient(tax), List.of(), ZERO, ZERO, ZERO, ZERO, ZERO);
    }
}
