package uk.supportbudget.ui.evidence;

import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import uk.supportbudget.domain.ledger.Evidence;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.service.EvidenceService;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ScreenParts;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/** The receipts kept with one transaction: attach another, open one, or take one off (after asking). */
public final class ReceiptsDialog {

    private final BookSession session;
    private final Transaction transaction;
    private final Runnable onChanged;
    private Stage stage;
    private final TableView<Evidence> table = new TableView<>();

    public ReceiptsDialog(BookSession session, Transaction transaction, Runnable onChanged) {
        this.session = session;
        this.transaction = transaction;
        this.onChanged = onChanged;

        Label heading = new Label(I18n.tr("evidence.heading", transaction.date().format(DateTimeFormatter.ofPattern("d MMM yyyy")),
                transaction.payee().isEmpty() ? transaction.description() : transaction.payee(),
                transaction.amount().display()));
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        table.setId("receipts-table");
        table.setPlaceholder(new Label(I18n.tr("evidence.noneYet")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Evidence, String> name = new TableColumn<>(I18n.tr("evidence.col.file"));
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().fileName()));
        name.setPrefWidth(ThemeManager.scaled(300));
        TableColumn<Evidence, String> kind = new TableColumn<>(I18n.tr("evidence.col.kind"));
        kind.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(kindName(cell.getValue().mediaType())));
        TableColumn<Evidence, String> size = new TableColumn<>(I18n.tr("evidence.col.size"));
        size.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(I18n.tr("evidence.kilobytes",
                Math.max(1, (cell.getValue().sizeBytes() + 1023) / 1024))));
        table.getColumns().addAll(List.of(name, kind, size));
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<Evidence> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    EvidenceActions.open(session, row.getItem());
                }
            });
            return row;
        });
        // Enter opens the chosen receipt, as a double click does
        table.setOnKeyPressed(event -> {
            Evidence chosen = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null) {
                EvidenceActions.open(session, chosen);
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button attach = new Button(I18n.tr("evidence.attach"));
        attach.setId("receipts-attach");
        attach.setOnAction(event -> EvidenceActions.attach(session, transaction, this::changed));
        Button open = new Button(I18n.tr("evidence.open"));
        open.setId("receipts-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> EvidenceActions.open(session, table.getSelectionModel().getSelectedItem()));
        Button remove = new Button(I18n.tr("evidence.remove"));
        remove.setId("receipts-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> remove(table.getSelectionModel().getSelectedItem()));
        Button close = new Button(I18n.tr("import.close"));
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, attach, open, remove, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, heading, table, buttons);
        root.setId("receipts-dialog");
        root.setPadding(new Insets(16));
        stage = ScreenParts.modalStage(session.dialogs(), I18n.tr("evidence.title"), root, 640, 380);
        load();
    }

    private static String kindName(uk.supportbudget.domain.ledger.EvidenceType type) {
        return switch (type) {
            case JPEG -> I18n.tr("evidence.kind.jpeg");
            case PNG -> I18n.tr("evidence.kind.png");
            case PDF -> I18n.tr("evidence.kind.pdf");
        };
    }

    public void show() {
        stage.show();
    }

    private void load() {
        session.tasks().run(I18n.tr("task.receipts"), () -> new EvidenceService(session.book()).list(transaction.id()),
                table.getItems()::setAll);
    }

    private void changed() {
        load();
        onChanged.run();
    }

    private void remove(Evidence document) {
        if (!session.dialogs().confirm(I18n.tr("evidence.removeTitle"), I18n.tr("evidence.removeText", document.fileName()),
                I18n.tr("evidence.remove"))) {
            return;
        }
        session.tasks().run(I18n.tr("task.receipts"), () -> {
            new EvidenceService(session.book()).detach(transaction.id(), document.id());
            return null;
        }, ignored -> changed());
    }
}
