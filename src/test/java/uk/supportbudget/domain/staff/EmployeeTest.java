package uk.supportbudget.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;

class EmployeeTest {

    @ParameterizedTest(name = "born {0}, age on {1} is {2}")
    @CsvSource({"1994-03-02, 2026-03-01, 31", "1994-03-02, 2026-03-02, 32", "2004-02-29, 2025-02-28, 20", "2004-02-29, 2025-03-01, 21"})
    void ageIsInWholeYears(LocalDate born, LocalDate on, int age) {
        assertEquals(age, StaffFixtures.employee("Sam", born).ageOn(on));
    }

    @Test
    void aLeavingDateBeforeTheStartIsRefused() {
        Employee ok = StaffFixtures.employee("Sam", LocalDate.of(1990, 1, 1));
        Refusal refusal = assertThrows(Refusal.class, () -> new Employee(0, "Sam", "", ok.dateOfBirth(), null, ok.startDate(),
                ok.startDate().minusDays(1), StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false,
                PensionStatus.NOT_YET_ASSESSED, null, "", null, null, false));
        assertTrue(refusal.getMessage().contains("before the start date"));
    }

    @Test
    void aP45StarterNeedsTheP45Figures() {
        Employee ok = StaffFixtures.employee("Sam", LocalDate.of(1990, 1, 1));
        assertThrows(Refusal.class, () -> new Employee(0, "Sam", "", ok.dateOfBirth(), null, ok.startDate(), null, StarterDeclaration.P45,
                null, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.NOT_YET_ASSESSED, null, "", null, null, false));
        Employee withP45 = new Employee(0, "Sam", "", ok.dateOfBirth(), null, ok.startDate(), null, StarterDeclaration.P45,
                new P45Figures(Money.parse("4200.00"), Money.parse("310.40"), TaxCode.parse("1257L")), TaxCode.parse("1257L"),
                NiCategory.A, null, false, PensionStatus.NOT_YET_ASSESSED, null, "", null, null, false);
        assertEquals(Money.parse("310.40"), withP45.p45().previousTax());
    }

    @Test
    void remindersNameWhatToDo() {
        Employee pa = StaffFixtures.employee("Jordan Ellis", LocalDate.of(1994, 3, 2));
        assertEquals(0, pa.reminders(LocalDate.of(2026, 11, 1)).size());
        assertEquals(1, pa.reminders(LocalDate.of(2026, 11, 20)).size());
        assertTrue(pa.reminders(LocalDate.of(2026, 11, 20)).get(0).contains("apply for a new check"));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "71"})
    void impossibleContractedHoursAreRefused(String hours) {
        assertThrows(Refusal.class, () -> StaffFixtures.contract("12.71", new BigDecimal(hours)));
    }

    @Test
    void zeroHoursContractsAreIrregularHours() {
        assertTrue(StaffFixtures.contract("12.71", null).irregularHours());
        assertEquals(Money.parse("12.71"), StaffFixtures.contract("12.71", null).dayRate());
    }
}
