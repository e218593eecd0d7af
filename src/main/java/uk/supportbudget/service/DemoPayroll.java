package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayrollCalendar;
import uk.supportbudget.domain.payrun.PayrollLiability;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.service.payroll.RatesLoader;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;

/**
 * The example book's payroll: a finalised monthly pay run for every month of the plan year with signed
 * timesheets, and the bank payments that paid them: net wages on payday, HMRC on the 19th and the pension
 * scheme on the 20th of the following month, each already gone out by today. The payments are made from
 * the runs' own figures and then matched to them, so wages in the ledger agree with the payslips.
 */
final class DemoPayroll {

    private final Book book;
    private final LocalDate today;
    private final LocalDate planStart;
    private final long bankAccountId;

    DemoPayroll(Book book, LocalDate today, LocalDate planStart, long bankAccountId) {
        this.book = book;
        this.today = today;
        this.planStart = planStart;
        this.bankAccountId = bankAccountId;
    }

    void fill() {
        PayrollService payroll = new PayrollService(book);
        List<TaxYear> known = RatesLoader.standard().availableYears();
        for (LocalDate month = planStart; month.plusMonths(1).isBefore(today.withDayOfMonth(1).plusDays(1)); month = month.plusMonths(1)) {
            DateRange period = payroll.workPeriodContaining(payroll.settings().frequency(), month);
            LocalDate payDate = PayrollCalendar.defaultPayDate(payroll.settings(), period);
            if (!known.contains(TaxYear.containing(payDate))) {
                continue;
            }
            PayRun draft = payroll.calculate(period, payDate, (done, total) -> { });
            if (!draft.lines().isEmpty()) {
                payroll.finalise(draft.id());
            }
        }
        List<Transaction> payments = new ArrayList<>();
        for (PayrollService.Owed owed : payroll.owed(today)) {
            PayrollLiability liability = owed.liability();
            LocalDate paid = switch (liability.kind()) {
                case NET_WAGES -> liability.dueOn();
                case HMRC -> liability.dueOn().withDayOfMonth(19);
                case PENSION -> liability.dueOn().withDayOfMonth(Math.min(20, liability.dueOn().getDayOfMonth()));
            };
            if (paid.isAfter(today)) {
                continue;
            }
            String payee = switch (liability.kind()) {
                case NET_WAGES -> liability.payee();
                case HMRC -> "HMRC CUMBERNAULD";
                case PENSION -> liability.payee();
            };
            String description = switch (liability.kind()) {
                case NET_WAGES -> "Net wages";
                case HMRC -> "PAYE and NI";
                case PENSION -> "Pension contributions";
            };
            payments.add(Transaction.of(bankAccountId, paid, liability.amount().negate(), payee, description, liability.kind().category(),
                    Funder.COUNCIL, liability.kind() == PayrollLiability.Kind.PENSION ? "Direct Debit" : "Faster Payment"));
        }
        new TransactionRepository(book).addAll(payments);
        payroll.matchPayments();
    }
}
