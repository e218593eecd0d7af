package uk.supportbudget.domain.returns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.PlanLine;

/**
 * What to put right before a return goes to the council. A {@link Severity#BLOCK} finding stops
 * the return being marked as submitted (a draft can still be made); a {@link Severity#WARN} one
 * is shown so the person can explain it.
 *
 * <p>HMRC rule (kept simple on purpose): for every calendar month of the period in which PA wages
 * were paid, an HMRC payment is expected from the 1st to the 22nd of the next month (HMRC's
 * deadline for electronic payments). A payment later in that next month is "late"; none at all is
 * "missing". Months whose deadline falls after the period ends are not judged yet.
 */
public final class ReturnChecks {

    public enum Severity { BLOCK, WARN }

    public enum Kind {
        EMPTY_PERIOD(Severity.WARN),
        UNCATEGORISED(Severity.BLOCK),
        LEDGER_DIFFERS_FROM_BANK(Severity.BLOCK),
        UNRECONCILED_ACCOUNTS(Severity.WARN),
        NO_EVIDENCE(Severity.WARN),
        HMRC_LATE(Severity.WARN),
        HMRC_MISSING(Severity.WARN),
        NOT_IN_PLAN(Severity.WARN),
        NOT_ALLOWED(Severity.WARN),
        /** Transactions changed, with confirmation, after their period was reconciled with the bank. */
        CHANGED_AFTER_RECONCILING(Severity.WARN),
        /** Wages paid and payslips issued do not agree. */
        WAGES_DIFFER_FROM_PAYSLIPS(Severity.WARN);

        private final Severity severity;

        Kind(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    /** One thing to look at: how many, how much, and which (months, categories or accounts). */
    public record Finding(Kind kind, int count, Money amount, String detail) {
        public Severity severity() {
            return kind.severity();
        }
    }

    /** Wages in the ledger that payslips do not account for, or payslips with no payment. */
    public static java.util.Optional<Finding> wagesAgainstPayslips(List<String> differences) {
        return differences.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Finding(Kind.WAGES_DIFFER_FROM_PAYSLIPS, differences.size(), Money.ZERO,
                        String.join("; ", differences)));
    }

    /**
     * Edits made to periods already reconciled with the bank, from the start of this return's
     * period on: the council has not seen them yet, so the return says so.
     */
    public static java.util.Optional<Finding> changedAfterReconciling(List<uk.supportbudget.domain.ledger.LockedEdit> edits) {
        if (edits.isEmpty()) {
            return java.util.Optional.empty();
        }
        String detail = edits.stream()
                .map(e -> e.transactionDate() + " " + switch (e.change()) {
                    case ADDED -> "added: " + e.after();
                    case DELETED -> "deleted: " + e.before();
                    case EDITED -> e.before() + " \u2192 " + e.after();
                })
                .collect(java.util.stream.Collectors.joining("; "));
        return java.util.Optional.of(new Finding(Kind.CHANGED_AFTER_RECONCILING, edits.size(), Money.ZERO, detail));
    }

    /**
     * @param entries       the period's transactions
     * @param reconciledAccounts for each account, whether any of its transactions in the period is ticked as reconciled
     * @param threshold     payments above this need evidence
     */
    public static List<Finding> run(ReturnPeriod period, List<ReturnEntry> entries, List<PlanLine> planLines,
                                    Money threshold, Map<String, Boolean> reconciledAccounts, Money difference) {
        List<Finding> findings = new ArrayList<>();
        List<ReturnEntry> inPeriod = entries.stream()
                .filter(e -> period.contains(e.transaction().date()) && !e.isTransfer()).toList();
        if (inPeriod.isEmpty()) {
            findings.add(new Finding(Kind.EMPTY_PERIOD, 0, Money.ZERO, ""));
        }
        int uncategorised = 0;
        Money uncategorisedAmount = Money.ZERO;
        int withoutEvidence = 0;
        Money withoutEvidenceAmount = Money.ZERO;
        int notAllowed = 0;
        Money notAllowedAmount = Money.ZERO;
        Set<Category> funded = EnumSet.noneOf(Category.class);
        planLines.forEach(l -> funded.add(l.category()));
        Map<Category, Money> unfunded = new TreeMap<>();
        Set<YearMonth> wageMonths = new TreeSet<>();
        List<LocalDate> hmrcPayments = new ArrayList<>();
        for (ReturnEntry entry : entries) {
            if (entry.isTransfer()) {
                continue;
            }
            for (Share share : entry.shares()) {
                if (share.category() == Category.HMRC && share.amount().isNegative()) {
                    hmrcPayments.add(entry.transaction().date());
                }
            }
        }
        for (ReturnEntry entry : inPeriod) {
            boolean counted = false;
            for (Share share : entry.shares()) {
                Money amount = share.amount().abs();
                if (share.category() == null) {
                    uncategorised += counted ? 0 : 1;
                    uncategorisedAmount = uncategorisedAmount.plus(amount);
                    counted = true;
                    continue;
                }
                if (!share.amount().isNegative()) {
                    continue;
                }
                if (share.category() == Category.NOT_ALLOWED) {
                    notAllowed++;
                    notAllowedAmount = notAllowedAmount.plus(amount);
                } else if (share.category().isSpending() && !funded.isEmpty() && !funded.contains(share.category())) {
                    unfunded.merge(share.category(), amount, Money::plus);
                }
                if (share.category() == Category.PA_WAGES) {
                    wageMonths.add(YearMonth.from(entry.transaction().date()));
                }
            }
            Money paid = entry.transaction().amount().negate();
            if (paid.compareTo(threshold) > 0 && !entry.hasEvidence()) {
                withoutEvidence++;
                withoutEvidenceAmount = withoutEvidenceAmount.plus(paid);
            }
        }
        if (uncategorised > 0) {
            findings.add(new Finding(Kind.UNCATEGORISED, uncategorised, uncategorisedAmount, ""));
        }
        if (!difference.isZero()) {
            findings.add(new Finding(Kind.LEDGER_DIFFERS_FROM_BANK, 1, difference, ""));
        }
        List<String> unreconciled = reconciledAccounts.entrySet().stream().filter(e -> !e.getValue())
                .map(Map.Entry::getKey).sorted().toList();
        if (!unreconciled.isEmpty()) {
            findings.add(new Finding(Kind.UNRECONCILED_ACCOUNTS, unreconciled.size(), Money.ZERO,
                    String.join(", ", unreconciled)));
        }
        if (withoutEvidence > 0) {
            findings.add(new Finding(Kind.NO_EVIDENCE, withoutEvidence, withoutEvidenceAmount, ""));
        }
        hmrc(period, wageMonths, hmrcPayments, findings);
        if (!unfunded.isEmpty()) {
            findings.add(new Finding(Kind.NOT_IN_PLAN, unfunded.size(),
                    unfunded.values().stream().reduce(Money.ZERO, Money::plus),
                    String.join(", ", unfunded.keySet().stream().map(Category::label).toList())));
        }
        if (notAllowed > 0) {
            findings.add(new Finding(Kind.NOT_ALLOWED, notAllowed, notAllowedAmount, ""));
        }
        return findings;
    }

    private static void hmrc(ReturnPeriod period, Set<YearMonth> wageMonths, List<LocalDate> hmrcPayments,
                             List<Finding> findings) {
        List<String> late = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (YearMonth month : wageMonths) {
            YearMonth next = month.plusMonths(1);
            LocalDate deadline = next.atDay(22);
            if (deadline.isAfter(period.to())) {
                continue;
            }
            boolean onTime = hmrcPayments.stream().anyMatch(d -> !d.isBefore(next.atDay(1)) && !d.isAfter(deadline));
            boolean later = hmrcPayments.stream().anyMatch(d -> d.isAfter(deadline) && !d.isAfter(next.atEndOfMonth()));
            if (!onTime) {
                (later ? late : missing).add(month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                        java.util.Locale.UK)));
            }
        }
        if (!late.isEmpty()) {
            findings.add(new Finding(Kind.HMRC_LATE, late.size(), Money.ZERO, String.join(", ", late)));
        }
        if (!missing.isEmpty()) {
            findings.add(new Finding(Kind.HMRC_MISSING, missing.size(), Money.ZERO, String.join(", ", missing)));
        }
    }

    private ReturnChecks() {
    }
}
