package uk.supportbudget.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;

/**
 * The example book's payroll: a finalised monthly pay run for every month of the book's history with
 * signed timesheets (a whole tax year of them, and this one so far), and the bank payments that paid
 * them: net wages on payday, HMRC on the 19th and the pension scheme on the 20th of the following month,
 * each already gone out by today. The payments are made from the runs' own figures and then matched to
 * them, so wages in the ledger agree with the payslips.
 */
final class DemoPayroll {

    private final Book book;
    private final LocalDate today;
    private final LocalDate history;
    private final long bankAccountId;

    DemoPayroll(Book book, LocalDate today, LocalDate history, long bankAccountId) {
        this.book = book;
        this.today = today;
        this.history = history;
        this.bankAccountId = bankAccountId;
    }

    void fill() {
        PayrollService payroll = new PayrollService(book);
        List<Backups.BackupFile> before = Backups.list(book.path());
        List<TaxYear> known = RatesLoader.standard().availableYears();
        for (LocalDate month = history; month.plusMonths(1).isBefore(today.withDayOfMonth(1).plusDays(1)); month = month.plusMonths(1)) {
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
        forgetYearEndCopies(before);
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

    /**
     * Finalising the last run of a tax year keeps a copy of the book as it was before that run. The
     * example is made in one transaction, so that copy would be of the empty book just created: it
     * is removed, and the example starts with no backups, as a new book does.
     */
    private void forgetYearEndCopies(List<Backups.BackupFile> before) {
        for (Backups.BackupFile copy : Backups.list(book.path())) {
            if (before.stream().anyMatch(kept -> kept.path().equals(copy.path()))) {
                continue;
            }
            try {
                Files.deleteIfExists(copy.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Files.deleteIfExists(Backups.folderFor(book.path()));
        } catch (IOException notEmpty) {
            // something else is in there: left alone
        }
    }
}
