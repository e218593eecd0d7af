package uk.supportbudget.ui.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Forecast;
import uk.supportbudget.service.DashboardService;
import uk.supportbudget.service.ForecastService;
import uk.supportbudget.service.LedgerFilter;
import uk.supportbudget.ui.common.Converters;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * At a glance: what is there now, how long it lasts, spending against the plan per category and
 * per funder (a chart and the same figures as words), where the money is heading, and what is
 * coming up. Every figure opens the Money page showing the transactions behind it.
 */
public final class DashboardView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM");

    private final BookSession session;

    public DashboardView(BookSession session) {
        this(session, () -> new DashboardService(session.book()).summary(session.today()));
    }

    /** With the figures from {@code figures}, run in the background (worked out ahead at start-up, say). */
    public DashboardView(BookSession session, Supplier<DashboardService.Summary> figures) {
        this.session = session;
        setId("page-dashboard");
        getStyleClass().add("page");
        setSpacing(20);
        setPadding(new Insets(24));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setAccessibleText(I18n.tr("common.loading"));
        getChildren().add(loading);
        session.tasks().run(I18n.tr("task.dashboard"), figures, this::show);
    }

    private void show(DashboardService.Summary summary) {
        Label title = new Label(I18n.tr("dashboard.title", summary.personName()));
        title.getStyleClass().add("title-2");
        title.setId("dashboard-title");
        Label period = new Label(summary.plan()
                .map(p -> I18n.tr("dashboard.planYear", p.year().startsOn().format(DAY), p.year().endsOn().format(DAY)))
                .orElse(I18n.tr("dashboard.noPlan")));
        period.getStyleClass().add("text-muted");
        LedgerFilter thisYear = LedgerFilter.everything().withPeriod(summary.from(), summary.to());

        FlowPane cards = new FlowPane(16, 16);
        cards.getChildren().add(card("card-available", I18n.tr("dashboard.available"), summary.total().display(),
                I18n.tr("dashboard.available.help"), LedgerFilter.everything()));
        cards.getChildren().add(card("card-weeks", I18n.tr("dashboard.weeksHeld"),
                I18n.tr("dashboard.weeks", summary.weeksHeld().toPlainString()),
                I18n.tr("dashboard.weeksHeld.help", summary.grossWeekly().display()), LedgerFilter.everything()));
        cards.getChildren().add(card("card-left", I18n.tr("dashboard.left"), summary.budgetLeft().display(),
                I18n.tr("dashboard.left.help", summary.budgetThisYear().display()),
                thisYear.withFlow(LedgerFilter.Flow.MONEY_OUT)));
        cards.getChildren().add(card("card-in", I18n.tr("dashboard.in"), summary.moneyInThisYear().display(),
                I18n.tr("dashboard.in.help"), thisYear.withFlow(LedgerFilter.Flow.MONEY_IN)));
        cards.getChildren().add(card("card-out", I18n.tr("dashboard.out"), summary.moneyOutThisYear().display(),
                I18n.tr("dashboard.out.help"), thisYear.withFlow(LedgerFilter.Flow.MONEY_OUT)));

        getChildren().setAll(new VBox(4, title, period), cards, forecast(summary), accounts(summary),
                spending(summary, thisYear), funders(summary, thisYear), upcoming(summary));
        getChildren().add(2, uk.supportbudget.ui.reminders.WhatsNextView.forDashboard(session));
    }

    // ---- sections -------------------------------------------------------------------------

    private Node accounts(DashboardService.Summary summary) {
        VBox section = section(I18n.tr("dashboard.accounts"));
        GridPane grid = grid();
        int row = 0;
        for (DashboardService.AccountBalance balance : summary.balances()) {
            Label kind = new Label(balance.account().kind().label());
            kind.getStyleClass().add("text-muted");
            grid.addRow(row++, link(balance.account().name(), "dashboard-account-" + balance.account().id(),
                    LedgerFilter.everything().withAccount(balance.account().id())), kind, money(balance.balance()));
        }
        section.getChildren().add(grid);
        return section;
    }

    private Node spending(DashboardService.Summary summary, LedgerFilter thisYear) {
        VBox section = section(I18n.tr("dashboard.spending"));
        List<Use> uses = summary.byCategory().stream().map(u -> new Use(u.category().label(), u.budget(), u.spent(),
                thisYear.withCategory(u.category()).withFlow(LedgerFilter.Flow.MONEY_OUT))).toList();
        section.getChildren().addAll(chart("dashboard-category-chart", uses), useTable("dashboard-category-table", uses));
        if (summary.needsCategory() > 0) {
            Hyperlink needs = link(I18n.tr("dashboard.needsCategory", summary.needsCategory()), "dashboard-needs-category",
                    thisYear.needingCategory());
            needs.getStyleClass().add("warning-text");
            section.getChildren().add(needs);
        }
        return section;
    }

    private Node funders(DashboardService.Summary summary, LedgerFilter thisYear) {
        VBox section = section(I18n.tr("dashboard.byFunder"));
        List<Use> uses = summary.byFunder().stream().map(u -> new Use(u.funder().label(), u.budget(), u.spent(),
                thisYear.withFunder(u.funder()).withFlow(LedgerFilter.Flow.MONEY_OUT))).toList();
        section.getChildren().addAll(chart("dashboard-funder-chart", uses), useTable("dashboard-funder-table", uses));
        return section;
    }

    /** One bar pair of the spending charts: what the plan agreed and what was spent. */
    private record Use(String name, Money budget, Money spent, LedgerFilter filter) {
    }

    /** Budget and spent bars; a bar opens its transactions. The table below says the same in words. */
    private Node chart(String id, List<Use> uses) {
        NumberAxis pounds = new NumberAxis();
        pounds.setLabel(I18n.tr("dashboard.pounds"));
        pounds.setTickLabelFormatter(poundsFormatter());
        CategoryAxis names = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(pounds, names);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setBarGap(1);
        chart.setCategoryGap(8);
        chart.setPrefHeight(ThemeManager.scaled(Math.max(160, 46 * uses.size() + 70)));
        chart.setAccessibleText(I18n.tr("dashboard.chartHelp"));
        XYChart.Series<Number, String> budget = new XYChart.Series<>();
        budget.setName(I18n.tr("dashboard.budget"));
        XYChart.Series<Number, String> spent = new XYChart.Series<>();
        spent.setName(I18n.tr("dashboard.spent"));
        for (Use use : uses) {
            budget.getData().add(new XYChart.Data<>(use.budget().toDecimal(), use.name()));
            XYChart.Data<Number, String> bar = new XYChart.Data<>(use.spent().toDecimal(), use.name());
            bar.nodeProperty().addListener((o, old, node) -> {
                if (node != null) {
                    node.getStyleClass().add("clickable");
                    node.setOnMouseClicked(e -> session.showMoney(use.filter()));
                    javafx.scene.control.Tooltip.install(node, new javafx.scene.control.Tooltip(
                            I18n.tr("dashboard.spentOf", use.spent().display(), use.budget().display())));
                }
            });
            spent.getData().add(bar);
        }
        chart.getData().addAll(List.of(budget, spent));
        return chart;
    }

    private GridPane useTable(String id, List<Use> uses) {
        GridPane grid = grid();
        grid.setId(id);
        int row = 0;
        for (Use use : uses) {
            ProgressBar bar = new ProgressBar(use.budget().isPositive()
                    ? Math.min(1.0, use.spent().toDecimal().divide(use.budget().toDecimal(), 4, RoundingMode.HALF_UP).doubleValue())
                    : (use.spent().isPositive() ? 1.0 : 0.0));
            bar.setPrefWidth(ThemeManager.scaled(180));
            boolean over = use.spent().compareTo(use.budget()) > 0;
            if (over) {
                bar.getStyleClass().add("over-budget");
            }
            Label figures = new Label(I18n.tr(over ? "dashboard.spentOver" : "dashboard.spentOf",
                    use.spent().display(), use.budget().display()));
            bar.setAccessibleText(use.name() + ": " + figures.getText());
            // at large text sizes names and figures wrap rather than push the page wider than the window
            figures.setWrapText(true);
            Hyperlink name = link(use.name(), null, use.filter());
            name.setWrapText(true);
            grid.addRow(row++, name, bar, figures);
        }
        return grid;
    }

    private Node forecast(DashboardService.Summary summary) {
        VBox section = section(I18n.tr("dashboard.forecast"));
        section.setId("dashboard-forecast");
        if (summary.forecast().isEmpty()) {
            section.getChildren().add(new Label(I18n.tr("dashboard.forecastNone")));
            return section;
        }
        ForecastService.Result result = summary.forecast().get();
        Forecast forecast = result.forecast();
        LocalDate end = forecast.points().get(forecast.points().size() - 1).date();
        Label words = new Label(forecast.runsOutOn()
                .map(week -> I18n.tr("dashboard.runsOut", week.format(DAY)))
                .orElse(I18n.tr("dashboard.surplus", forecast.endBalance().display(), end.format(DAY))));
        words.setId("dashboard-forecast-words");
        words.setWrapText(true);
        words.getStyleClass().add("forecast-words");
        if (forecast.runsOutOn().isPresent()) {
            words.getStyleClass().add("shortfall");
        }
        Label assumptions = new Label(I18n.tr("dashboard.assumes", result.weeklyWages().display(),
                result.weeklyOther().display()));
        assumptions.setWrapText(true);
        assumptions.getStyleClass().add("text-muted");

        NumberAxis days = new NumberAxis();
        days.setForceZeroInRange(false);
        days.setAutoRanging(false);
        days.setLowerBound(forecast.points().get(0).date().toEpochDay());
        days.setUpperBound(end.toEpochDay());
        days.setTickUnit(28);
        days.setTickLabelFormatter(Converters.showing(day -> LocalDate.ofEpochDay(day.longValue()).format(SHORT)));
        NumberAxis pounds = new NumberAxis();
        pounds.setTickLabelFormatter(poundsFormatter());
        pounds.setLabel(I18n.tr("dashboard.pounds"));
        LineChart<Number, Number> chart = new LineChart<>(days, pounds);
        chart.setId("dashboard-forecast-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(ThemeManager.scaled(260));
        chart.setAccessibleText(words.getText());
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName(I18n.tr("dashboard.forecastLine"));
        for (Forecast.Point point : forecast.points()) {
            line.getData().add(new XYChart.Data<>(point.date().toEpochDay(), point.balance().toDecimal()));
        }
        XYChart.Series<Number, Number> zero = new XYChart.Series<>();
        zero.setName(I18n.tr("dashboard.zeroLine"));
        zero.getData().add(new XYChart.Data<>(days.getLowerBound(), BigDecimal.ZERO));
        zero.getData().add(new XYChart.Data<>(days.getUpperBound(), BigDecimal.ZERO));
        chart.getData().addAll(List.of(line, zero));
        section.getChildren().addAll(words, chartOrTable(chart, forecastTable(forecast)), assumptions);
        return section;
    }

    /** A chart, with a button that shows the same figures as a table (for screen readers and for anyone). */
    private static Node chartOrTable(Node chart, Node table) {
        javafx.scene.control.ToggleButton asTable = new javafx.scene.control.ToggleButton();
        asTable.setId(chart.getId() + "-as-table");
        asTable.getStyleClass().add("show-as-table");
        asTable.textProperty().bind(javafx.beans.binding.Bindings.when(asTable.selectedProperty())
                .then(I18n.tr("display.showChart")).otherwise(I18n.tr("display.showTable")));
        chart.visibleProperty().bind(asTable.selectedProperty().not());
        chart.managedProperty().bind(chart.visibleProperty());
        table.visibleProperty().bind(asTable.selectedProperty());
        table.managedProperty().bind(table.visibleProperty());
        return new VBox(8, asTable, chart, table);
    }

    private static Node forecastTable(Forecast forecast) {
        javafx.scene.control.TableView<Forecast.Point> table = new javafx.scene.control.TableView<>(
                javafx.collections.FXCollections.observableArrayList(forecast.points()));
        table.setId("dashboard-forecast-table");
        table.setAccessibleText(I18n.tr("dashboard.forecast"));
        javafx.scene.control.TableColumn<Forecast.Point, String> week = new javafx.scene.control.TableColumn<>(
                I18n.tr("dashboard.forecastWeek"));
        week.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().date().format(DAY)));
        table.getColumns().add(week);
        table.getColumns().add(uk.supportbudget.ui.common.ScreenParts.moneyColumn(I18n.tr("dashboard.forecastLine"),
                Forecast.Point::balance));
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(ThemeManager.scaled(260));
        return table;
    }

    private Node upcoming(DashboardService.Summary summary) {
        VBox section = section(I18n.tr("dashboard.upcoming"));
        GridPane grid = grid();
        grid.setId("dashboard-upcoming");
        int row = 0;
        for (DashboardService.Upcoming item : summary.upcoming()) {
            String what = switch (item.kind()) {
                case PAYMENT_IN -> I18n.tr("dashboard.nextPayment", item.who(), item.amount().display());
                case HMRC -> I18n.tr("dashboard.hmrcDue");
                case PENSION -> I18n.tr("dashboard.pensionDue");
                case RETURN -> I18n.tr("dashboard.returnDue");
            };
            String when = item.when().map(d -> d.format(DAY)).orElse(I18n.tr("dashboard.returnUnknown"));
            Label whenLabel = new Label(when);
            whenLabel.setWrapText(true);
            Label whatLabel = new Label(what);
            whatLabel.setWrapText(true);
            grid.addRow(row++, whatLabel, whenLabel);
        }
        section.getChildren().add(grid);
        return section;
    }

    // ---- small builders -------------------------------------------------------------------

    private VBox card(String id, String caption, String figure, String help, LedgerFilter opens) {
        Label captionLabel = uk.supportbudget.ui.common.Glossary.explainIfKnown(new Label(caption));
        captionLabel.getStyleClass().add("card-caption");
        captionLabel.setWrapText(true);
        Hyperlink figureLink = link(figure, id + "-figure", opens);
        figureLink.getStyleClass().addAll("card-figure", "link-figure");
        figureLink.setAccessibleText(I18n.tr("dashboard.opens", caption, figure));
        // a figure is never cut to "…": at large text sizes the card grows to hold it
        figureLink.setMinWidth(Hyperlink.USE_PREF_SIZE);
        Label helpLabel = new Label(help);
        helpLabel.getStyleClass().add("card-help");
        helpLabel.setWrapText(true);
        VBox card = new VBox(6, captionLabel, figureLink, helpLabel);
        card.setId(id);
        card.getStyleClass().addAll("dashboard-card", "clickable");
        card.setPrefWidth(ThemeManager.scaled(194));
        card.setOnMouseClicked(e -> session.showMoney(opens));
        return card;
    }

    private Hyperlink link(String text, String id, LedgerFilter opens) {
        Hyperlink link = new Hyperlink(text);
        if (id != null) {
            link.setId(id);
        }
        link.setOnAction(e -> session.showMoney(opens));
        return link;
    }

    /** Axis labels in whole pounds (an axis position, not an amount of money being kept). */
    private static StringConverter<Number> poundsFormatter() {
        return Converters.showing(value -> Money.ofPounds(value.longValue()).display().replace(".00", ""));
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
        grid.setVgap(6);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(240);
        first.setPrefWidth(ThemeManager.scaled(240));
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
