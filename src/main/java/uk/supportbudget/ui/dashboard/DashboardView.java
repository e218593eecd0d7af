package uk.supportbudget.ui.dashboard;

import java.time.format.DateTimeFormatter;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.DashboardService;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/** At a glance: what is there now, how long it lasts, and spending against the plan. */
public final class DashboardView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    public DashboardView(BookSession session) {
        setId("page-dashboard");
        getStyleClass().add("page");
        setSpacing(20);
        setPadding(new Insets(24));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setAccessibleText(I18n.tr("common.loading"));
        getChildren().add(loading);
        session.tasks().run(I18n.tr("task.dashboard"),
                () -> new DashboardService(session.book()).summary(session.today()), this::show);
    }

    private void show(DashboardService.Summary summary) {
        Label title = new Label(I18n.tr("dashboard.title", summary.personName()));
        title.getStyleClass().add("title-2");
        title.setId("dashboard-title");
        Label period = new Label(summary.plan()
                .map(p -> I18n.tr("dashboard.planYear", p.year().startsOn().format(DAY), p.year().endsOn().format(DAY)))
                .orElse(I18n.tr("dashboard.noPlan")));
        period.getStyleClass().add("text-muted");

        FlowPane cards = new FlowPane(16, 16);
        cards.getChildren().add(card("card-available", I18n.tr("dashboard.available"), summary.total().display(),
                I18n.tr("dashboard.available.help")));
        cards.getChildren().add(card("card-weeks", I18n.tr("dashboard.weeksHeld"),
                I18n.tr("dashboard.weeks", summary.weeksHeld().toPlainString()),
                I18n.tr("dashboard.weeksHeld.help", summary.grossWeekly().display())));
        cards.getChildren().add(card("card-in", I18n.tr("dashboard.in"), summary.moneyInThisYear().display(),
                I18n.tr("dashboard.in.help")));
        cards.getChildren().add(card("card-out", I18n.tr("dashboard.out"), summary.moneyOutThisYear().display(),
                I18n.tr("dashboard.out.help")));

        VBox accounts = section(I18n.tr("dashboard.accounts"));
        GridPane accountGrid = grid();
        int row = 0;
        for (DashboardService.AccountBalance balance : summary.balances()) {
            Label name = new Label(balance.account().name());
            Label kind = new Label(balance.account().kind().label());
            kind.getStyleClass().add("text-muted");
            Label amount = money(balance.balance());
            accountGrid.addRow(row++, name, kind, amount);
        }
        accounts.getChildren().add(accountGrid);

        VBox spending = section(I18n.tr("dashboard.spending"));
        GridPane spendingGrid = grid();
        row = 0;
        for (DashboardService.CategoryUse use : summary.byCategory()) {
            Label name = new Label(use.category().label());
            ProgressBar bar = new ProgressBar(use.budget().isPositive()
                    ? Math.min(1.0, use.spent().toDecimal().divide(use.budget().toDecimal(), 4, java.math.RoundingMode.HALF_UP).doubleValue())
                    : (use.spent().isPositive() ? 1.0 : 0.0));
            bar.setPrefWidth(220);
            boolean over = use.spent().compareTo(use.budget()) > 0;
            if (over) {
                bar.getStyleClass().add("over-budget");
            }
            Label figures = new Label(I18n.tr(over ? "dashboard.spentOver" : "dashboard.spentOf",
                    use.spent().display(), use.budget().display()));
            bar.setAccessibleText(use.category().label() + ": " + figures.getText());
            spendingGrid.addRow(row++, name, bar, figures);
        }
        spending.getChildren().add(spendingGrid);
        if (summary.needsCategory() > 0) {
            Label needs = new Label(I18n.tr("dashboard.needsCategory", summary.needsCategory()));
            needs.getStyleClass().add("warning-text");
            needs.setId("dashboard-needs-category");
            spending.getChildren().add(needs);
        }
        getChildren().setAll(new VBox(4, title, period), cards, accounts, spending);
    }

    private static VBox card(String id, String caption, String figure, String help) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add("card-caption");
        Label figureLabel = new Label(figure);
        figureLabel.getStyleClass().add("card-figure");
        figureLabel.setId(id + "-figure");
        Label helpLabel = new Label(help);
        helpLabel.getStyleClass().add("card-help");
        helpLabel.setWrapText(true);
        VBox card = new VBox(6, captionLabel, figureLabel, helpLabel);
        card.setId(id);
        card.getStyleClass().add("dashboard-card");
        card.setPrefWidth(225);
        card.setAccessibleText(caption + ": " + figure + ". " + help);
        return card;
    }

    private static VBox section(String heading) {
        Label label = new Label(heading);
        label.getStyleClass().add("title-3");
        VBox box = new VBox(10, label);
        box.getStyleClass().add("dashboard-section");
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(220);
        ColumnConstraints second = new ColumnConstraints();
        second.setMinWidth(160);
        ColumnConstraints third = new ColumnConstraints();
        third.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(first, second, third);
        return grid;
    }

    private static Label money(Money amount) {
        Label label = new Label(amount.display());
        label.getStyleClass().add("money");
        label.setAlignment(Pos.CENTER_RIGHT);
        if (amount.isNegative()) {
            label.getStyleClass().add("negative");
        }
        return label;
    }
}
