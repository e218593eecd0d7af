package uk.supportbudget.domain.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.money.Money;

/**
 * Chooses a category (and funder) for a transaction from the person's payee rules, and suggests
 * new rules from how they have categorised things before. Pure: no book, no screen.
 *
 * <p>Matching: rules are tried in position order and the first that fits wins. A rule fits when
 * its words appear, ignoring case, in the payee, or else in the description (many bank exports put
 * the payee inside the description). A rule whose category goes the other way from the money is
 * skipped, so a refund from the gym is not counted as spending at the gym.
 */
public final class PayeeRules {

    /**
     * A rule worth offering: {@code matching} of the {@code total} categorised transactions with
     * this payee were put under {@code category}.
     */
    public record Suggestion(String contains, Category category, Funder funder, int matching, int total) {
    }

    private final List<PayeeRule> rules;
    private final List<String> wanted;

    public PayeeRules(List<PayeeRule> rules) {
        this.rules = rules.stream()
                .sorted(Comparator.comparingInt(PayeeRule::position).thenComparingLong(PayeeRule::id))
                .toList();
        this.wanted = this.rules.stream().map(rule -> lower(rule.contains())).toList();
    }

    public static PayeeRules none() {
        return new PayeeRules(List.of());
    }

    public List<PayeeRule> rules() {
        return rules;
    }

    /** The first rule, by position, that fits this payee or description and the money's direction. */
    public Optional<PayeeRule> match(String payee, String description, Money amount) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        String payeeText = lower(payee);
        String descriptionText = lower(description);
        for (int i = 0; i < rules.size(); i++) {
            PayeeRule rule = rules.get(i);
            String words = wanted.get(i);
            if ((payeeText.contains(words) || descriptionText.contains(words)) && fitsDirection(rule.category(), amount)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    static boolean fitsDirection(Category category, Money amount) {
        return switch (category.direction()) {
            case OUT -> !amount.isPositive();
            case IN -> !amount.isNegative();
            case TRANSFER -> true;
        };
    }

    /**
     * Rules suggested from history: for each payee with at least two categorised transactions,
     * more than half of them in one category, and no rule that already covers it. Transfers are
     * left out. Most-used first.
     */
    public static List<Suggestion> suggest(List<Transaction> history, List<PayeeRule> existing) {
        PayeeRules current = new PayeeRules(existing);
        Map<String, List<Transaction>> byPayee = new LinkedHashMap<>();
        Map<String, String> shownAs = new HashMap<>();
        for (Transaction transaction : history) {
            if (transaction.category() == null || transaction.isTransfer()
                    || transaction.category() == Category.TRANSFER) {
                continue;
            }
            String name = transaction.payee().isBlank() ? transaction.description() : transaction.payee();
            String key = squeeze(name);
            if (key.isEmpty()) {
                continue;
            }
            byPayee.computeIfAbsent(key, k -> new ArrayList<>()).add(transaction);
            shownAs.putIfAbsent(key, name.strip().replaceAll("\\s+", " "));
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Map.Entry<String, List<Transaction>> entry : byPayee.entrySet()) {
            List<Transaction> group = entry.getValue();
            if (group.size() < 2) {
                continue;
            }
            Category top = mostCommon(group.stream().map(Transaction::category).toList());
            List<Transaction> inTop = group.stream().filter(t -> t.category() == top).toList();
            if (inTop.size() * 2 <= group.size()) {
                continue;
            }
            String contains = shownAs.get(entry.getKey());
            Transaction sample = inTop.get(inTop.size() - 1);
            if (current.match(contains, "", sample.amount()).isPresent()) {
                continue;
            }
            List<Funder> funders = inTop.stream().map(Transaction::funder).toList();
            Funder funder = mostCommon(funders);
            long withFunder = funders.stream().filter(f -> f == funder).count();
            suggestions.add(new Suggestion(contains, top, withFunder * 2 > inTop.size() ? funder : null,
                    inTop.size(), group.size()));
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::matching).reversed()
                .thenComparing(Suggestion::contains, String.CASE_INSENSITIVE_ORDER));
        return suggestions;
    }

    private static <T> T mostCommon(List<T> values) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (T value : values) {
            counts.merge(value, 1, Integer::sum);
        }
        T best = null;
        int bestCount = 0;
        for (Map.Entry<T, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
