package uk.supportbudget.ui.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.ledger.LockedPeriodEdit;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.LedgerFilter;
import uk.supportbudget.service.LedgerService;
import uk.supportbudget.service.LedgerSort;
import uk.supportbudget.store.TransactionRepository;
import uk.supportbudget.ui.common.FieldRules;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * The Money page: every transaction with filters (account, period, category, funder, in/out,
 * text), sorting on real values, running balances, totals of what is shown, inline editing,
 * splits, transfers and delete with undo. The newest rows appear at once while the whole book
 * loads in the background; sorting and filtering run on compact rows (see {@link LedgerViewModel}).
 */
public final class LedgerView extends VBox {

    private static final int FIRST_ROWS = 200;
    private static final Duration UNDO_TIME = Duration.seconds(10);

    private final BookSession session;
    private final LedgerViewModel model = new LedgerViewModel();
    private final TableView<LedgerRow> table = new TableView<>();
    private final FlowPane toolbar = new FlowPane(8, 8);
    private final ComboBox<Account> accountFilter = new ComboBox<>();
    private final DatePicker fromFilter = FieldRules.datePicker(null, "money-from");
    private final DatePicker toFilter = FieldRules.datePicker(null, "money-to");
    private final ComboBox<Object> categoryFilter = new ComboBox<>();
    private final ComboBox<Funder> funderFilter = LedgerForms.funderBox("money-funder");
    private final ComboBox<LedgerFilter.Flow> flowFilter = LedgerForms.combo(List.of(LedgerFilter.Flow.values()),
            LedgerView::flowLabel, "money-flow");
    private final TextField textFilter = new TextField();
    private final Label totals = new Label();
    private final Label loading = new Label();
    private final Label undoMessage = new Label();
    private final HBox undoBar = new HBox(12);
    private final PauseTransition undoTimer = new PauseTransition(UNDO_TIME);
    private final Button splitButton = new Button(I18n.tr("money.splitButton"));
    private final Button deleteButton = new Button(I18n.tr("money.delete"));
    private final Map<TableColumn<LedgerRow, LedgerRow>, LedgerSort> sortOf = new java.util.HashMap<>();
    private TransactionRepository.Removed lastDeleted;
    private boolean settingFilter;
    private boolean fullyLoaded;

    public LedgerView(BookSession session) {
        this.session = session;
        setId("page-money");
        getStyleClass().add("page");
        setSpacing(10);
        setPadding(new Insets(24));
        Label title = new Label(I18n.tr("money.title"));
        title.getStyleClass().add("title-2");

        buildToolbar();
        Node filters = buildFilters();
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        totals.setId("money-totals");
        loading.setId("money-loading");
        loading.getStyleClass().add("text-muted");
        buildUndoBar();
        javafx.scene.layout.FlowPane bottom = uk.supportbudget.ui.common.Reflow.row(16, totals, loading);
        getChildren().addAll(title, toolbar, filters, table, bottom, undoBar);

        model.totalsProperty().addListener((o, a, t) -> totals.setText(I18n.tr("money.totals", t.count(),
                t.in().display(), t.out().display())));
        setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event) && lastDeleted != null) {
                undo();
                event.consume();
            }
        });
        session.navigator().takeMoneyFilter().ifPresent(model.filterProperty()::set);
        loading.setText(I18n.tr("money.loadingFirst"));
        session.tasks().run(I18n.tr("task.ledger"), () -> new LedgerService(session.book()).newestRows(FIRST_ROWS), first -> {
            if (!fullyLoaded) {
                show(first, -1);
                loading.setText(I18n.tr("money.loadingRest"));
            }
        });
        reload(-1);
    }

    /** Adds buttons from other features (import, reconcile, receipts) to the page's toolbar. */
    public void addToolbarActions(Node... actions) {
        for (Node action : actions) {
            if (action instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        toolbar.getChildren().addAll(actions);
    }

    /** An extra column (such as the receipts column) from a feature that builds on the Money page. */
    public void addColumn(TableColumn<LedgerRow, ?> column) {
        table.getColumns().add(column);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<LedgerRow> selectedRowProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    /** Reads the book again after a change made from outside the page, such as an import. */
    public void reload() {
        LedgerRow selected = table.getSelectionModel().getSelectedItem();
        reload(selected == null ? -1 : selected.id());
    }

    public LedgerViewModel model() {
        return model;
    }

    private void buildToolbar() {
        toolbar.setId("money-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Button add = button("money-add", "money.add", () -> LedgerForms.addTransaction(session, model.accounts(),
                added -> reload(added.id())));
        add.getStyleClass().add("accent");
        Button transfer = button("money-transfer", "money.transferButton", () -> LedgerForms.transfer(session,
                model.accounts(), legs -> reload(legs.get(0).id())));
        splitButton.setMinWidth(Region.USE_PREF_SIZE);
        deleteButton.setMinWidth(Region.USE_PREF_SIZE);
        splitButton.setId("money-split");
        splitButton.setOnAction(e -> splitSelected());
        deleteButton.setId("money-delete");
        deleteButton.setOnAction(e -> deleteSelected());
        Button accounts = button("money-accounts", "money.accounts", () -> LedgerForms.accounts(session, () -> reload(-1)));
        Button rules = button("money-rules", "money.rules", () -> LedgerForms.rules(session));
        toolbar.getChildren().addAll(add, transfer, splitButton, deleteButton, accounts, rules);
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(I18n.tr(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE); // a toolbar wraps; it never cuts a label short
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node buildFilters() {
        accountFilter.setId("money-account");
        accountFilter.setConverter(LedgerForms.<Account>combo(List.of(), a -> a == null ? I18n.tr("money.allAccounts")
                : a.name(), "x").getConverter());
        fromFilter.setPromptText(I18n.tr("money.from"));
        toFilter.setPromptText(I18n.tr("money.to"));
        fromFilter.setPrefWidth(ThemeManager.scaled(140));
        toFilter.setPrefWidth(ThemeManager.scaled(140));
        categoryFilter.setId("money-category");
        List<Object> categories = new ArrayList<>();
        categories.add(I18n.tr("money.allCategories"));
        categories.add(I18n.tr("money.needsCategory"));
        categories.addAll(Arrays.asList(Category.values()));
        categoryFilter.getItems().setAll(categories);
        categoryFilter.getSelectionModel().select(0);
        funderFilter.setConverter(LedgerForms.<Funder>combo(List.of(), f -> f == null ? I18n.tr("money.allFunders")
                : f.label(), "x").getConverter());
        funderFilter.setMaxWidth(Region.USE_PREF_SIZE);
        categoryFilter.setMaxWidth(Region.USE_PREF_SIZE);
        flowFilter.setMaxWidth(Region.USE_PREF_SIZE);
        flowFilter.setValue(LedgerFilter.Flow.ALL);
        textFilter.setId("money-search");
        textFilter.setPromptText(I18n.tr("money.search"));
        textFilter.setPrefColumnCount(16);
        Button clear = button("money-clear", "money.clear", () -> model.filterProperty().set(LedgerFilter.everything()));
        accountFilter.setAccessibleText(I18n.tr("money.account"));
        fromFilter.setAccessibleText(I18n.tr("money.from"));
        toFilter.setAccessibleText(I18n.tr("money.to"));
        categoryFilter.setAccessibleText(I18n.tr("money.col.category"));
        funderFilter.setAccessibleText(I18n.tr("money.col.funder"));
        flowFilter.setAccessibleText(I18n.tr("money.flow"));
        textFilter.setAccessibleText(I18n.tr("money.search"));

        accountFilter.valueProperty().addListener((o, a, b) -> filterFromControls());
        fromFilter.valueProperty().addListener((o, a, b) -> filterFromControls());
        toFilter.valueProperty().addListener((o, a, b) -> filterFromControls());
        categoryFilter.valueProperty().addListener((o, a, b) -> filterFromControls());
        funderFilter.valueProperty().addListener((o, a, b) -> filterFromControls());
        flowFilter.valueProperty().addListener((o, a, b) -> filterFromControls());
        textFilter.textProperty().addListener((o, a, b) -> filterFromControls());
        model.filterProperty().addListener((o, a, filter) -> showFilter(filter));

        FlowPane filters = new FlowPane(8, 8, accountFilter, fromFilter, toFilter, categoryFilter, funderFilter,
                flowFilter, textFilter, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setId("money-filters");
        return filters;
    }

    private void filterFromControls() {
        if (settingFilter) {
            return;
        }
        Object category = categoryFilter.getValue();
        LedgerFilter filter = new LedgerFilter(accountFilter.getValue() == null ? null : accountFilter.getValue().id(),
                fromFilter.getValue(), toFilter.getValue(), category instanceof Category c ? c : null,
                I18n.tr("money.needsCategory").equals(category), funderFilter.getValue(), flowFilter.getValue(),
                textFilter.getText());
        model.filterProperty().set(filter);
    }

    /** Makes the controls show {@code filter} (when it came from the dashboard or "Clear"). */
    private void showFilter(LedgerFilter filter) {
        settingFilter = true;
        try {
            accountFilter.setValue(model.accounts().stream().filter(a -> filter.accountId() != null
                    && a.id() == filter.accountId()).findFirst().orElse(null));
            fromFilter.setValue(filter.from());
            toFilter.setValue(filter.to());
            categoryFilter.setValue(filter.needsCategory() ? I18n.tr("money.needsCategory")
                    : filter.category() != null ? filter.category() : categoryFilter.getItems().get(0));
            funderFilter.setValue(filter.funder());
            flowFilter.setValue(filter.flow());
            if (!textFilter.getText().equals(filter.text())) {
                textFilter.setText(filter.text());
            }
        } finally {
            settingFilter = false;
        }
    }

    private static String flowLabel(LedgerFilter.Flow flow) {
        return switch (flow == null ? LedgerFilter.Flow.ALL : flow) {
            case ALL -> I18n.tr("money.flowAll");
            case MONEY_IN -> I18n.tr("money.flowIn");
            case MONEY_OUT -> I18n.tr("money.flowOut");
        };
    }

    private void buildTable() {
        table.setId("money-table");
        table.setPlaceholder(new Label(I18n.tr("money.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setEditable(true);
        table.setFixedCellSize(ThemeManager.scaled(30));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(model.shown());

        TableColumn<LedgerRow, LedgerRow> date = column("money-col-date", "money.col.date", LedgerSort.DATE, 110,
                row -> LedgerCells.editableText(LedgerCells::date,
                        r -> r.date().format(LedgerCells.TYPED_DAY), FieldRules::dateProblem, r -> true,
                        (r, text) -> edit(r, t -> with(t, FieldRules.date(text).orElseThrow(), t.amount(), t.payee(),
                                t.description(), t.category(), t.funder())), false));
        TableColumn<LedgerRow, LedgerRow> account = column("money-col-account", "money.col.account", LedgerSort.ACCOUNT,
                120, row -> LedgerCells.text(r -> model.accountName(r.accountId()), false));
        TableColumn<LedgerRow, LedgerRow> payee = column("money-col-payee", "money.col.payee", LedgerSort.PAYEE, 180,
                row -> LedgerCells.editableText(LedgerRow::payee, LedgerRow::payee, text -> java.util.Optional.empty(),
                        r -> true, (r, text) -> edit(r, t -> with(t, t.date(), t.amount(), text, t.description(),
                                t.category(), t.funder())), false));
        TableColumn<LedgerRow, LedgerRow> description = column("money-col-description", "money.col.description",
                LedgerSort.DESCRIPTION, 180, row -> LedgerCells.editableText(LedgerRow::description, LedgerRow::description,
                        text -> java.util.Optional.empty(), r -> true, (r, text) -> edit(r, t -> with(t, t.date(),
                                t.amount(), t.payee(), text, t.category(), t.funder())), false));
        List<Category> categoryChoices = Arrays.stream(Category.values()).filter(c -> c != Category.TRANSFER).toList();
        TableColumn<LedgerRow, LedgerRow> category = column("money-col-category", "money.col.category",
                LedgerSort.CATEGORY, 190, row -> LedgerCells.choice(LedgerCells::category, LedgerRow::categoryOrNull,
                        categoryChoices, c -> c == null ? I18n.tr("money.needsCategory") : c.label(),
                        r -> !r.isTransfer() && !r.isSplit(), (r, chosen) -> edit(r, t -> with(t, t.date(), t.amount(),
                                t.payee(), t.description(), chosen, t.funder()))));
        List<Funder> funderChoices = new ArrayList<>();
        funderChoices.add(null);
        funderChoices.addAll(List.of(Funder.values()));
        TableColumn<LedgerRow, LedgerRow> funder = column("money-col-funder", "money.col.funder", LedgerSort.FUNDER, 140,
                row -> LedgerCells.choice(LedgerCells::funder, LedgerRow::funderOrNull, funderChoices,
                        f -> f == null ? I18n.tr("money.noFunder") : f.label(), r -> !r.isTransfer() && !r.isSplit(),
                        (r, chosen) -> edit(r, t -> with(t, t.date(), t.amount(), t.payee(), t.description(),
                                t.category(), chosen))));
        TableColumn<LedgerRow, LedgerRow> amount = column("money-col-amount", "money.col.amount", LedgerSort.AMOUNT, 110,
                row -> LedgerCells.editableText(r -> r.amount().display(), r -> r.amount().plain(),
                        text -> FieldRules.amountProblem(text, true).or(() -> FieldRules.money(text).isZero()
                                ? java.util.Optional.of(I18n.tr("form.amountZero")) : java.util.Optional.empty()),
                        r -> !r.isSplit(), (r, text) -> edit(r, t -> with(t, t.date(), FieldRules.money(text), t.payee(),
                                t.description(), t.category(), t.funder())), true));
        TableColumn<LedgerRow, LedgerRow> balance = column("money-col-balance", "money.col.balance", LedgerSort.BALANCE,
                110, row -> LedgerCells.text(r -> r.balance().display(), true));
        date.setMinWidth(ThemeManager.scaled(106));
        amount.setMinWidth(ThemeManager.scaled(98));
        balance.setMinWidth(ThemeManager.scaled(98));
        table.getColumns().addAll(List.of(date, account, payee, description, category, funder, amount, balance));
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(date);
        // sorting is done by the model on real values; the table only says which column and which way
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<LedgerRow, ?> first = t.getSortOrder().get(0);
                LedgerSort column = sortOf.get(first);
                boolean up = first.getSortType() == TableColumn.SortType.ASCENDING;
                if (column != model.sortColumn() || up != model.ascending()) {
                    model.sortBy(column, up);
                }
            } else if (model.sortColumn() != LedgerSort.DATE || model.ascending()) {
                model.sortBy(LedgerSort.DATE, false);
            }
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateButtons());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                deleteSelected();
                event.consume();
            }
        });
        updateButtons();
    }

    private TableColumn<LedgerRow, LedgerRow> column(String id, String key, LedgerSort sort, double width,
                                                      javafx.util.Callback<TableColumn<LedgerRow, LedgerRow>,
                                                              TableCell<LedgerRow, LedgerRow>> cells) {
        TableColumn<LedgerRow, LedgerRow> column = new TableColumn<>(I18n.tr(key));
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(cells);
        column.setPrefWidth(ThemeManager.scaled(width));
        sortOf.put(column, sort);
        return column;
    }

    private void updateButtons() {
        LedgerRow row = table.getSelectionModel().getSelectedItem();
        splitButton.setDisable(row == null || row.isTransfer());
        deleteButton.setDisable(row == null);
    }

    private static Transaction with(Transaction t, LocalDate date, Money amount, String payee, String description,
                                    Category category, Funder funder) {
        return new Transaction(t.id(), t.accountId(), date, amount, payee, description, category, funder,
                t.paymentMethod(), t.notes(), t.reconciled(), t.transferGroup());
    }

    /** Saves one inline change through the service, then shows the book as it now is. */
    private void edit(LedgerRow row, Function<Transaction, Transaction> change) {
        edit(row, change, false);
    }

    /** A change inside a period reconciled with the bank is asked about first, then flagged. */
    private void edit(LedgerRow row, Function<Transaction, Transaction> change, boolean confirmedLocked) {
        session.tasks().run(I18n.tr("task.saving"), () -> {
            LedgerService service = new LedgerService(session.book());
            service.update(change.apply(service.byId(row.id())), confirmedLocked);
            return service.rows();
        }, rows -> show(rows, row.id()), error -> {
            if (error instanceof LockedPeriodEdit locked && confirmLocked(locked)) {
                edit(row, change, true);
                return;
            }
            if (!(error instanceof LockedPeriodEdit)) {
                session.dialogs().showError(I18n.tr("money.editFailed"),
                        uk.supportbudget.ui.common.BackgroundTasks.describe(error));
            }
            reload(row.id());
        });
    }

    private boolean confirmLocked(LockedPeriodEdit locked) {
        return session.dialogs().confirm(I18n.tr("money.lockedTitle"), locked.getMessage(), I18n.tr("money.lockedDoIt"));
    }

    private void splitSelected() {
        LedgerRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        session.tasks().run(I18n.tr("task.ledger"), () -> {
            LedgerService service = new LedgerService(session.book());
            return Map.entry(service.byId(row.id()), service.splitsOf(row.id()));
        }, loaded -> LedgerForms.split(session, loaded.getKey(), loaded.getValue(), parts -> reload(row.id())));
    }

    private void deleteSelected() {
        List<Long> ids = table.getSelectionModel().getSelectedItems().stream().map(LedgerRow::id).toList();
        if (!ids.isEmpty()) {
            delete(ids, false);
        }
    }

    private void delete(List<Long> ids, boolean confirmedLocked) {
        session.tasks().run(I18n.tr("task.saving"), () -> {
            LedgerService service = new LedgerService(session.book());
            TransactionRepository.Removed removed = service.delete(ids, confirmedLocked);
            return Map.entry(removed, service.rows());
        }, done -> {
            lastDeleted = done.getKey();
            show(done.getValue(), -1);
            undoMessage.setText(I18n.tr("money.deleted", lastDeleted.ids().size()));
            undoBar.setVisible(true);
            undoBar.setManaged(true);
            undoTimer.playFromStart();
        }, error -> {
            if (error instanceof LockedPeriodEdit locked) {
                if (confirmLocked(locked)) {
                    delete(ids, true);
                }
                return;
            }
            session.dialogs().showError(I18n.tr("error.title"), uk.supportbudget.ui.common.BackgroundTasks.describe(error));
        });
    }

    private void buildUndoBar() {
        undoBar.setId("money-undo-bar");
        undoBar.getStyleClass().add("snackbar");
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.setPadding(new Insets(8, 12, 8, 12));
        Button undo = button("money-undo", "money.undo", this::undo);
        undoMessage.setId("money-undo-message");
        undoBar.getChildren().addAll(undoMessage, undo);
        undoBar.setVisible(false);
        undoBar.setManaged(false);
        undoTimer.setOnFinished(e -> hideUndo());
    }

    private void hideUndo() {
        undoBar.setVisible(false);
        undoBar.setManaged(false);
        lastDeleted = null;
    }

    private void undo() {
        TransactionRepository.Removed removed = lastDeleted;
        if (removed == null) {
            return;
        }
        hideUndo();
        undoTimer.stop();
        session.tasks().run(I18n.tr("task.saving"), () -> {
            LedgerService service = new LedgerService(session.book());
            service.restore(removed);
            return service.rows();
        }, rows -> show(rows, removed.ids().get(0)));
    }

    /** Reads the whole book in the background and shows it, selecting {@code selectId} if given. */
    private void reload(long selectId) {
        session.tasks().run(I18n.tr("task.ledger"), () -> new LedgerService(session.book()).rows(), rows -> {
            fullyLoaded = true;
            loading.setText("");
            show(rows, selectId);
        });
    }

    private void show(LedgerService.Rows rows, long selectId) {
        Account chosen = accountFilter.getValue();
        settingFilter = true;
        try {
            List<Account> accounts = new ArrayList<>();
            accounts.add(null);
            accounts.addAll(rows.accounts());
            accountFilter.getItems().setAll(accounts);
        } finally {
            settingFilter = false;
        }
        model.setRows(rows);
        showFilter(model.filterProperty().get());
        if (chosen == null && model.filterProperty().get().accountId() == null) {
            accountFilter.getSelectionModel().select(0);
        }
        if (selectId >= 0) {
            int index = model.indexOf(selectId);
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(Math.max(0, index - 3));
            }
        }
        updateButtons();
    }

    /** For the Undo shortcut from elsewhere (Edit menu): true when there was something to undo. */
    public boolean undoLastDelete() {
        boolean any = lastDeleted != null;
        undo();
        return any;
    }

}
