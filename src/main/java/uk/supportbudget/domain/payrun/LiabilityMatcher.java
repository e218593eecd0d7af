package uk.supportbudget.domain.payrun;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;

/**
 * Finds, among the money that went out of the person's accounts, the payments that settle what payroll
 * says is owed. A payment matches when its amount is exactly what is owed, it went out near the due day,
 * and its payee (or the category someone gave it) fits: the PA's name for wages, HMRC for PAYE and NI,
 * the scheme's name for the pension. HMRC and pension amounts due on the same day are owed together,
 * as one payment settles them (weekly pay, or quarterly HMRC payments).
 */
public final class LiabilityMatcher {

    /** Days before and after payday a wage payment may go out. */
    static final int WAGES_WINDOW_DAYS = 10;
    /** Days before the due day HMRC or the scheme may be paid, and days late a payment is still recognised. */
    static final int EARLY_DAYS = 45;
    static final int LATE_DAYS = 60;

    private LiabilityMatcher() {
    }

    /** Money out of an account, as the matcher sees it. {@code amount} is negative; {@code payee} may carry the description too. */
    public record Payment(long txnId, LocalDate date, Money amount, String payee, Category category) {
    }

    /** The liabilities one payment settles. */
    public record Match(long txnId, LocalDate paidOn, List<Long> liabilityIds) {
    }

    /**
     * @param open liabilities not yet paid
     * @param payments payments not yet linked to any liability
     * @param employeeNames the PAs' names by id, for matching wages
     * @param pensionScheme the scheme's name as it appears on statements
     */
    public static List<Match> match(List<PayrollLiability> open, List<Payment> payments, Map<Long, String> employeeNames, String pensionScheme) {
        Map<String, List<PayrollLiability>> groups = new LinkedHashMap<>();
        open.stream().filter(l -> !l.paid()).sorted(Comparator.comparing(PayrollLiability::dueOn).thenComparing(PayrollLiability::id))
                .forEach(l -> groups.computeIfAbsent(l.kind() == PayrollLiability.Kind.NET_WAGES ? "W" + l.id() : l.kind() + "@" + l.dueOn(),
                        k -> new ArrayList<>()).add(l));
        Set<Long> used = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        for (List<PayrollLiability> group : groups.values()) {
            PayrollLiability first = group.get(0);
            Money owed = group.stream().map(PayrollLiability::amount).reduce(Money.ZERO, Money::plus);
            int before = first.kind() == PayrollLiability.Kind.NET_WAGES ? WAGES_WINDOW_DAYS : EARLY_DAYS;
            int after = first.kind() == PayrollLiability.Kind.NET_WAGES ? WAGES_WINDOW_DAYS : LATE_DAYS;
            Optional<Payment> best = payments.stream()
                    .filter(p -> !used.contains(p.txnId()) && p.amount().negate().equals(owed))
                    .filter(p -> !p.date().isBefore(first.dueOn().minusDays(before)) && !p.date().isAfter(first.dueOn().plusDays(after)))
                    .filter(p -> fits(first, p, employeeNames, pensionScheme))
                    .min(Comparator.comparingLong((Payment p) -> Math.abs(ChronoUnit.DAYS.between(first.dueOn(), p.date())))
                            .thenComparingLong(Payment::txnId));
            best.ifPresent(p -> {
                used.add(p.txnId());
                matches.add(new Match(p.txnId(), p.date(), group.stream().map(PayrollLiability::id).toList()));
            });
        }
        return matches;
    }

    static boolean fits(PayrollLiability liability, Payment payment, Map<Long, String> employeeNames, String pensionScheme) {
        if (payment.category() == liability.kind().category()) {
            return true;
        }
        if (payment.category() != null) {
            return false;
        }
        String payee = normalise(payment.payee());
        return switch (liability.kind()) {
            case NET_WAGES -> {
                String name = normalise(employeeNames.getOrDefault(liability.employeeId(), liability.payee()));
                String[] parts = name.split(" ");
                yield !name.isEmpty() && (payee.contains(name) || payee.contains(parts[parts.length - 1]));
            }
            case HMRC -> payee.contains("hmrc") || payee.contains("hm revenue") || payee.contains("h m revenue");
            case PENSION -> !normalise(pensionScheme).isEmpty() && payee.contains(normalise(pensionScheme));
        };
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }
}
