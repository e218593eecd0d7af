package uk.supportbudget.ui.plan;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import uk.supportbudget.domain.plan.BudgetMath;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.Outcome;
import uk.supportbudget.domain.plan.PlanLine;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/** The support plan as agreed: needs and outcomes in the person's words, funding, and budget lines. */
public final class PlanView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    public PlanView(BookSession session) {
        setId("page-plan");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        getChildren().add(new ProgressIndicator());
        session.tasks().run(I18n.tr("task.plan"), () -> new PlanRepository(session.book()).planFor(session.today()),
                this::show);
    }

    private void show(Optional<PlanRepository.Plan> loaded) {
        Label title = new Label(I18n.tr("plan.title"));
        title.getStyleClass().add("title-2");
        if (loaded.isEmpty()) {
            Label none = new Label(I18n.tr("plan.none"));
            none.setWrapText(true);
            getChildren().setAll(title, none);
            return;
        }
        PlanRepository.Plan plan = loaded.get();
        Label period = new Label(I18n.tr("dashboard.planYear", plan.year().startsOn().format(DAY),
                plan.year().endsOn().format(DAY)));
        period.getStyleClass().add("text-muted");

        Label needsHeading = heading("plan.needs");
        Label needs = new Label(plan.year().assessedNeeds());
        needs.setWrapText(true);
        needs.getStyleClass().add("quote");

        Label outcomesHeading = heading("plan.outcomes");
        VBox outcomes = new VBox(4);
        for (Outcome outcome : plan.outcomes()) {
            Label line = new Label("\u2022 " + outcome.text());
            line.setWrapText(true);
            outcomes.getChildren().add(line);
        }

        Label fundingHeading = heading("plan.funding");
        TableView<FundingComponent> funding = new TableView<>();
        funding.setId("plan-funding");
        funding.getColumns().add(column(I18n.tr("plan.col.funder"), c -> c.funderName()));
        funding.getColumns().add(column(I18n.tr("plan.col.mode"), c -> c.managementMode().label()));
        funding.getColumns().add(column(I18n.tr("plan.col.amount"), c -> c.amount().display()));
        funding.getColumns().add(column(I18n.tr("plan.col.cycle"), c -> c.cycle().label()));
        funding.getColumns().add(column(I18n.tr("plan.col.year"), c -> BudgetMath.annual(c.amount(), c.cycle()).display()));
        funding.getItems().setAll(plan.funding());
        fit(funding);
        Label weekly = new Label(I18n.tr("plan.grossWeekly", BudgetMath.grossWeekly(plan.funding()).display()));

        Label linesHeading = heading("plan.lines");
        TableView<PlanLine> lines = new TableView<>();
        lines.setId("plan-lines");
        lines.getColumns().add(column(I18n.tr("plan.col.support"), PlanLine::description));
        lines.getColumns().add(column(I18n.tr("plan.col.category"), l -> l.category().label()));
        lines.getColumns().add(column(I18n.tr("plan.col.budget"), l -> l.annualBudget().display()));
        lines.getItems().setAll(plan.lines());
        fit(lines);

        getChildren().setAll(new VBox(4, title, period), needsHeading, needs, outcomesHeading, outcomes,
                fundingHeading, funding, weekly, linesHeading, lines);
    }

    private static Label heading(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add("title-3");
        return label;
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** Small tables show all their rows without their own scroll bar. */
    private static void fit(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(32);
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(table.getItems().size() + 1.3));
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
}
