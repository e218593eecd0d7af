package uk.supportbudget.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.ColumnMappingNeeded;
import uk.supportbudget.io.bank.CsvMapping;
import uk.supportbudget.io.bank.DateOrder;
import uk.supportbudget.service.CsvMappingProfiles;
import uk.supportbudget.service.ImportPreview;
import uk.supportbudget.service.ImportResult;
import uk.supportbudget.service.ImportService;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.TaskProgressBar;
import uk.supportbudget.ui.common.ScreenParts;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.reconcile.ReconcileDialog;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * Import a statement: choose the file and the account, see exactly what will happen to every
 * row, then import it all in one go (or cancel, and nothing changes). Reading, previewing and
 * importing run in the background; an unrecognised CSV asks for its columns.
 */
public final class ImportDialog {

    private final BookSession session;
    private final Consumer<ImportResult> onImported;
    private final ImportViewModel model = new ImportViewModel();
    private final ImportService imports = new ImportService();
    private final CsvMappingProfiles profiles = new CsvMappingProfiles();
    private final Stage stage;
    private final TextField file = new TextField();
    private final ComboBox<String> account = new ComboBox<>();
    private final ComboBox<DateOrder> dateOrder = new ComboBox<>();
    private final Button columns = new Button(I18n.tr("import.columns"));
    private final Label problem = new Label();
    private final Label summary = new Label();
    private final Label readAs = new Label();
    private final Label needsCategory = new Label();
    private final Label warnings = new Label();
    private final TableView<ImportViewModel.RowView> table = new TableView<>();
    private final TaskProgressBar progress;
    private final Button cancel = new Button(I18n.tr("dialog.cancel"));
    private final Button apply = new Button();
    private final Button reconcile = new Button(I18n.tr("import.reconcileNow"));

    public ImportDialog(BookSession session, Consumer<ImportResult> onImported) {
        this.session = session;
        this.onImported = onImported;
        BorderPane root = new BorderPane();
        root.setId("import-dialog");
        root.getStyleClass().add("import-dialog");
        root.setPadding(new Insets(16));
        root.setTop(chooser());
        root.setCenter(previewArea());
        progress = new TaskProgressBar(session.tasks(), "import-work");
        root.setBottom(buttons());
        stage = ScreenParts.modalStage(session.dialogs(), I18n.tr("import.title"), root, 1100, 720);
        model.previewProperty().addListener((o, a, now) -> showPreview(now));
        model.problemProperty().addListener((o, a, now) -> problem.setText(now));
        apply.disableProperty().bind(model.canImport().not());
        cancel.disableProperty().bind(model.busyProperty());
        session.tasks().run(I18n.tr("task.accounts"), () -> new AccountRepository(session.book()).all(), this::accountsRead);
    }

    public void show() {
        stage.show();
    }

    /** Starts with a file already chosen (tests, and a file dropped on the window). */
    public void show(Path statement) {
        stage.show();
        read(statement);
    }

    private VBox chooser() {
        Label title = new Label(I18n.tr("import.heading"));
        title.getStyleClass().add("title-3");
        file.setId("import-file");
        file.setEditable(false);
        file.setPromptText(I18n.tr("import.noFile"));
        file.setAccessibleText(I18n.tr("import.file"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(I18n.tr("import.chooseFile"));
        choose.setId("import-choose");
        choose.setOnAction(event -> session.dialogs().chooseStatement(null).ifPresent(this::read));
        choose.disableProperty().bind(model.busyProperty());

        account.setId("import-account");
        account.setEditable(true);
        account.setPromptText(I18n.tr("import.accountPrompt"));
        account.setAccessibleText(I18n.tr("import.account"));
        account.setPrefWidth(ThemeManager.scaled(320));
        account.valueProperty().addListener((o, a, now) -> {
            model.accountNameProperty().set(now == null ? "" : now.strip());
            refreshPreview();
        });

        dateOrder.setId("import-date-order");
        dateOrder.getItems().addAll(DateOrder.values());
        dateOrder.setConverter(new StringConverter<>() {
            @Override
            public String toString(DateOrder order) {
                if (order == null) {
                    return "";
                }
                return switch (order) {
                    case AUTO -> I18n.tr("import.dateOrder.auto");
                    case DMY -> I18n.tr("import.dateOrder.dmy");
                    case MDY -> I18n.tr("import.dateOrder.mdy");
                };
            }

            @Override
            public DateOrder fromString(String text) {
                return null;
            }
        });
        dateOrder.setValue(DateOrder.AUTO);
        dateOrder.setAccessibleText(I18n.tr("import.dates"));
        dateOrder.valueProperty().addListener((o, a, now) -> {
            model.dateOrderProperty().set(now);
            refreshPreview();
        });

        columns.setId("import-columns");
        columns.setVisible(false);
        columns.managedProperty().bind(columns.visibleProperty());
        columns.setOnAction(event -> {
            if (model.mappingQuestionProperty().get() != null) {
                askColumns(model.mappingQuestionProperty().get());
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, labelFor("import.file", file), new HBox(8, file, choose));
        grid.addRow(1, labelFor("import.account", account), new HBox(8, account));
        grid.addRow(2, labelFor("import.dates", dateOrder), new HBox(8, dateOrder, columns));
        GridPane.setHgrow(grid.getChildren().get(1), Priority.ALWAYS);
        problem.setId("import-problem");
        problem.getStyleClass().add("warning-text");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox top = new VBox(10, title, grid, problem);
        top.setPadding(new Insets(0, 0, 12, 0));
        return top;
    }

    private static Label labelFor(String key, javafx.scene.Node field) {
        Label label = new Label(I18n.tr(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private VBox previewArea() {
        summary.setId("import-summary");
        summary.getStyleClass().add("title-4");
        readAs.setId("import-read-as");
        needsCategory.setId("import-needs-category");
        warnings.setId("import-warnings");
        warnings.getStyleClass().add("warning-text");
        warnings.setWrapText(true);
        for (Label label : List.of(summary, readAs, needsCategory, warnings)) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
        }

        table.setId("import-table");
        table.setPlaceholder(new Label(I18n.tr("import.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportViewModel.RowView, String> line = text("import.col.line", r -> Integer.toString(r.line()));
        line.setPrefWidth(ThemeManager.scaled(60));
        TableColumn<ImportViewModel.RowView, String> status = text("import.col.status", ImportViewModel.RowView::statusText);
        status.setPrefWidth(ThemeManager.scaled(175));
        status.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("import-new", "import-duplicate", "import-rejected");
                ImportViewModel.RowView row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                if (row != null) {
                    getStyleClass().add("import-" + row.status().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        TableColumn<ImportViewModel.RowView, String> date = text("import.col.date", ImportViewModel.RowView::date);
        date.setPrefWidth(ThemeManager.scaled(110));
        TableColumn<ImportViewModel.RowView, Money> amount = ScreenParts.moneyColumn(I18n.tr("import.col.amount"), ImportViewModel.RowView::amount);
        amount.setPrefWidth(ThemeManager.scaled(110));
        TableColumn<ImportViewModel.RowView, String> text = text("import.col.text", ImportViewModel.RowView::text);
        text.setPrefWidth(ThemeManager.scaled(330));
        TableColumn<ImportViewModel.RowView, String> note = text("import.col.note", ImportViewModel.RowView::note);
        note.setPrefWidth(ThemeManager.scaled(280));
        table.getColumns().addAll(List.of(line, status, date, amount, text, note));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, summary, readAs, needsCategory, warnings, table);
    }

    private static TableColumn<ImportViewModel.RowView, String> text(String key,
            java.util.function.Function<ImportViewModel.RowView, String> value) {
        TableColumn<ImportViewModel.RowView, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private HBox buttons() {
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        apply.setId("import-apply");
        apply.setDefaultButton(true);
        apply.setText(I18n.tr("import.apply", 0));
        apply.setOnAction(event -> importNow());
        reconcile.setId("import-reconcile");
        reconcile.setVisible(false);
        reconcile.managedProperty().bind(reconcile.visibleProperty());
        reconcile.setOnAction(event -> reconcileNow());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, spacer, reconcile, cancel, apply);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    // ---- work --------------------------------------------------------------------------------

    private void accountsRead(List<Account> accounts) {
        account.getItems().setAll(accounts.stream().map(Account::name).toList());
        if (account.getValue() == null && !accounts.isEmpty()) {
            account.setValue(accounts.get(0).name());
        }
    }

    private void read(Path path) {
        model.busyProperty().set(true);
        session.tasks().runCancellable(I18n.tr("task.readingStatement"), I18n.tr("import.readCancelled"),
                work -> {
                    byte[] read = ImportService.readStatementFile(path);
                    work.checkCancelled();
                    return read;
                }, bytes -> {
            model.busyProperty().set(false);
            file.setText(path.toString());
            columns.setVisible(false);
            model.fileRead(path, bytes);
            refreshPreview();
        }, error -> {
            model.busyProperty().set(false);
            model.failed(BackgroundTasks.describe(error));
        });
    }

    private void refreshPreview() {
        if (!model.readyToPreview() || model.resultProperty().get() != null) {
            return;
        }
        byte[] content = model.content();
        String name = model.fileName();
        String accountName = model.accountNameProperty().get();
        var options = model.options();
        model.busyProperty().set(true);
        session.tasks().runCancellable(I18n.tr("task.previewing"), I18n.tr("import.readCancelled"),
                work -> imports.preview(session.book(), accountName, content, name, options, work), made -> {
                    model.busyProperty().set(false);
                    model.previewMade(made);
                }, error -> {
                    model.busyProperty().set(false);
                    if (error instanceof ColumnMappingNeeded question) {
                        model.previewProperty().set(null);
                        askColumns(question);
                    } else {
                        model.failed(BackgroundTasks.describe(error));
                    }
                });
    }

    /** Offers the columns saved for these headings, if any, and reads the file again with the choice. */
    private void askColumns(ColumnMappingNeeded question) {
        session.tasks().run(I18n.tr("task.previewing"), () -> profiles.savedFor(session.book(), question), saved -> {
            ColumnMappingViewModel mappingModel = new ColumnMappingViewModel(question, model.content(), model.fileName());
            Optional<CsvMapping> current = Optional.ofNullable(model.mappingProperty().get()).or(() -> saved);
            Optional<CsvMapping> chosen = new ColumnMappingDialog(stage, mappingModel, current).ask();
            if (chosen.isEmpty()) {
                if (model.mappingProperty().get() == null) {
                    model.failed(I18n.tr("import.columnsNotChosen"));
                }
                return;
            }
            model.mappingQuestionProperty().set(question);
            model.mappingProperty().set(chosen.get());
            columns.setVisible(true);
            refreshPreview();
        });
    }

    private void showPreview(ImportPreview preview) {
        if (preview == null) {
            table.getItems().clear();
            summary.setText("");
            readAs.setText("");
            needsCategory.setText("");
            warnings.setText("");
            apply.setText(I18n.tr("import.apply", 0));
            return;
        }
        table.getItems().setAll(ImportViewModel.rows(preview));
        summary.setText(ImportViewModel.summary(preview));
        readAs.setText(ImportViewModel.readAs(preview));
        needsCategory.setText(ImportViewModel.needsCategory(preview));
        warnings.setText(ImportViewModel.warnings(preview));
        apply.setText(I18n.tr("import.apply", preview.importedCount()));
    }

    /** All new rows or none, in the background, with the column choice saved in the same transaction. */
    private void importNow() {
        ImportPreview preview = model.previewProperty().get();
        ColumnMappingNeeded question = model.mappingQuestionProperty().get();
        CsvMapping mapping = model.mappingProperty().get();
        var book = session.book();
        model.busyProperty().set(true);
        // one transaction: a cancel at any point rolls back every row, the batch and the column choice
        session.tasks().runCancellable(I18n.tr("task.importing", preview.importedCount()), I18n.tr("import.cancelled"),
                work -> book.inTransaction(connection -> {
                    ImportResult done = imports.apply(book, preview, work);
                    if (question != null && mapping != null) {
                        profiles.save(book, question.header(), mapping);
                    }
                    work.checkCancelled();
                    return done;
                }), this::imported, error -> {
                    model.busyProperty().set(false);
                    if (!BackgroundTasks.wasCancelled(error)) {
                        session.dialogs().showError(I18n.tr("import.failedTitle"), BackgroundTasks.describe(error));
                    }
                    refreshPreview();
                });
    }

    private void imported(ImportResult result) {
        model.busyProperty().set(false);
        model.resultProperty().set(result);
        summary.setText(ImportViewModel.resultSentence(result));
        cancel.setText(I18n.tr("import.close"));
        apply.setVisible(false);
        apply.setManaged(false);
        reconcile.setVisible(ImportViewModel.offersReconcile(result));
        onImported.accept(result);
    }

    private void reconcileNow() {
        ImportResult result = model.resultProperty().get();
        var statement = result.report().statement();
        stage.close();
        new ReconcileDialog(session, result.accountId(), statement.closingDate(), statement.closingBalance(),
                () -> onImported.accept(result)).show();
    }
}
