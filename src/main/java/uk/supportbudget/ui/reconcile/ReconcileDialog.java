package uk.supportbudget.ui.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;

import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.ReconciliationSheet;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.ReconciliationService;
import uk.supportbudget.store.ReconciliationRepository.StatementEnd;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ScreenParts;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * Reconcile an account with a bank statement: type the statement's date and closing balance, tick
 * the transactions that are on it, and when the difference is nil, finish — which locks the
 * account up to that date. Ticks are saved as they are made, so the work can be left and resumed.
 */
public final class ReconcileDialog {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy");

    private final BookSession session;
    private final Runnable onChanged;
    private final ReconciliationService service;
    private final ReconcileViewModel model = new ReconcileViewModel();
    private final Stage stage;
    private final ComboBox<Account> account = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TextField balance = new TextField();
    private final ValidationSupport validation = new ValidationSupport();
    private final Label ledger = figure("reconcile-ledger");
    private final Label cleared = figure("reconcile-cleared");
    private final Label statement = figure("reconcile-statement");
    private final Label difference = figure("reconcile-difference");
    private final Label uncleared = new Label();
    private final Label status = new Label();
    private final Label notes = new Label();
    private final TableView<Transaction> table = new TableView<>();
    private final Button finish = new Button(I18n.tr("reconcile.finish"));
    private Long preferredAccount;
    /** Without a closing balance the book's side is shown, but there is no difference to judge. */
    private boolean balanceTyped;

    /**
     * @param accountId the account to start with, or null for the first
     * @param statementDate the statement's date, or null to use the last imported statement's (or today)
     * @param statementBalance its closing balance, or null to use the last imported statement's
     * @param onChanged run after something was saved (ticks, or finishing), so pages can refresh
     */
    public ReconcileDialog(BookSession session, Long accountId, LocalDate statementDate, Money statementBalance,
                           Runnable onChanged) {
        this.session = session;
        this.onChanged = onChanged;
        this.service = new ReconciliationService(session.book());
        this.preferredAccount = accountId;
        BorderPane root = new BorderPane();
        root.setId("reconcile-dialog");
        root.setPadding(new Insets(16));
        root.setTop(form());
        root.setCenter(items());
        root.setBottom(buttons());
        stage = ScreenParts.modalStage(session.dialogs(), I18n.tr("reconcile.title"), root, 1100, 740);
        if (statementDate != null) {
            date.setValue(statementDate);
        }
        if (statementBalance != null) {
            balance.setText(statementBalance.plain());
        }
        model.sheetProperty().addListener((o, a, now) -> showSheet(now));
        session.tasks().run(I18n.tr("task.accounts"), service::accounts, this::accountsRead);
    }

    public void show() {
        stage.show();
    }

    private VBox form() {
        Label title = new Label(I18n.tr("reconcile.heading"));
        title.getStyleClass().add("title-3");
        Label help = new Label(I18n.tr("reconcile.help"));
        help.setWrapText(true);
        account.setId("reconcile-account");
        account.setAccessibleText(I18n.tr("reconcile.account"));
        account.setConverter(new StringConverter<>() {
            @Override
            public String toString(Account value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Account fromString(String text) {
                return null;
            }
        });
        account.valueProperty().addListener((o, a, now) -> accountChosen(now));
        date.setId("reconcile-date");
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"), null));
        date.setPromptText("31/01/2025");
        date.setAccessibleText(I18n.tr("reconcile.date"));
        date.valueProperty().addListener((o, a, now) -> recalculate());
        balance.setId("reconcile-balance");
        balance.setAccessibleText(I18n.tr("reconcile.balance"));
        balance.setPromptText("1,250.00");
        balance.setOnAction(event -> recalculate());
        balance.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                recalculate();
            }
        });
        validation.registerValidator(balance, false, Validator.<String>createPredicateValidator(
                text -> text == null || text.isBlank() || isAmount(text), I18n.tr("reconcile.badBalance")));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("reconcile.account", account), account, label("reconcile.date", date), date,
                label("reconcile.balance", balance), balance);

        GridPane figures = new GridPane();
        figures.setHgap(24);
        figures.setVgap(4);
        figures.getStyleClass().add("reconcile-figures");
        figures.addRow(0, new Label(I18n.tr("reconcile.ledgerBalance")), new Label(I18n.tr("reconcile.clearedBalance")),
                new Label(I18n.tr("reconcile.statementBalance")), new Label(I18n.tr("reconcile.difference")));
        figures.addRow(1, ledger, cleared, statement, difference);
        uncleared.setId("reconcile-uncleared");
        status.setId("reconcile-status");
        status.setWrapText(true);
        notes.setId("reconcile-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("reconcile-notes");
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        VBox top = new VBox(10, title, help, grid, figures, status, uncleared, notes);
        top.setPadding(new Insets(0, 0, 12, 0));
        return top;
    }

    private static boolean isAmount(String text) {
        try {
            Money.parseLenient(text);
            return true;
        } catch (Refusal e) {
            return false;
        }
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label label = new Label(I18n.tr(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label figure(String id) {
        Label label = new Label("—");
        label.setId(id);
        label.getStyleClass().addAll("money", "reconcile-figure");
        return label;
    }

    private VBox items() {
        Label heading = new Label(I18n.tr("reconcile.itemsHeading"));
        heading.getStyleClass().add("title-4");
        Button tickAll = new Button(I18n.tr("reconcile.tickAll"));
        tickAll.setId("reconcile-tick-all");
        tickAll.setOnAction(event -> tickAll(true));
        Button untickAll = new Button(I18n.tr("reconcile.untickAll"));
        untickAll.setId("reconcile-untick-all");
        untickAll.setOnAction(event -> tickAll(false));
        tickAll.disableProperty().bind(model.sheetProperty().isNull());
        untickAll.disableProperty().bind(model.sheetProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, spacer, tickAll, untickAll);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("reconcile-table");
        table.setPlaceholder(new Label(I18n.tr("reconcile.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Transaction, Transaction> tick = new TableColumn<>(I18n.tr("reconcile.col.onStatement"));
        tick.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        tick.setCellFactory(column -> new TickCell());
        tick.setPrefWidth(ThemeManager.scaled(120));
        tick.setSortable(false);
        TableColumn<Transaction, String> day = new TableColumn<>(I18n.tr("money.col.date"));
        day.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().date().format(DAY)));
        day.setPrefWidth(ThemeManager.scaled(120));
        TableColumn<Transaction, String> text = new TableColumn<>(I18n.tr("reconcile.col.text"));
        text.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(describe(cell.getValue())));
        text.setPrefWidth(ThemeManager.scaled(520));
        TableColumn<Transaction, Money> amount = ScreenParts.moneyColumn(I18n.tr("money.col.amount"), Transaction::amount);
        amount.setPrefWidth(ThemeManager.scaled(130));
        table.getColumns().addAll(List.of(tick, day, text, amount));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, bar, table);
    }

    private static String describe(Transaction transaction) {
        if (transaction.description().isEmpty() || transaction.description().equals(transaction.payee())) {
            return transaction.payee();
        }
        return transaction.payee().isEmpty() ? transaction.description()
                : transaction.payee() + " — " + transaction.description();
    }

    /** A tick box saying whether the row is on the statement; its accessible text names the row. */
    private final class TickCell extends TableCell<Transaction, Transaction> {
        private final CheckBox box = new CheckBox();

        TickCell() {
            box.setOnAction(event -> {
                Transaction row = getItem();
                if (row != null) {
                    tick(row, box.isSelected());
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Transaction item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || model.sheetProperty().get() == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(model.sheetProperty().get().isCleared(item));
            box.setAccessibleText(I18n.tr("reconcile.tickAccessible", item.date().format(DAY), describe(item),
                    item.amount().display()));
            setGraphic(box);
        }
    }

    private HBox buttons() {
        Button close = new Button(I18n.tr("import.close"));
        close.setId("reconcile-close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        finish.setId("reconcile-finish");
        finish.setDefaultButton(true);
        finish.setDisable(true);
        finish.setOnAction(event -> finish());
        HBox bar = new HBox(10, close, finish);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    // ---- work --------------------------------------------------------------------------------

    private void accountsRead(List<Account> accounts) {
        account.getItems().setAll(accounts);
        Optional<Account> first = accounts.stream()
                .filter(a -> preferredAccount != null && a.id() == preferredAccount).findFirst()
                .or(() -> accounts.stream().findFirst());
        first.ifPresentOrElse(account::setValue, () -> status.setText(I18n.tr("reconcile.noAccounts")));
    }

    /** A new account: its lock and last statement, which fill in the date and balance if empty. */
    private void accountChosen(Account chosen) {
        if (chosen == null) {
            return;
        }
        long id = chosen.id();
        record Facts(Optional<LocalDate> lockedUntil, Optional<StatementEnd> lastStatement) {
        }
        session.tasks().run(I18n.tr("task.reconciling"),
                () -> new Facts(service.lockedUntil(id), service.lastStatement(id)), facts -> {
                    notes.setText(ReconcileViewModel.notes(facts.lockedUntil(), facts.lastStatement()));
                    facts.lastStatement().filter(end -> end.closingBalance() != null && end.closingDate() != null)
                            .ifPresent(end -> {
                                if (date.getValue() == null) {
                                    date.setValue(end.closingDate());
                                }
                                if (balance.getText().isBlank()) {
                                    balance.setText(end.closingBalance().plain());
                                }
                            });
                    if (date.getValue() == null) {
                        date.setValue(session.today());
                    }
                    recalculate();
                });
    }

    private void recalculate() {
        Account chosen = account.getValue();
        LocalDate on = date.getValue();
        if (chosen == null || on == null) {
            return;
        }
        boolean typed = balance.getText() != null && !balance.getText().isBlank();
        Money closing;
        try {
            closing = typed ? ReconcileViewModel.balance(balance.getText()) : Money.ZERO;
        } catch (Refusal e) {
            model.sheetProperty().set(null);
            status.setText(e.getMessage());
            return;
        }
        long id = chosen.id();
        session.tasks().run(I18n.tr("task.reconciling"), () -> service.sheet(id, on, closing), sheet -> {
            balanceTyped = typed;
            model.sheetProperty().set(sheet);
        });
    }

    private void showSheet(ReconciliationSheet sheet) {
        if (sheet == null) {
            table.getItems().clear();
            for (Label label : List.of(ledger, cleared, statement, difference)) {
                label.setText("—");
            }
            uncleared.setText("");
            finish.setDisable(true);
            return;
        }
        ledger.setText(sheet.ledgerBalance().display());
        cleared.setText(sheet.clearedBalance().display());
        statement.setText(balanceTyped ? sheet.statementBalance().display() : "—");
        difference.setText(balanceTyped ? sheet.difference().display() : "—");
        difference.getStyleClass().removeAll("reconcile-agrees", "reconcile-differs");
        if (balanceTyped) {
            difference.getStyleClass().add(sheet.difference().isZero() ? "reconcile-agrees" : "reconcile-differs");
        }
        uncleared.setText(ReconcileViewModel.uncleared(sheet));
        status.setText(balanceTyped ? ReconcileViewModel.status(sheet) : I18n.tr("reconcile.needBalance"));
        List<Transaction> rows = ReconcileViewModel.tickable(sheet);
        if (!rows.equals(table.getItems())) {
            table.getItems().setAll(rows);
        } else {
            table.refresh();
        }
        finish.setDisable(!balanceTyped || !sheet.canFinish());
    }

    private void tick(Transaction row, boolean on) {
        model.tick(row, on);
        session.tasks().run(I18n.tr("task.reconciling"), () -> {
            service.setCleared(List.of(row.id()), on);
            return null;
        }, ignored -> { });
    }

    private void tickAll(boolean on) {
        List<Long> ids = ReconcileViewModel.tickable(model.sheetProperty().get()).stream().map(Transaction::id).toList();
        model.tickAll(on);
        session.tasks().run(I18n.tr("task.reconciling"), () -> {
            service.setCleared(ids, on);
            return null;
        }, ignored -> { });
    }

    private void finish() {
        ReconciliationSheet sheet = model.sheetProperty().get();
        String when = sheet.statementDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"));
        if (!session.dialogs().confirm(I18n.tr("reconcile.confirmTitle"), I18n.tr("reconcile.confirmText", when),
                I18n.tr("reconcile.finish"))) {
            return;
        }
        finish.setDisable(true);
        session.tasks().run(I18n.tr("task.reconciling"),
                () -> service.finish(sheet.accountId(), sheet.statementDate(), sheet.statementBalance()), done -> {
                    stage.close();
                    onChanged.run();
                    session.dialogs().showInfo(I18n.tr("reconcile.doneTitle"),
                            I18n.tr("reconcile.doneText", when, done.unclearedCount()));
                }, error -> {
                    session.dialogs().showError(I18n.tr("reconcile.title"),
                            uk.supportbudget.ui.common.BackgroundTasks.describe(error));
                    recalculate();
                });
    }
}
