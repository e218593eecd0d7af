package uk.supportbudget.ui.ledger;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.LedgerService;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/**
 * The Money page: every transaction, newest first, with a filter by account and text and a
 * running balance. Columns sort by their real values (dates as dates, money as pence).
 */
public final class LedgerView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy");

    /** A transaction with its account's name and the balance after it. */
    public record Row(Transaction transaction, String account, Money balanceAfter) {
    }

    private final TableView<Row> table = new TableView<>();
    private final ComboBox<String> accountFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final Label totals = new Label();
    private final HBox toolbar = new HBox(10);
    private final BookSession session;
    private FilteredList<Row> filtered = new FilteredList<>(FXCollections.observableArrayList());

    public LedgerView(BookSession session) {
        this.session = session;
        setId("page-money");
        getStyleClass().add("page");
        setSpacing(12);
        setPadding(new Insets(24));
        Label title = new Label(I18n.tr("money.title"));
        title.getStyleClass().add("title-2");

        accountFilter.setId("money-account");
        accountFilter.setAccessibleText(I18n.tr("money.account"));
        textFilter.setId("money-search");
        textFilter.setPromptText(I18n.tr("money.search"));
        textFilter.setAccessibleText(I18n.tr("money.search"));
        HBox.setHgrow(textFilter, Priority.ALWAYS);
        Label accountLabel = new Label(I18n.tr("money.account"));
        accountLabel.setLabelFor(accountFilter);
        HBox filters = new HBox(10, accountLabel, accountFilter, textFilter);
        filters.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        totals.setId("money-totals");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, toolbar, filters, table, totals);
        reload();
    }

    /** Reads the transactions again, after an import or another change made from outside the page. */
    public void reload() {
        session.tasks().run(I18n.tr("task.ledger"),
                () -> new LedgerService(session.book()).statement(null, null, null), this::show);
    }

    /** Lets other features put their actions (import, reconcile, receipts) above the table. */
    public void addToolbarActions(javafx.scene.Node... actions) {
        toolbar.getChildren().addAll(actions);
    }

    /** Lets other features add a column (such as receipts) at the end of the table. */
    public void addColumn(TableColumn<Row, ?> column) {
        table.getColumns().add(column);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Row> selectedRowProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    private void buildTable() {
        table.setId("money-table");
        table.setPlaceholder(new Label(I18n.tr("money.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Row, java.time.LocalDate> date = new TableColumn<>(I18n.tr("money.col.date"));
        date.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().transaction().date()));
        date.setCellFactory(column -> textCell(d -> d.format(DAY), false));
        date.setComparator(Comparator.naturalOrder());
        TableColumn<Row, String> account = text(I18n.tr("money.col.account"), Row::account);
        TableColumn<Row, String> payee = text(I18n.tr("money.col.payee"), r -> r.transaction().payee());
        TableColumn<Row, String> description = text(I18n.tr("money.col.description"), r -> r.transaction().description());
        TableColumn<Row, String> category = text(I18n.tr("money.col.category"), r -> r.transaction().category() == null
                ? I18n.tr("money.needsCategory") : r.transaction().category().label());
        TableColumn<Row, String> funder = text(I18n.tr("money.col.funder"),
                r -> r.transaction().funder() == null ? "" : r.transaction().funder().label());
        TableColumn<Row, Money> amount = money(I18n.tr("money.col.amount"), r -> r.transaction().amount());
        TableColumn<Row, Money> balance = money(I18n.tr("money.col.balance"), Row::balanceAfter);
        table.getColumns().addAll(List.of(date, account, payee, description, category, funder, amount, balance));
        date.setPrefWidth(115);
        account.setPrefWidth(170);
        payee.setPrefWidth(190);
        description.setPrefWidth(190);
        category.setPrefWidth(190);
        funder.setPrefWidth(150);
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(date);
    }

    private void show(LedgerService.Statement statement) {
        List<Row> rows = new ArrayList<>(statement.transactions().size());
        java.util.Map<Long, Money> running = new java.util.HashMap<>();
        statement.accounts().values().forEach(a -> running.put(a.id(), a.openingBalance()));
        for (Transaction t : statement.transactions()) {
            Money after = running.merge(t.accountId(), t.amount(), Money::plus);
            rows.add(new Row(t, statement.accounts().get(t.accountId()).name(), after));
        }
        filtered = new FilteredList<>(FXCollections.observableArrayList(rows));
        SortedList<Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.sort();

        String all = I18n.tr("money.allAccounts");
        accountFilter.getItems().setAll(all);
        statement.accounts().values().stream().map(Account::name).sorted().forEach(accountFilter.getItems()::add);
        accountFilter.setValue(all);
        accountFilter.valueProperty().addListener((o, a, b) -> applyFilter());
        textFilter.textProperty().addListener((o, a, b) -> applyFilter());
        applyFilter();
    }

    private void applyFilter() {
        String account = accountFilter.getValue();
        boolean allAccounts = account == null || accountFilter.getSelectionModel().getSelectedIndex() <= 0;
        String text = textFilter.getText() == null ? "" : textFilter.getText().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(row -> (allAccounts || row.account().equals(account))
                && (text.isEmpty() || row.transaction().payee().toLowerCase(Locale.ROOT).contains(text)
                || row.transaction().description().toLowerCase(Locale.ROOT).contains(text)));
        Money in = Money.ZERO;
        Money out = Money.ZERO;
        for (Row row : filtered) {
            if (row.transaction().amount().isNegative()) {
                out = out.plus(row.transaction().amount().negate());
            } else {
                in = in.plus(row.transaction().amount());
            }
        }
        totals.setText(I18n.tr("money.totals", filtered.size(), in.display(), out.display()));
    }

    private static TableColumn<Row, String> text(String title, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        return column;
    }

    private static TableColumn<Row, Money> money(String title, java.util.function.Function<Row, Money> value) {
        TableColumn<Row, Money> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> textCell(Money::display, true));
        column.setComparator(Comparator.naturalOrder());
        column.setMinWidth(105);
        column.setPrefWidth(115);
        return column;
    }

    private static <T> TableCell<Row, T> textCell(java.util.function.Function<T, String> format, boolean money) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("negative");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(format.apply(item));
                if (money) {
                    setAlignment(Pos.CENTER_RIGHT);
                    if (item instanceof Money amount && amount.isNegative()) {
                        getStyleClass().add("negative");
                    }
                }
            }
        };
    }
}
