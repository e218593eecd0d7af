package uk.supportbudget.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.YearToDate;
import uk.supportbudget.domain.staff.PensionStatus;

/** A refund after opting out is on the payslip, and gross less the deductions is still the net pay. */
class PayslipRefundTest {

    @Test
    void aPensionRefundIsANegativeDeduction() {
        Money gross = Money.parse("1000.00");
        Money tax = Money.parse("40.00");
        Money ni = Money.parse("20.00");
        Money refund = Money.parse("48.67");
        Money net = gross.minus(tax).minus(ni).plus(refund);
        PayRunLine line = new PayRunLine(1, "Sam Lee", "", TaxCode.parse("1257L"), NiCategory.A, 600, List.of(), gross, gross, tax, ni,
                Money.parse("60.00"), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, net, Money.parse("1060.00"),
                Money.ZERO, Money.ZERO, Money.ZERO, "A: up to 15.99 hours", YearToDate.NONE, null, PensionStatus.OPTED_OUT, Map.of(), List.of(),
                false, List.of(), new PayRunLine.PensionRefund(refund, Money.parse("30.00")));
        Map<String, Money> deductions = PayslipPdf.deductions(line, "NEST");
        assertEquals(refund.negate(), deductions.get("Pension contributions refunded (opted out)"));
        assertEquals(net, gross.minus(deductions.values().stream().reduce(Money.ZERO, Money::plus)));
        assertEquals(Money.parse("-78.67"), line.dueToPension());
    }
}
