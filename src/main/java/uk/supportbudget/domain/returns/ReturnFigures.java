package uk.supportbudget.domain.returns;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;

/**
 * The figures of one council return, combined ({@code funder} null) or for one funder's share.
 * {@code closing = opening + moneyIn - moneyOut}; each category total is the sum of its lines;
 * {@code difference = closing - bankBalance}, which is zero when every move between own accounts has
 * both sides recorded; {@code surplus = closing - commitments}; {@code reclaimable = max(0, closing - allowed -
 * commitments)} where {@code allowed = surplusWeeks x grossWeekly}.
 */
public record ReturnFigures(ReturnPeriod period, Funder funder, Money opening, List<CategoryTotal> moneyInByCategory,
                            Money moneyIn, List<CategoryTotal> moneyOutByCategory, Money moneyOut, Money closing,
                            BankPosition bank, Money difference, Commitments commitments, Money surplus,
                            Money grossWeekly, BigDecimal weeksHeld, int surplusWeeks, Money allowedBalance,
                            Money reclaimable) {

    public ReturnFigures {
        moneyInByCategory = List.copyOf(moneyInByCategory);
        moneyOutByCategory = List.copyOf(moneyOutByCategory);
    }

    public Money bankBalance() {
        return bank.balance();
    }

    /** Money out per category label, in category order: what the {@code return} command prints. */
    public Map<String, Money> byCategory() {
        Map<String, Money> totals = new LinkedHashMap<>();
        moneyOutByCategory.forEach(c -> totals.put(c.label(), c.total()));
        return totals;
    }

    public boolean isEmpty() {
        return moneyInByCategory.isEmpty() && moneyOutByCategory.isEmpty();
    }

    public int lineCount() {
        return moneyInByCategory.stream().mapToInt(c -> c.lines().size()).sum()
                + moneyOutByCategory.stream().mapToInt(c -> c.lines().size()).sum();
    }
}
