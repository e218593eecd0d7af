package uk.supportbudget.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's schema history: numbered SQL files {@code db/V001__init.sql}, {@code V002__...}
 * beside this class, each run in one transaction that also sets {@code PRAGMA user_version}.
 */
final class Migrations {

    /** Every migration this version knows, in order; the last one's number is the current version. */
    static final List<String> FILES = List.of(
            "V001__init.sql",
            "V002__staff.sql",
            "V003__returns.sql",
            "V004__reconcile.sql",
            "V006__payroll.sql",
            "V007__staff2.sql",
            "V010__locked_added.sql",
            "V011__ssp_optout.sql",
            "V012__opening_ytd.sql",
            "V013__payroll_followups.sql");

    static final int CURRENT_VERSION = FILES.size();

    /** What {@link Book} migrates with; tests put a later migration on the end to try the upgrade path. */
    private static List<String> known = FILES;

    static List<String> known() {
        return known;
    }

    static int currentVersion() {
        return known.size();
    }

    static void useForTests(List<String> files) {
        known = List.copyOf(files);
    }

    private Migrations() {
    }

    /** Brings a book from {@code fromVersion} to the current version, one transaction per step. */
    static void apply(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= currentVersion(); version++) {
            List<String> statements = statementsOf(known.get(version - 1));
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    static List<String> statementsOf(String file) {
        String script;
        try (InputStream in = Migrations.class.getResourceAsStream("db/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + file);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + file, e);
        }
        return split(script);
    }

    /**
     * Splits a script into statements at semicolons that end a line, keeping a trigger's
     * {@code BEGIN ... END;} body whole. Our own scripts only: no semicolons inside strings.
     */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = trimmed.endsWith(";") && (!inTrigger || upper.equals("END;"));
            if (ends) {
                statements.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
