package uk.supportbudget.service.returns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.Outcome;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnCalculator;
import uk.supportbudget.domain.returns.ReturnChecks;
import uk.supportbudget.domain.returns.ReturnEntry;
import uk.supportbudget.domain.returns.ReturnFigures;
import uk.supportbudget.domain.returns.ReturnPeriod;
import uk.supportbudget.domain.returns.Share;
import uk.supportbudget.report.ReturnDocument;
import uk.supportbudget.report.ReturnPdf;
import uk.supportbudget.service.Json;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.EvidenceRepository;
import uk.supportbudget.store.OwnerOnly;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.ReconciliationRepository;
import uk.supportbudget.store.ReturnRepository;

/**
 * The council return, shared by the {@code return} command and the Returns page: work out the
 * figures, check them, render the PDF, and keep a submitted return frozen in the book. Reading a
 * return never changes the book; only {@link #submit} writes.
 */
public final class ReturnService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** What the person asked for: a period, optionally a profile other than the book's and one funder. */
    public record Request(LocalDate from, LocalDate to, String profile, String funder) {
    }

    /** A worked-out return, ready to preview, render or submit. */
    public record Prepared(BookInfoRepository.BookInfo info, PlanRepository.Plan plan, CouncilProfile profile,
                           List<Account> accounts, ReturnFigures figures, List<ReturnChecks.Finding> findings,
                           List<EvidenceRepository.PeriodEvidence> evidence, String ledgerHash) {
        public boolean blocked() {
            return findings.stream().anyMatch(f -> f.severity() == ReturnChecks.Severity.BLOCK);
        }
    }

    /** A return kept in the book, and whether the period's transactions changed after it was submitted. */
    public record HistoryRow(ReturnRepository.StoredReturn stored, boolean changedSinceSubmitted) {
    }

    /** A period the profile expects, with its due date. */
    public record SuggestedPeriod(ReturnPeriod period, LocalDate due) {
    }

    private final Book book;
    private final CouncilProfiles profiles;

    public ReturnService(Book book, CouncilProfiles profiles) {
        this.book = book;
        this.profiles = profiles;
    }

    public Prepared prepare(Request request) {
        ReturnPeriod period = new ReturnPeriod(request.from(), request.to());
        BookInfoRepository.BookInfo info = new BookInfoRepository(book).get();
        CouncilProfile profile = profileFor(request.profile(), info);
        PlanRepository.Plan plan = new PlanRepository(book).planFor(period.from()).orElseThrow(() -> new Refusal(
                "This book has no support plan yet, so there is no budget to report against; add the plan first."));
        if (period.from().isBefore(plan.year().startsOn())) {
            throw new Refusal("The return starts on " + period.from() + ", before the plan starts on "
                    + plan.year().startsOn() + "; choose a period from " + plan.year().startsOn() + " on.");
        }
        Funder funder = request.funder() == null ? null : funder(request.funder(), plan);
        List<Account> accounts = new AccountRepository(book).all();
        ReturnRepository returns = new ReturnRepository(book);
        LocalDate planStart = plan.year().startsOn();
        List<ReturnEntry> entries = returns.entries(planStart, period.to());
        ReturnFigures figures = ReturnCalculator.calculate(new ReturnCalculator.Input(period, funder, planStart,
                plan.funding(), plan.lines(), accounts, returns.transactionsBefore(planStart), entries,
                returns.bankPosition(accounts, period.to()), profile.surplusWeeks(), profile.contingencyWeeks()));
        List<ReturnChecks.Finding> findings = new java.util.ArrayList<>(ReturnChecks.run(period, entries, plan.lines(),
                profile.evidenceThreshold(), returns.reconciledAccounts(period.from(), period.to()), figures.difference()));
        ReturnChecks.changedAfterReconciling(changesAfterReconciling(period)).ifPresent(findings::add);
        ReturnChecks.wagesAgainstPayslips(returns.wagesAgainstPayslips(period.from(), period.to())).ifPresent(findings::add);
        List<EvidenceRepository.PeriodEvidence> evidence = new EvidenceRepository(book).forPeriod(period.from(), period.to());
        return new Prepared(info, plan, profile, accounts, figures, findings, evidence,
                ledgerHash(period, entries, combinedOpening(period, accounts, returns)));
    }

    /** The profile asked for, or the book's own. */
    private CouncilProfile profileFor(String requested, BookInfoRepository.BookInfo info) {
        if (requested != null && !requested.isBlank()) {
            return profiles.find(requested.strip());
        }
        if (info.councilProfile().isBlank()) {
            throw new Refusal("This book has no council profile chosen; choose one in Settings or pass --council with one of: "
                    + String.join(", ", profiles.all().keySet()) + ".");
        }
        return profiles.find(info.councilProfile());
    }

    /** A funder by its code, its label or the name in the plan ("NHS Westshire ICB"); it must fund this plan. */
    static Funder funder(String name, PlanRepository.Plan plan) {
        String wanted = name.strip();
        Optional<Funder> found = Funder.find(wanted).or(() -> plan.funding().stream()
                .filter(c -> c.funderName().equalsIgnoreCase(wanted)).map(FundingComponent::funder).findFirst());
        String known = plan.funding().stream().map(c -> c.funder().name().toLowerCase(Locale.ROOT) + " (" + c.funderName() + ")")
                .distinct().collect(Collectors.joining(", "));
        if (found.isEmpty() || plan.funding().stream().noneMatch(c -> c.funder() == found.get())) {
            throw new Refusal("\"" + wanted + "\" does not fund this plan; the funders are: " + known + ".");
        }
        return found.get();
    }

    /** The figures as the {@code return} command prints them: the contract's fields first, then extras. */
    public static Map<String, Object> figuresJson(Prepared prepared) {
        ReturnFigures f = prepared.figures();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("opening", f.opening().plain());
        json.put("moneyIn", f.moneyIn().plain());
        json.put("moneyOut", f.moneyOut().plain());
        json.put("closing", f.closing().plain());
        json.put("bankBalance", f.bankBalance().plain());
        json.put("difference", f.difference().plain());
        json.put("surplus", f.surplus().plain());
        json.put("weeksHeld", f.weeksHeld().toPlainString());
        Map<String, String> byCategory = new LinkedHashMap<>();
        f.byCategory().forEach((label, amount) -> byCategory.put(label, amount.plain()));
        json.put("byCategory", byCategory);
        json.put("from", f.period().from().toString());
        json.put("to", f.period().to().toString());
        json.put("funder", f.funder() == null ? null : f.funder().label());
        json.put("council", prepared.profile().id());
        json.put("due", f.period().to().plusDays(prepared.profile().dueDays()).toString());
        json.put("grossWeekly", f.grossWeekly().plain());
        Map<String, String> commitments = new LinkedHashMap<>();
        commitments.put("wagesDue", f.commitments().wagesDue().plain());
        commitments.put("hmrcDue", f.commitments().hmrcDue().plain());
        commitments.put("pensionDue", f.commitments().pensionDue().plain());
        commitments.put("contingency", f.commitments().contingency().plain());
        commitments.put("total", f.commitments().total().plain());
        json.put("commitments", commitments);
        json.put("allowedWeeks", f.surplusWeeks());
        json.put("reclaimable", f.reclaimable().plain());
        json.put("statementBalance", f.bank().statementBalance().plain());
        json.put("uncleared", f.bank().unclearedNet().plain());
        Map<String, String> in = new LinkedHashMap<>();
        f.moneyInByCategory().forEach(c -> in.put(c.label(), c.total().plain()));
        json.put("moneyInByCategory", in);
        json.put("lines", f.lineCount());
        json.put("evidenceFiles", prepared.evidence().size());
        return json;
    }

    public static String figuresJsonText(Prepared prepared) {
        try {
            return Json.MAPPER.writeValueAsString(figuresJson(prepared));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Changes made, with confirmation, to transactions in periods already reconciled with the bank:
     * those to transactions dated up to this period's end, made since the period began.
     */
    private List<uk.supportbudget.domain.ledger.LockedEdit> changesAfterReconciling(ReturnPeriod period) {
        return new ReconciliationRepository(book).flaggedEdits(period.from(), LocalDate.now(book.clock())).stream()
                .filter(edit -> !edit.transactionDate().isAfter(period.to())).toList();
    }

    /** The return as PDF bytes, with the evidence pack appended. */
    public byte[] render(Prepared prepared, LocalDate preparedOn, DoubleConsumer progress) {
        EvidenceRepository evidence = new EvidenceRepository(book);
        Map<Long, ReturnEntry> byId = new LinkedHashMap<>();
        List<ReturnDocument.EvidenceFile> files = new ArrayList<>();
        if (!prepared.evidence().isEmpty()) {
            new ReturnRepository(book).entries(prepared.figures().period().from(), prepared.figures().period().to())
                    .forEach(e -> byId.put(e.transaction().id(), e));
        }
        for (EvidenceRepository.PeriodEvidence item : prepared.evidence()) {
            String proves = item.transactionIds().stream().map(byId::get).filter(java.util.Objects::nonNull)
                    .map(e -> e.transaction().date().format(DAY) + " " + describe(e.transaction()) + " "
                            + e.transaction().amount().abs().display())
                    .collect(Collectors.joining("; "));
            files.add(new ReturnDocument.EvidenceFile(item.reference(), item.fileName(), item.mediaType(), proves,
                    () -> evidence.content(item.id())));
        }
        BookInfoRepository.BookInfo info = prepared.info();
        ReturnDocument document = new ReturnDocument(info.personName(), info.dateOfBirth(), info.councilReference(),
                info.nominatedPerson(), prepared.profile(), prepared.accounts(), prepared.plan().funding(),
                prepared.plan().outcomes().stream().map(Outcome::text).toList(), prepared.figures(), files, preparedOn,
                changesAfterReconciling(prepared.figures().period()).stream()
                        .map(edit -> edit.transactionDate().format(DAY) + ": "
                                + switch (edit.change()) {
                                    case ADDED -> "added (" + edit.after() + ")";
                                    case DELETED -> "deleted (" + edit.before() + ")";
                                    case EDITED -> edit.before() + " changed to " + edit.after();
                                })
                        .toList(),
                new uk.supportbudget.service.PrivacySettings(book).councilCopyShowsAccountDigits());
        return ReturnPdf.render(document, progress);
    }

    private static String describe(Transaction t) {
        return t.payee().isEmpty() ? t.description() : t.payee();
    }

    /**
     * Writes the PDF beside {@code out} and moves it into place, so a failure leaves nothing
     * half-written. The folder is checked first so that nothing is worked out in vain.
     */
    public static void checkWritable(Path out) {
        Path absolute = out.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new Refusal(absolute + " is a folder; give a file name for the PDF, such as return.pdf.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Refusal("The folder " + folder + " does not exist; choose an existing folder for the PDF.");
        }
        if (!Files.isWritable(folder) || (Files.exists(absolute) && !Files.isWritable(absolute))) {
            throw new Refusal("Cannot write " + absolute + ": permission denied. Choose a folder you can write to.");
        }
    }

    public static void writePdf(byte[] pdf, Path out) {
        checkWritable(out);
        Path absolute = out.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".writing");
        try {
            Files.deleteIfExists(temporary);
            OwnerOnly.createFile(temporary);
            Files.write(temporary, pdf);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more can be done
            }
            throw new Refusal("Cannot write " + absolute + " (" + e.getMessage() + "). Nothing was written.");
        }
    }

    /** Freezes the return in the book: its figures, the PDF sent and a hash of the period's transactions. */
    public ReturnRepository.StoredReturn submit(Prepared prepared, byte[] pdf) {
        if (prepared.blocked()) {
            throw new Refusal("This return still has problems that must be put right first (such as payments without a"
                    + " category); fix them, then mark it as submitted.");
        }
        ReturnFigures f = prepared.figures();
        return new ReturnRepository(book).submit(f.period(), f.funder(), prepared.profile().id(),
                figuresJsonText(prepared), pdf, prepared.ledgerHash());
    }

    /** Every return kept, newest first, each flagged when its period's transactions have changed since. */
    public List<HistoryRow> history() {
        ReturnRepository returns = new ReturnRepository(book);
        List<HistoryRow> rows = new ArrayList<>();
        Map<ReturnPeriod, String> hashes = new LinkedHashMap<>();
        for (ReturnRepository.StoredReturn stored : returns.history()) {
            String now = hashes.computeIfAbsent(stored.period(), this::currentHash);
            rows.add(new HistoryRow(stored, !now.equals(stored.ledgerHash())));
        }
        return rows;
    }

    private String currentHash(ReturnPeriod period) {
        ReturnRepository returns = new ReturnRepository(book);
        List<Account> accounts = new AccountRepository(book).all();
        return ledgerHash(period, returns.entries(period.from(), period.to()), combinedOpening(period, accounts, returns));
    }

    private static Money combinedOpening(ReturnPeriod period, List<Account> accounts, ReturnRepository returns) {
        return accounts.stream().filter(a -> !a.openingOn().isAfter(period.from())).map(Account::openingBalance)
                .reduce(returns.transactionsBefore(period.from()), Money::plus);
    }

    /**
     * A fingerprint of what a return says about a period: the combined opening balance and every
     * transaction in it (amount, date, payee, category, funder, splits, evidence). Ticking items as
     * reconciled does not change it.
     */
    static String ledgerHash(ReturnPeriod period, List<ReturnEntry> entries, Money opening) {
        StringBuilder text = new StringBuilder().append(period).append('|').append(opening.pence()).append('\n');
        for (ReturnEntry entry : entries) {
            Transaction t = entry.transaction();
            if (!period.contains(t.date())) {
                continue;
            }
            text.append(t.id()).append('|').append(t.accountId()).append('|').append(t.date()).append('|')
                    .append(t.amount().pence()).append('|').append(t.payee()).append('|').append(t.description())
                    .append('|').append(t.category()).append('|').append(t.funder()).append('|').append(t.paymentMethod())
                    .append('|').append(t.transferGroup()).append('|').append(entry.evidenceRef());
            for (Share share : entry.splits()) {
                text.append('|').append(share.category()).append(':').append(share.funder()).append(':')
                        .append(share.amount().pence());
            }
            text.append('\n');
        }
        return EvidenceRepository.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The periods of the plan year around {@code today} as the profile counts them, with their due dates. */
    public List<SuggestedPeriod> suggestedPeriods(CouncilProfile profile, LocalDate today) {
        Optional<PlanRepository.Plan> plan = new PlanRepository(book).planFor(today);
        if (plan.isEmpty()) {
            return List.of();
        }
        return profile.frequency().periods(plan.get().year().startsOn(), plan.get().year().endsOn()).stream()
                .map(p -> new SuggestedPeriod(p, p.to().plusDays(profile.dueDays()))).toList();
    }

    public CouncilProfiles profiles() {
        return profiles;
    }
}
