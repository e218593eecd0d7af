package uk.supportbudget.ui.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.StudentLoanPlan;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.service.StaffService;

/** The PA form's P45, loan and leaving fields, without a screen. */
class StaffFormModelTest {

    private static StaffFormModel newPa() {
        StaffFormModel form = new StaffFormModel();
        form.clear(LocalDate.of(2026, 9, 1));
        form.fullName.set("Rae Okafor");
        form.dateOfBirth.set(LocalDate.of(1998, 1, 9));
        form.dayRate.set("12.71");
        return form;
    }

    @ParameterizedTest(name = "P45 pay \"{0}\" tax \"{1}\" code \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "|0.00|1257L|Please enter the total pay to date from the P45.",
            "-5.00|0.00|1257L|Pay to date on the P45 cannot be negative; copy it from the P45 as it is printed.",
            "8400.00||1257L|Please enter the total tax to date from the P45 (0.00 if none).",
            "8400.00|512.60||Please enter the tax code printed on the P45, such as 1257L."})
    void choosingP45MakesItsFiguresNeededAtTheField(String pay, String tax, String code, String problem) {
        StaffFormModel form = newPa();
        form.p45Pay.set(pay == null ? "" : pay);
        form.p45Tax.set(tax == null ? "" : tax);
        form.p45TaxCode.set(code == null ? "" : code);
        assertEquals(Optional.empty(), form.p45PayProblem().or(form::p45TaxProblem).or(form::p45TaxCodeProblem), "not asked for statement A");
        form.starter.set(StarterDeclaration.P45);
        assertEquals(Optional.of(problem), form.p45PayProblem().or(form::p45TaxProblem).or(form::p45TaxCodeProblem));
        assertEquals(problem, assertThrows(Refusal.class, form::employee).getMessage());
    }

    @Test
    void p45FiguresLoansAndLeavingDateAreBuiltAndLoadedBack() {
        StaffFormModel form = newPa();
        form.starter.set(StarterDeclaration.P45);
        form.p45Pay.set("£8,400.00");
        form.p45Tax.set("512.60");
        form.p45TaxCode.set("1100L");
        form.p45LeftOn.set(LocalDate.of(2026, 8, 15));
        form.studentLoan.set(new StaffFormModel.LoanChoice(StudentLoanPlan.PLAN_4));
        form.postgraduateLoan.set(true);
        form.leaveDate.set(LocalDate.of(2027, 1, 31));
        Employee typed = form.employee();
        assertEquals(Money.parse("8400.00"), typed.p45().previousPay());
        assertEquals("1100L", typed.p45().taxCode().toString());
        assertEquals(LocalDate.of(2026, 8, 15), typed.p45().leftPreviousJobOn());
        assertEquals(StudentLoanPlan.PLAN_4, typed.studentLoan());
        assertTrue(typed.postgraduateLoan());
        assertEquals(LocalDate.of(2027, 1, 31), typed.leaveDate());

        StaffFormModel reopened = new StaffFormModel();
        reopened.load(new StaffService.StaffMember(typed, Optional.empty(), java.util.List.of()));
        assertEquals("8400.00", reopened.p45Pay.get());
        assertEquals("512.60", reopened.p45Tax.get());
        assertEquals(LocalDate.of(2026, 8, 15), reopened.p45LeftOn.get());
        assertEquals(StudentLoanPlan.PLAN_4, reopened.studentLoan.get().plan());
        assertEquals(typed, reopened.employee());
    }

    @Test
    void datesThatCannotBeAreRefusedAtTheField() {
        StaffFormModel form = newPa();
        form.leaveDate.set(LocalDate.of(2026, 8, 31));
        assertEquals(Optional.of("The leaving date is before the start date; check both dates."), form.leaveDateProblem());
        form.leaveDate.set(null);
        form.starter.set(StarterDeclaration.P45);
        form.p45LeftOn.set(LocalDate.of(2026, 9, 2));
        assertTrue(form.p45LeftOnProblem().orElseThrow().startsWith("The P45 leaving date is after"));
    }
}
