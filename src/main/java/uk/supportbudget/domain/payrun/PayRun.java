package uk.supportbudget.domain.payrun;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.rota.DateRange;

/**
 * The PAs' pay for one pay period. A draft can be worked out again as often as needed; a finalised run
 * is what was paid and reported, kept as it is: a mistake is put right in the next run.
 *
 * @param workPeriod the days worked that this run pays for
 * @param taxPeriod the tax month or week of the payday, which PAYE goes by
 * @param finalisedAt when it was finalised (an ISO instant), or empty for a draft
 */
public record PayRun(long id, TaxYear taxYear, PayPeriod taxPeriod, DateRange workPeriod, LocalDate payDate, Status status,
        String finalisedAt, List<PayRunLine> lines) {

    public enum Status { DRAFT, FINALISED }

    public PayRun {
        Objects.requireNonNull(taxYear, "taxYear");
        Objects.requireNonNull(taxPeriod, "taxPeriod");
        Objects.requireNonNull(workPeriod, "workPeriod");
        Objects.requireNonNull(payDate, "payDate");
        Objects.requireNonNull(status, "status");
        finalisedAt = finalisedAt == null ? "" : finalisedAt;
        lines = List.copyOf(lines);
        if (!TaxYear.containing(payDate).equals(taxYear)) {
            throw new IllegalArgumentException("The payday " + payDate + " is not in " + taxYear);
        }
    }

    public boolean finalised() {
        return status == Status.FINALISED;
    }

    /** Refuses any change to a finalised run, with the sentence to show. */
    public void refuseIfFinalised() {
        if (finalised()) {
            throw new Refusal("The pay run for " + taxPeriod.describe() + " of " + taxYear + " is finalised and kept as it was paid; "
                    + "put any correction through the next pay run.");
        }
    }

    /** "Month 7 2026-27, paid 28 Oct 2026". */
    public String title() {
        String period = taxPeriod.describe();
        return Character.toUpperCase(period.charAt(0)) + period.substring(1) + " " + taxYear + ", paid "
                + payDate.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy"));
    }

    public Money total(java.util.function.Function<PayRunLine, Money> figure) {
        return lines.stream().map(figure).reduce(Money.ZERO, Money::plus);
    }

    public PayRun withLines(List<PayRunLine> newLines) {
        return new PayRun(id, taxYear, taxPeriod, workPeriod, payDate, status, finalisedAt, newLines);
    }

    public PayRun withId(long newId) {
        return new PayRun(newId, taxYear, taxPeriod, workPeriod, payDate, status, finalisedAt, lines);
    }
}
