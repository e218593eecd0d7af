package uk.supportbudget.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;

class PayeeRulesTest {

    private static final Money OUT = Money.ofPence(-4500);
    private static final Money IN = Money.ofPence(125000);

    private static PayeeRule rule(long id, int position, String contains, Category category, Funder funder) {
        return new PayeeRule(id, position, contains, category, funder);
    }

    @Test
    void firstRuleByPositionWinsWhateverOrderTheyArriveIn() {
        PayeeRules rules = new PayeeRules(List.of(
                rule(2, 2, "care", Category.OTHER_SUPPORT, null),
                rule(1, 1, "bright care", Category.AGENCY_CARE, Funder.COUNCIL)));
        PayeeRule found = rules.match("Bright Care Agency", "", OUT).orElseThrow();
        assertEquals(Category.AGENCY_CARE, found.category());
        assertEquals(Funder.COUNCIL, found.funder());
        assertEquals(Category.OTHER_SUPPORT, rules.match("Daycare Ltd", "", OUT).orElseThrow().category());
    }

    @Test
    void matchIgnoresCaseAndLooksInTheDescriptionWhenThePayeeDoesNotSay() {
        PayeeRules rules = new PayeeRules(List.of(rule(1, 1, "Stagecoach", Category.TRANSPORT, null)));
        assertTrue(rules.match("STAGECOACH BUS", "", OUT).isPresent());
        assertTrue(rules.match("", "CARD PAYMENT TO stagecoach bus ON 27-01", OUT).isPresent());
        assertTrue(rules.match("Arriva", "bus", OUT).isEmpty());
        assertTrue(rules.match(null, null, OUT).isEmpty());
    }

    @Test
    void aRuleForSpendingIsSkippedForMoneyComingIn() {
        PayeeRules rules = new PayeeRules(List.of(
                rule(1, 1, "gym", Category.DAY_ACTIVITIES, null),
                rule(2, 2, "gym", Category.REFUND_INTEREST, null)));
        assertEquals(Category.DAY_ACTIVITIES, rules.match("ACTIVE LEISURE GYM", "", OUT).orElseThrow().category());
        assertEquals(Category.REFUND_INTEREST, rules.match("ACTIVE LEISURE GYM", "", IN).orElseThrow().category());
        PayeeRules transfers = new PayeeRules(List.of(rule(1, 1, "savings", Category.TRANSFER, null)));
        assertTrue(transfers.match("To savings", "", IN).isPresent());
        assertTrue(transfers.match("To savings", "", OUT).isPresent());
    }

    @Test
    void aRuleNeedsWordsToLookFor() {
        assertThrows(Refusal.class, () -> PayeeRule.of("  ", Category.TRANSPORT, null));
        assertEquals("Stagecoach", PayeeRule.of(" Stagecoach ", Category.TRANSPORT, null).contains());
    }

    private static Transaction spent(String payee, Category category, Funder funder) {
        return Transaction.of(1, LocalDate.of(2025, 1, 1), OUT, payee, "", category, funder, "");
    }

    @Test
    void suggestsARuleForAPayeeMostlyInOneCategory() {
        List<Transaction> history = new ArrayList<>();
        history.add(spent("Bright Care Agency", Category.AGENCY_CARE, Funder.COUNCIL));
        history.add(spent("BRIGHT CARE  AGENCY", Category.AGENCY_CARE, Funder.COUNCIL));
        history.add(spent("Bright Care Agency", Category.RESPITE, null));
        history.add(spent("Bright Care Agency", null, null)); // not categorised: not counted
        List<PayeeRules.Suggestion> suggestions = PayeeRules.suggest(history, List.of());
        assertEquals(List.of(new PayeeRules.Suggestion("Bright Care Agency", Category.AGENCY_CARE, Funder.COUNCIL, 2, 3)),
                suggestions);
    }

    @Test
    void noSuggestionFromOneTransactionAnEvenSplitATransferOrAnExistingRule() {
        List<Transaction> history = List.of(
                spent("Gym", Category.DAY_ACTIVITIES, null),
                spent("Taxi", Category.TRANSPORT, null),
                spent("Taxi", Category.OTHER_SUPPORT, null),
                spent("Savings", Category.TRANSFER, null),
                spent("Savings", Category.TRANSFER, null),
                spent("Nest Pensions", Category.PENSION, null),
                spent("Nest Pensions", Category.PENSION, null));
        assertEquals(List.of(), PayeeRules.suggest(history, List.of(rule(1, 1, "nest", Category.PENSION, null))));
        assertEquals(1, PayeeRules.suggest(history, List.of()).size());
    }

    @Test
    void aFunderIsSuggestedOnlyWhenMostOfThoseTransactionsHadIt() {
        List<Transaction> history = List.of(
                spent("Stagecoach", Category.TRANSPORT, Funder.COUNCIL),
                spent("Stagecoach", Category.TRANSPORT, Funder.NHS));
        assertEquals(null, PayeeRules.suggest(history, List.of()).get(0).funder());
    }
}
