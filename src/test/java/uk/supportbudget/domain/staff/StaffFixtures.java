package uk.supportbudget.domain.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.MinimumWageRates;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.service.payroll.RatesLoader;

/** Employees and contracts for tests. */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    public static Employee employee(String name, LocalDate born) {
        return new Employee(1, name, "1 High Street", born, NiNumber.parse("QQ123456C"), startFor(born), null,
                StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.ENROLLED, null, "",
                new DbsCheck(LocalDate.of(2024, 1, 10), "001234567890"), LocalDate.of(2023, 1, 5), false);
    }

    private static LocalDate startFor(LocalDate born) {
        LocalDate sixteen = born.plusYears(16);
        LocalDate usual = LocalDate.of(2023, 1, 9);
        return sixteen.isAfter(usual) ? sixteen : usual;
    }

    public static Contract contract(String dayRate, BigDecimal hours) {
        return new Contract(1, 1, LocalDate.of(2026, 4, 1), null, hours, false, Money.parse(dayRate), Money.parse("13.50"),
                Money.parse("13.50"), Money.parse("19.07"), Money.parse("60.00"), Money.parse("13.50"), null, 4, PayFrequency.MONTHLY);
    }

    public static List<MinimumWageRates> minimumWages() {
        return RatesLoader.standard().availableYears().stream().map(TaxYear.class::cast)
                .map(year -> RatesLoader.standard().forYear(year).minimumWage()).toList();
    }
}
