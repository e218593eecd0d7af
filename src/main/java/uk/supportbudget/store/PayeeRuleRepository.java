package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.PayeeRule;

/** The person's "payee contains X, so category Y and funder Z" rules, in the order they are tried. */
public final class PayeeRuleRepository {

    private final Book book;

    public PayeeRuleRepository(Book book) {
        this.book = book;
    }

    /** Every rule, in the order they are tried. Joins the caller's transaction when there is one. */
    public List<PayeeRule> all() {
        return book.read(connection -> {
            List<PayeeRule> rules = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, position, contains, category, funder
                    FROM payee_rule
                    ORDER BY position, id""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String funder = rows.getString(5);
                    rules.add(new PayeeRule(rows.getLong(1), rows.getInt(2), rows.getString(3),
                            Category.valueOf(rows.getString(4)), funder == null ? null : Funder.valueOf(funder)));
                }
            }
            return rules;
        });
    }

    /** Adds a rule after all the others, so it is tried last. */
    public PayeeRule add(PayeeRule rule) {
        return book.inTransaction(connection -> {
            int position;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT coalesce(max(position), 0) + 1 FROM payee_rule")) {
                rows.next();
                position = rows.getInt(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO payee_rule (position, contains, category, funder,
                                            created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                String now = book.now();
                insert.setInt(1, position);
                insert.setString(2, rule.contains());
                insert.setString(3, rule.category().name());
                insert.setString(4, rule.funder() == null ? null : rule.funder().name());
                insert.setString(5, now);
                insert.setString(6, book.user());
                insert.setString(7, now);
                insert.setString(8, book.user());
                insert.executeUpdate();
                return rule.withId(AccountRepository.generatedKey(insert), position);
            }
        });
    }

    /** Removes a rule; transactions it categorised keep their category. False if there was none. */
    public boolean delete(long id) {
        return book.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM payee_rule WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }
}
