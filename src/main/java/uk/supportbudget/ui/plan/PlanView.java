package uk.supportbudget.ui.plan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.controlsfx.validation.ValidationResult;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.BudgetMath;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.PlanBudget;
import uk.supportbudget.domain.plan.PlanLine;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.service.PlanService;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.ui.common.Converters;
import uk.supportbudget.ui.common.FieldRules;
import uk.supportbudget.ui.common.FormDialog;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * The support plan, editable: dates, needs and outcomes in the person's words, funding and the
 * agreed support with its yearly budget. Every change is made on a copy of the whole plan year
 * and saved through {@link PlanService#save} in one transaction, so nothing is ever half-saved.
 */
public final class PlanView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final BookSession session;
    private PlanRepository.Plan plan;
    private PlanRepository.Draft draft;

    public PlanView(BookSession session) {
        this.session = session;
        setId("page-plan");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        getChildren().add(new ProgressIndicator());
        load(null);
    }

    private void load(Long yearId) {
        session.tasks().run(I18n.tr("task.plan"), () -> new PlanService(session.book()).load(yearId, session.today()),
                this::show);
    }

    private void show(PlanService.Loaded loaded) {
        Label title = new Label(I18n.tr("plan.title"));
        title.getStyleClass().add("title-2");
        Button next = button("plan-next-year", loaded.years().isEmpty() ? "plan.first" : "plan.nextYear",
                this::startNextYear);
        if (loaded.plan().isEmpty()) {
            Label none = new Label(I18n.tr("plan.none"));
            none.setWrapText(true);
            getChildren().setAll(title, none, next);
            return;
        }
        plan = loaded.plan().get();
        draft = PlanRepository.Draft.of(plan);
        ComboBox<PlanYear> years = new ComboBox<>();
        years.setId("plan-year");
        years.getItems().setAll(loaded.years());
        years.setConverter(Converters.showing(y -> y == null ? "" : I18n.tr("dashboard.planYear", y.startsOn().format(DAY),
                y.endsOn().format(DAY))));
        years.setValue(loaded.years().stream().filter(y -> y.id() == plan.year().id()).findFirst().orElse(null));
        years.setOnAction(e -> {
            if (years.getValue() != null && years.getValue().id() != plan.year().id()) {
                load(years.getValue().id());
            }
        });
        years.setAccessibleText(I18n.tr("plan.chooseYear"));
        javafx.scene.layout.FlowPane header = uk.supportbudget.ui.common.Reflow.row(10, years, button("plan-edit-dates", "plan.editDates", this::editDates), next);
        header.setAlignment(Pos.CENTER_LEFT);

        Label needs = new Label(plan.year().assessedNeeds().isEmpty() ? I18n.tr("plan.needsEmpty")
                : plan.year().assessedNeeds());
        needs.setWrapText(true);
        needs.getStyleClass().add("quote");

        getChildren().setAll(new VBox(8, title, header),
                heading("plan.needs", button("plan-edit-needs", "plan.change", this::editNeeds)), needs,
                heading("plan.outcomes", button("plan-add-outcome", "plan.add", () -> editOutcome(-1))), outcomes(),
                heading("plan.funding", button("plan-add-funding", "plan.add", () -> editComponent(-1))), funding(),
                new Label(I18n.tr("plan.grossWeekly", BudgetMath.grossWeekly(plan.funding()).display())),
                heading("plan.lines", button("plan-add-line", "plan.add", () -> editLine(-1))), lines(),
                heading("plan.budget", new Region()), budget(loaded.budget().orElseThrow()));
    }

    // ---- sections -------------------------------------------------------------------------

    private Node outcomes() {
        ListView<String> list = new ListView<>();
        list.setId("plan-outcomes");
        list.getItems().setAll(draft.outcomes());
        // long outcomes wrap onto more lines rather than scroll sideways
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty ? null : item);
            }
        });
        list.setPrefHeight(ThemeManager.scaled(32) * Math.max(1, draft.outcomes().size()) * (ThemeManager.scaled(10) > 14 ? 2 : 1) + 4);
        list.setPlaceholder(new Label(I18n.tr("plan.outcomesEmpty")));
        Button change = button("plan-edit-outcome", "plan.change", () -> editOutcome(list.getSelectionModel().getSelectedIndex()));
        Button up = button("plan-outcome-up", "plan.up", () -> moveOutcome(list.getSelectionModel().getSelectedIndex(), -1));
        Button down = button("plan-outcome-down", "plan.down", () -> moveOutcome(list.getSelectionModel().getSelectedIndex(), 1));
        Button delete = button("plan-delete-outcome", "plan.delete", () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            save(d -> new PlanRepository.Draft(d.year(), without(d.outcomes(), index), d.funding(), d.lines()));
        });
        for (Button b : List.of(change, up, down, delete)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        return new VBox(6, list, uk.supportbudget.ui.common.Reflow.row(8, change, up, down, delete));
    }

    private Node funding() {
        TableView<FundingComponent> table = new TableView<>();
        table.setId("plan-funding");
        table.getColumns().add(column(I18n.tr("plan.col.funder"), FundingComponent::funderName));
        table.getColumns().add(column(I18n.tr("plan.col.mode"), c -> c.managementMode().label()));
        table.getColumns().add(column(I18n.tr("plan.col.amount"), c -> c.amount().display()));
        table.getColumns().add(column(I18n.tr("plan.col.cycle"), c -> c.cycle().label()));
        table.getColumns().add(column(I18n.tr("plan.col.first"), c -> c.firstPaymentOn() == null ? ""
                : c.firstPaymentOn().format(DAY)));
        table.getColumns().add(column(I18n.tr("plan.col.year"), c -> BudgetMath.annual(c.amount(), c.cycle()).display()));
        table.getItems().setAll(draft.funding());
        fit(table);
        Button change = button("plan-edit-funding", "plan.change", () -> editComponent(table.getSelectionModel().getSelectedIndex()));
        Button delete = button("plan-delete-funding", "plan.delete", () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            save(d -> withoutComponent(d, index));
        });
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(6, table, uk.supportbudget.ui.common.Reflow.row(8, change, delete));
    }

    private Node lines() {
        TableView<PlanRepository.DraftLine> table = new TableView<>();
        table.setId("plan-lines");
        table.getColumns().add(column(I18n.tr("plan.col.support"), l -> l.line().description()));
        table.getColumns().add(column(I18n.tr("plan.col.category"), l -> l.line().category().label()));
        table.getColumns().add(column(I18n.tr("plan.col.budget"), l -> l.line().annualBudget().display()));
        table.getColumns().add(column(I18n.tr("plan.col.paidBy"), l -> l.fundingIndex() == null ? I18n.tr("plan.paidByNone")
                : draft.funding().get(l.fundingIndex()).funderName()));
        table.getItems().setAll(draft.lines());
        fit(table);
        Button change = button("plan-edit-line", "plan.change", () -> editLine(table.getSelectionModel().getSelectedIndex()));
        Button delete = button("plan-delete-line", "plan.delete", () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            save(d -> new PlanRepository.Draft(d.year(), d.outcomes(), d.funding(), without(d.lines(), index)));
        });
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(6, table, uk.supportbudget.ui.common.Reflow.row(8, change, delete));
    }

    /** Budget per category and per funder, and what each funder pays in a year by the cycle rule. */
    private Node budget(PlanBudget budget) {
        GridPane grid = new GridPane();
        grid.setId("plan-budget");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        grid.add(bold(I18n.tr("plan.budgetByCategory")), 0, row++, 2, 1);
        for (Map.Entry<Category, Money> entry : budget.byCategory().entrySet()) {
            grid.addRow(row++, new Label(entry.getKey().label()), money(entry.getValue()));
        }
        grid.addRow(row++, bold(I18n.tr("plan.budgetTotal")), money(budget.total()));
        int funderRow = 0;
        grid.add(bold(I18n.tr("plan.budgetByFunder")), 3, funderRow++, 2, 1);
        Map<Funder, Money> paid = PlanBudget.fundingByFunder(plan.funding());
        for (Funder funder : Funder.values()) {
            if (budget.byFunder().containsKey(funder) || paid.containsKey(funder)) {
                grid.add(new Label(funder.label()), 3, funderRow);
                grid.add(new Label(I18n.tr("plan.funderLine", budget.forFunder(funder).display(),
                        paid.getOrDefault(funder, Money.ZERO).display())), 4, funderRow++);
            }
        }
        if (budget.unassigned().isPositive()) {
            grid.add(new Label(I18n.tr("plan.paidByNone")), 3, funderRow);
            grid.add(new Label(budget.unassigned().display()), 4, funderRow);
        }
        return grid;
    }

    // ---- editing --------------------------------------------------------------------------

    /** Applies {@code change} to a copy of the whole plan year and saves it in one transaction. */
    private void save(UnaryOperator<PlanRepository.Draft> change) {
        PlanRepository.Draft changed;
        try {
            changed = change.apply(draft);
        } catch (uk.supportbudget.domain.Refusal refusal) {
            session.dialogs().showError(I18n.tr("plan.notSaved"), refusal.getMessage());
            return;
        }
        long yearId = plan.year().id();
        session.tasks().run(I18n.tr("task.saving"), () -> new PlanService(session.book()).save(yearId, changed),
                saved -> load(saved.year().id()), error -> {
                    session.dialogs().showError(I18n.tr("plan.notSaved"),
                            uk.supportbudget.ui.common.BackgroundTasks.describe(error));
                    load(yearId);
                });
    }

    private void editDates() {
        DatePicker start = FieldRules.datePicker(draft.year().startsOn(), "plan-start");
        DatePicker end = FieldRules.datePicker(draft.year().endsOn(), "plan-end");
        FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr("plan.editDates"), I18n.tr("plan.save"));
        form.row(I18n.tr("plan.starts"), start, FieldRules.requiredDate())
                .row(I18n.tr("plan.ends"), end, FieldRules.requiredDate())
                .also(end, (Control c, java.time.LocalDate value) -> ValidationResult.fromErrorIf(c,
                        I18n.tr("form.endBeforeStart"), value != null && start.getValue() != null
                                && !value.isAfter(start.getValue())));
        start.valueProperty().addListener((o, a, b) -> form.validation().revalidate());
        if (form.showAndWait()) {
            save(d -> new PlanRepository.Draft(new PlanYear(d.year().id(), start.getValue(), end.getValue(),
                    d.year().assessedNeeds()), d.outcomes(), d.funding(), d.lines()));
        }
    }

    private void editNeeds() {
        TextArea needs = new TextArea(draft.year().assessedNeeds());
        needs.setId("plan-needs-text");
        needs.setWrapText(true);
        needs.setPrefRowCount(6);
        FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr("plan.needs"), I18n.tr("plan.save"));
        form.row(I18n.tr("plan.needsInYourWords"), needs);
        if (form.showAndWait()) {
            save(d -> new PlanRepository.Draft(new PlanYear(d.year().id(), d.year().startsOn(), d.year().endsOn(),
                    needs.getText()), d.outcomes(), d.funding(), d.lines()));
        }
    }

    private void editOutcome(int index) {
        TextField text = new TextField(index < 0 ? "" : draft.outcomes().get(index));
        text.setId("plan-outcome-text");
        text.setPrefColumnCount(36);
        FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr(index < 0 ? "plan.addOutcome" : "plan.editOutcome"),
                I18n.tr("plan.save"));
        form.row(I18n.tr("plan.outcome"), text, FieldRules.required("form.outcome"));
        if (form.showAndWait()) {
            save(d -> new PlanRepository.Draft(d.year(), replace(d.outcomes(), index, text.getText().strip()),
                    d.funding(), d.lines()));
        }
    }

    private void moveOutcome(int index, int by) {
        int target = index + by;
        if (index < 0 || target < 0 || target >= draft.outcomes().size()) {
            return;
        }
        List<String> moved = new ArrayList<>(draft.outcomes());
        moved.add(target, moved.remove(index));
        save(d -> new PlanRepository.Draft(d.year(), moved, d.funding(), d.lines()));
    }

    private void editComponent(int index) {
        FundingComponent current = index < 0 ? null : draft.funding().get(index);
        ComboBox<Funder> funder = combo(Arrays.asList(Funder.values()), Funder::label, "plan-funder");
        funder.setValue(current == null ? Funder.COUNCIL : current.funder());
        TextField name = new TextField(current == null ? "" : current.funderName());
        name.setId("plan-funder-name");
        name.setPromptText(I18n.tr("plan.funderNamePrompt"));
        ComboBox<ManagementMode> mode = combo(Arrays.asList(ManagementMode.values()), ManagementMode::label, "plan-mode");
        mode.setValue(current == null ? ManagementMode.DIRECT_PAYMENT : current.managementMode());
        TextField amount = new TextField(current == null ? "" : current.amount().plain());
        amount.setId("plan-amount");
        ComboBox<Cycle> cycle = combo(Arrays.asList(Cycle.values()), Cycle::label, "plan-cycle");
        cycle.setValue(current == null ? Cycle.FOUR_WEEKLY : current.cycle());
        DatePicker first = FieldRules.datePicker(current == null ? draft.year().startsOn() : current.firstPaymentOn(), "plan-first-payment");
        FormDialog form = new FormDialog(session.dialogs().owner(),
                I18n.tr(current == null ? "plan.addFunding" : "plan.editFunding"), I18n.tr("plan.save"));
        form.row(I18n.tr("plan.col.funder"), funder, FieldRules.chosen("form.funder"))
                .row(I18n.tr("plan.funderName"), name)
                .row(I18n.tr("plan.col.mode"), mode, FieldRules.chosen("form.mode"))
                .row(I18n.tr("plan.col.amount"), amount, FieldRules.amount(false))
                .row(I18n.tr("plan.col.cycle"), cycle, FieldRules.chosen("form.cycle"))
                .row(I18n.tr("plan.col.first"), first, FieldRules.requiredDate());
        if (form.showAndWait()) {
            FundingComponent edited = new FundingComponent(0, 0, funder.getValue(), name.getText(), mode.getValue(),
                    FieldRules.money(amount.getText()), cycle.getValue(), first.getValue());
            save(d -> new PlanRepository.Draft(d.year(), d.outcomes(), replace(d.funding(), index, edited), d.lines()));
        }
    }

    private void editLine(int index) {
        PlanRepository.DraftLine current = index < 0 ? null : draft.lines().get(index);
        TextField description = new TextField(current == null ? "" : current.line().description());
        description.setId("plan-line-description");
        description.setPrefColumnCount(30);
        ComboBox<Category> category = combo(Arrays.stream(Category.values()).filter(Category::isSpending).toList(),
                Category::label, "plan-line-category");
        category.setValue(current == null ? null : current.line().category());
        TextField budget = new TextField(current == null ? "" : current.line().annualBudget().plain());
        budget.setId("plan-line-budget");
        List<Integer> choices = new ArrayList<>();
        choices.add(null);
        for (int i = 0; i < draft.funding().size(); i++) {
            choices.add(i);
        }
        ComboBox<Integer> paidBy = combo(choices, i -> i == null ? I18n.tr("plan.paidByNone")
                : draft.funding().get(i).funderName() + " \u2014 " + draft.funding().get(i).amount().display() + " "
                + draft.funding().get(i).cycle().label().toLowerCase(java.util.Locale.UK), "plan-line-paid-by");
        paidBy.setValue(current == null ? (draft.funding().isEmpty() ? null : 0) : current.fundingIndex());
        FormDialog form = new FormDialog(session.dialogs().owner(), I18n.tr(current == null ? "plan.addLine" : "plan.editLine"),
                I18n.tr("plan.save"));
        form.row(I18n.tr("plan.col.support"), description, FieldRules.required("form.support"))
                .row(I18n.tr("plan.col.category"), category, FieldRules.chosen("form.category"))
                .row(I18n.tr("plan.col.budget"), budget, FieldRules.amount(false))
                .row(I18n.tr("plan.col.paidBy"), paidBy);
        if (form.showAndWait()) {
            PlanRepository.DraftLine edited = new PlanRepository.DraftLine(new PlanLine(0, 0, category.getValue(),
                    description.getText(), FieldRules.money(budget.getText()), null), paidBy.getValue());
            save(d -> new PlanRepository.Draft(d.year(), d.outcomes(), d.funding(), replace(d.lines(), index, edited)));
        }
    }

    private void startNextYear() {
        session.tasks().run(I18n.tr("task.plan"), () -> {
            PlanService service = new PlanService(session.book());
            return service.save(null, service.nextYearFromLatest(session.today()));
        }, saved -> load(saved.year().id()));
    }

    /** The plan without one funding component: lines it paid for now say "not said", later ones shift. */
    private static PlanRepository.Draft withoutComponent(PlanRepository.Draft d, int index) {
        List<PlanRepository.DraftLine> lines = d.lines().stream().map(l -> new PlanRepository.DraftLine(l.line(),
                l.fundingIndex() == null || l.fundingIndex() == index ? null
                        : l.fundingIndex() > index ? l.fundingIndex() - 1 : l.fundingIndex())).toList();
        return new PlanRepository.Draft(d.year(), d.outcomes(), without(d.funding(), index), lines);
    }

    private static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        if (index < 0) {
            copy.add(value);
        } else {
            copy.set(index, value);
        }
        return copy;
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        if (index >= 0 && index < copy.size()) {
            copy.remove(index);
        }
        return copy;
    }

    // ---- small builders -------------------------------------------------------------------

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(I18n.tr(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Node heading(String key, Node action) {
        Label label = uk.supportbudget.ui.common.Glossary.explainIfKnown(new Label(I18n.tr(key)));
        label.getStyleClass().add("title-3");
        HBox row = new HBox(12, label, action);
        row.getStyleClass().add("section-heading-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("money");
        return label;
    }

    private static Label money(Money amount) {
        Label label = new Label(amount.display());
        label.setAlignment(Pos.CENTER_RIGHT);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static <T> ComboBox<T> combo(List<T> items, Function<T, String> label, String id) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(Converters.showing(v -> v == null ? label == null ? "" : safe(label, v) : label.apply(v)));
        box.setId(id);
        return box;
    }

    private static <T> String safe(Function<T, String> label, T value) {
        try {
            return label.apply(value);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** Small tables show all their rows without their own scroll bar. */
    private static void fit(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ThemeManager.scaled(32));
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(Math.max(1, table.getItems().size()) + 1.3));
        table.setMinHeight(Region.USE_PREF_SIZE);
    }
}
