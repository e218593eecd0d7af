package uk.supportbudget.service.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.returns.ReturnChecks;
import uk.supportbudget.service.BookService;
import uk.supportbudget.service.LedgerService;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.TransactionRepository;

/** The return warns when wages paid and payslips issued do not agree. */
class WagesAgainstPayslipsTest {

    @TempDir
    Path folder;

    @Test
    void theExampleAgreesUntilAWagePaymentGoesMissing() {
        Clock clock = Clock.systemDefaultZone();
        try (Book book = new BookService(clock).createDemo(folder.resolve("demo.sbook"))) {
            LocalDate start = new PlanRepository(book).planFor(LocalDate.now(clock)).orElseThrow().year().startsOn();
            ReturnService returns = new ReturnService(book, new CouncilProfiles(folder.resolve("councils")));
            ReturnService.Request quarter = new ReturnService.Request(start, start.plusMonths(3).minusDays(1), null, null);
            assertTrue(findings(returns, quarter).isEmpty(), "the example's wages agree with its payslips");

            Transaction wages = new TransactionRepository(book).select(new TransactionRepository.Selection(null,
                    quarter.from(), quarter.to())).stream().filter(t -> t.category() == Category.PA_WAGES)
                    .findFirst().orElseThrow();
            new LedgerService(book).delete(List.of(wages.id()), true); // the example's bank account is reconciled
            List<ReturnChecks.Finding> findings = findings(returns, quarter);
            assertEquals(1, findings.size());
            assertTrue(findings.get(0).detail().contains("no payment found for " + wages.payee()), findings.get(0).detail());
        }
    }

    private static List<ReturnChecks.Finding> findings(ReturnService returns, ReturnService.Request request) {
        return returns.prepare(request).findings().stream()
                .filter(f -> f.kind() == ReturnChecks.Kind.WAGES_DIFFER_FROM_PAYSLIPS).toList();
    }
}
