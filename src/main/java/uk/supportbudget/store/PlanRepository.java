package uk.supportbudget.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.Outcome;
import uk.supportbudget.domain.plan.PlanLine;
import uk.supportbudget.domain.plan.PlanYear;

/** The support plan: plan years with their outcomes, funding components and budget lines. */
public final class PlanRepository {

    /** A plan year with everything in it. */
    public record Plan(PlanYear year, List<Outcome> outcomes, List<FundingComponent> funding, List<PlanLine> lines) {
    }

    private final Book book;

    public PlanRepository(Book book) {
        this.book = book;
    }

    public List<PlanYear> years() {
        return book.read(connection -> {
            List<PlanYear> years = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, starts_on, ends_on, assessed_needs FROM plan_year ORDER BY starts_on");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    years.add(new PlanYear(rows.getLong(1), LocalDate.parse(rows.getString(2)),
                            LocalDate.parse(rows.getString(3)), rows.getString(4)));
                }
            }
            return years;
        });
    }

    /** The plan year that contains {@code date}, or else the latest one that started before it. */
    public Optional<Plan> planFor(LocalDate date) {
        List<PlanYear> years = years();
        Optional<PlanYear> year = years.stream().filter(y -> y.contains(date)).findFirst()
                .or(() -> years.stream().filter(y -> y.startsOn().isBefore(date)).reduce((a, b) -> b))
                .or(() -> years.stream().findFirst());
        return year.map(this::load);
    }

    public Plan load(PlanYear year) {
        return book.read(connection -> new Plan(year, outcomes(connection, year.id()), funding(connection, year.id()),
                lines(connection, year.id())));
    }

    /**
     * A plan year as it is to be saved. A line says which funding component pays for it by its
     * position in {@code funding} ({@code fundingIndex}, null for none), because new components
     * have no id until they are saved.
     */
    public record Draft(PlanYear year, List<String> outcomes, List<FundingComponent> funding, List<DraftLine> lines) {
        public Draft {
            outcomes = List.copyOf(outcomes);
            funding = List.copyOf(funding);
            lines = List.copyOf(lines);
            for (DraftLine line : lines) {
                if (line.fundingIndex() != null && (line.fundingIndex() < 0 || line.fundingIndex() >= funding.size())) {
                    throw new IllegalArgumentException("line names funding component " + line.fundingIndex()
                            + " of " + funding.size());
                }
            }
        }

        /** A saved plan as a draft to edit: each line's component id becomes its position. */
        public static Draft of(Plan plan) {
            List<Long> ids = plan.funding().stream().map(FundingComponent::id).toList();
            return new Draft(plan.year(), plan.outcomes().stream().map(Outcome::text).toList(), plan.funding(),
                    plan.lines().stream().map(line -> new DraftLine(line, line.fundingComponentId() == null
                            || !ids.contains(line.fundingComponentId()) ? null : ids.indexOf(line.fundingComponentId())))
                            .toList());
        }
    }

    /** An agreed support line to save, paid by the funding component at {@code fundingIndex} (or none). */
    public record DraftLine(PlanLine line, Integer fundingIndex) {
    }

    /** Saves a new plan year with its contents in one transaction. */
    public Plan add(Draft draft) {
        return book.inTransaction(connection -> {
            long yearId;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO plan_year (starts_on, ends_on, assessed_needs, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, draft.year().startsOn().toString());
                insert.setString(2, draft.year().endsOn().toString());
                insert.setString(3, draft.year().assessedNeeds());
                stamp(insert, 4, book.now());
                insert.executeUpdate();
                yearId = AccountRepository.generatedKey(insert);
            }
            insertContents(connection, yearId, draft);
            return load(draft.year().withId(yearId));
        });
    }

    /**
     * Replaces a plan year's dates, needs, outcomes, funding and lines with {@code draft}, in one
     * transaction: the contents are written afresh, so what is saved is exactly the draft.
     */
    public Plan replace(long yearId, Draft draft) {
        return book.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE plan_year SET starts_on = ?, ends_on = ?, assessed_needs = ?, updated_at = ?, updated_by = ?
                    WHERE id = ?""")) {
                update.setString(1, draft.year().startsOn().toString());
                update.setString(2, draft.year().endsOn().toString());
                update.setString(3, draft.year().assessedNeeds());
                update.setString(4, book.now());
                update.setString(5, book.user());
                update.setLong(6, yearId);
                if (update.executeUpdate() != 1) {
                    throw new uk.supportbudget.domain.Refusal("That plan year is no longer in the book.");
                }
            }
            for (String table : List.of("plan_line", "outcome", "funding_component")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE plan_year_id = ?")) {
                    delete.setLong(1, yearId);
                    delete.executeUpdate();
                }
            }
            insertContents(connection, yearId, draft);
            return load(draft.year().withId(yearId));
        });
    }

    /** Deletes a plan year and everything in it. False when there was none. */
    public boolean delete(long yearId) {
        return book.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM plan_year WHERE id = ?")) {
                delete.setLong(1, yearId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private void insertContents(Connection connection, long yearId, Draft draft) throws SQLException {
        String now = book.now();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outcome (plan_year_id, position, text, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < draft.outcomes().size(); i++) {
                insert.setLong(1, yearId);
                insert.setInt(2, i + 1);
                insert.setString(3, new Outcome(0, yearId, i + 1, draft.outcomes().get(i)).text());
                stamp(insert, 4, now);
                insert.executeUpdate();
            }
        }
        List<Long> componentIds = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO funding_component (plan_year_id, funder, funder_name, management_mode, amount_pence, cycle,
                                               first_payment_on, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            for (FundingComponent component : draft.funding()) {
                insert.setLong(1, yearId);
                insert.setString(2, component.funder().name());
                insert.setString(3, component.funderName());
                insert.setString(4, component.managementMode().name());
                insert.setLong(5, component.amount().pence());
                insert.setString(6, component.cycle().name());
                insert.setString(7, component.firstPaymentOn() == null ? null : component.firstPaymentOn().toString());
                stamp(insert, 8, now);
                insert.executeUpdate();
                componentIds.add(AccountRepository.generatedKey(insert));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO plan_line (plan_year_id, category, description, annual_budget_pence, funding_component_id,
                                       created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (DraftLine draftLine : draft.lines()) {
                PlanLine line = draftLine.line();
                insert.setLong(1, yearId);
                insert.setString(2, line.category().name());
                insert.setString(3, line.description());
                insert.setLong(4, line.annualBudget().pence());
                if (draftLine.fundingIndex() == null) {
                    insert.setNull(5, Types.INTEGER);
                } else {
                    insert.setLong(5, componentIds.get(draftLine.fundingIndex()));
                }
                stamp(insert, 6, now);
                insert.executeUpdate();
            }
        }
    }

    private void stamp(PreparedStatement statement, int first, String now) throws SQLException {
        statement.setString(first, now);
        statement.setString(first + 1, book.user());
        statement.setString(first + 2, now);
        statement.setString(first + 3, book.user());
    }

    private static List<Outcome> outcomes(Connection connection, long yearId) throws SQLException {
        List<Outcome> outcomes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, position, text FROM outcome WHERE plan_year_id = ? ORDER BY position")) {
            select.setLong(1, yearId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    outcomes.add(new Outcome(rows.getLong(1), yearId, rows.getInt(2), rows.getString(3)));
                }
            }
        }
        return outcomes;
    }

    private static List<FundingComponent> funding(Connection connection, long yearId) throws SQLException {
        List<FundingComponent> components = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, funder, funder_name, management_mode, amount_pence, cycle, first_payment_on
                FROM funding_component WHERE plan_year_id = ? ORDER BY id""")) {
            select.setLong(1, yearId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String first = rows.getString(7);
                    components.add(new FundingComponent(rows.getLong(1), yearId, Funder.valueOf(rows.getString(2)),
                            rows.getString(3), ManagementMode.valueOf(rows.getString(4)), Money.ofPence(rows.getLong(5)),
                            Cycle.valueOf(rows.getString(6)), first == null ? null : LocalDate.parse(first)));
                }
            }
        }
        return components;
    }

    private static List<PlanLine> lines(Connection connection, long yearId) throws SQLException {
        List<PlanLine> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, category, description, annual_budget_pence, funding_component_id
                FROM plan_line WHERE plan_year_id = ? ORDER BY id""")) {
            select.setLong(1, yearId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long component = rows.getLong(5);
                    Long componentId = rows.wasNull() ? null : component;
                    lines.add(new PlanLine(rows.getLong(1), yearId, Category.valueOf(rows.getString(2)),
                            rows.getString(3), Money.ofPence(rows.getLong(4)), componentId));
                }
            }
        }
        return lines;
    }
}
