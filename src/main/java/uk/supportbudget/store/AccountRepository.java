package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.money.Money;

/** The accounts a budget is held in. */
public final class AccountRepository {

    private static final String COLUMNS = "id, name, kind, provider, number_last4, opening_balance_pence, opening_on";

    private final Book book;

    public AccountRepository(Book book) {
        this.book = book;
    }

    public List<Account> all() {
        return book.read(connection -> {
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM account ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    accounts.add(map(rows));
                }
            }
            return accounts;
        });
    }

    public Optional<Account> byName(String name) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM account WHERE name = ? COLLATE NOCASE")) {
                select.setString(1, name.strip());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(map(rows)) : Optional.empty();
                }
            }
        });
    }

    public Account add(Account account) {
        if (byName(account.name()).isPresent()) {
            throw new Refusal("There is already an account called \"" + account.name() + "\". Choose another name.");
        }
        return book.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO account (name, kind, provider, number_last4, opening_balance_pence, opening_on,
                                         created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                String now = book.now();
                insert.setString(1, account.name());
                insert.setString(2, account.kind().name());
                insert.setString(3, account.provider());
                insert.setString(4, account.numberLast4());
                insert.setLong(5, account.openingBalance().pence());
                insert.setString(6, account.openingOn().toString());
                insert.setString(7, now);
                insert.setString(8, book.user());
                insert.setString(9, now);
                insert.setString(10, book.user());
                insert.executeUpdate();
                return account.withId(generatedKey(insert));
            }
        });
    }

    /** Changes an account's details and opening balance; its transactions stay as they are. */
    public Account update(Account account) {
        byName(account.name()).filter(other -> other.id() != account.id()).ifPresent(other -> {
            throw new Refusal("There is already an account called \"" + account.name() + "\". Choose another name.");
        });
        return book.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE account SET name = ?, kind = ?, provider = ?, number_last4 = ?, opening_balance_pence = ?,
                                       opening_on = ?, updated_at = ?, updated_by = ?
                    WHERE id = ?""")) {
                update.setString(1, account.name());
                update.setString(2, account.kind().name());
                update.setString(3, account.provider());
                update.setString(4, account.numberLast4());
                update.setLong(5, account.openingBalance().pence());
                update.setString(6, account.openingOn().toString());
                update.setString(7, book.now());
                update.setString(8, book.user());
                update.setLong(9, account.id());
                if (update.executeUpdate() != 1) {
                    throw new Refusal("That account is no longer in the book.");
                }
                return account;
            }
        });
    }

    static long generatedKey(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id was generated");
            }
            return keys.getLong(1);
        }
    }

    private static Account map(ResultSet rows) throws SQLException {
        return new Account(rows.getLong(1), rows.getString(2), AccountKind.valueOf(rows.getString(3)), rows.getString(4),
                rows.getString(5), Money.ofPence(rows.getLong(6)), LocalDate.parse(rows.getString(7)));
    }
}
