package uk.supportbudget.service;

import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.ledger.PayeeRule;
import uk.supportbudget.domain.ledger.PayeeRules;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.PayeeRuleRepository;
import uk.supportbudget.store.TransactionRepository;

/**
 * Payee rules for the settings screen and the transaction form: the same rules the import uses,
 * so a payment typed in by hand is categorised the way an imported one would be.
 */
public final class PayeeRuleService {

    private final PayeeRuleRepository rules;
    private final TransactionRepository transactions;

    public PayeeRuleService(Book book) {
        this.rules = new PayeeRuleRepository(book);
        this.transactions = new TransactionRepository(book);
    }

    public List<PayeeRule> all() {
        return rules.all();
    }

    /** Adds a rule; it is tried after the existing ones. */
    public PayeeRule add(PayeeRule rule) {
        return rules.add(rule);
    }

    public boolean delete(long id) {
        return rules.delete(id);
    }

    /** The rule that fits a transaction being entered, to fill in its category and funder. */
    public Optional<PayeeRule> ruleFor(String payee, String description, Money amount) {
        return new PayeeRules(rules.all()).match(payee, description, amount);
    }

    /** Rules worth offering, from how transactions have been categorised so far. */
    public List<PayeeRules.Suggestion> suggestions() {
        return PayeeRules.suggest(transactions.select(TransactionRepository.Selection.everything()), rules.all());
    }
}
