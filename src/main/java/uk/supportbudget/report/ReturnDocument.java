package uk.supportbudget.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnFigures;

/**
 * Everything a council return PDF shows, gathered by the service: who it is for, the council's
 * profile, the figures (the same ones the {@code return} command prints), and the evidence files.
 */
public record ReturnDocument(String personName, LocalDate dateOfBirth, String councilReference, String nominatedPerson,
                             CouncilProfile profile, List<Account> accounts, List<FundingComponent> funding,
                             List<String> outcomes, ReturnFigures figures,
                             List<EvidenceFile> evidence, LocalDate preparedOn, List<String> changesAfterReconciling,
                             boolean showAccountDigits) {

    /** The council copy as before: accounts shown as {@code ****4958}, no changes after reconciling. */
    public ReturnDocument(String personName, LocalDate dateOfBirth, String councilReference, String nominatedPerson,
                          CouncilProfile profile, List<Account> accounts, List<FundingComponent> funding,
                          List<String> outcomes, ReturnFigures figures, List<EvidenceFile> evidence, LocalDate preparedOn) {
        this(personName, dateOfBirth, councilReference, nominatedPerson, profile, accounts, funding, outcomes, figures,
                evidence, preparedOn, List.of(), true);
    }

    /** A receipt, invoice or signed timesheet: its reference, what it proves, and its bytes (read when needed). */
    public record EvidenceFile(String reference, String fileName, String mediaType, String proves,
                               Supplier<byte[]> content) {
    }

    public ReturnDocument {
        changesAfterReconciling = changesAfterReconciling == null ? List.of() : List.copyOf(changesAfterReconciling);
        accounts = List.copyOf(accounts);
        funding = List.copyOf(funding);
        outcomes = List.copyOf(outcomes);
        evidence = List.copyOf(evidence);
    }
}
