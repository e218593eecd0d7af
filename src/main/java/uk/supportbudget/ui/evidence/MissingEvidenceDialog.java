package uk.supportbudget.ui.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.EvidenceService;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ScreenParts;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * Spending that still needs a receipt: every payment at or above the book's threshold with
 * nothing attached, between two dates. The threshold is set here and kept in the book.
 */
public final class MissingEvidenceDialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy");

    private final BookSession session;
    private final Runnable onChanged;
    private Stage stage;
    private final TextField threshold = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label count = new Label();
    private final TableView<Transaction> table = new TableView<>();
    private final ValidationSupport validation = new ValidationSupport();

    public MissingEvidenceDialog(BookSession session, Runnable onChanged) {
        this.session = session;
        this.onChanged = onChanged;

        Label help = new Label(I18n.tr("missing.help"));
        help.setWrapText(true);
        threshold.setId("missing-threshold");
        threshold.setPrefColumnCount(8);
        threshold.setAccessibleText(I18n.tr("missing.threshold"));
        validation.registerValidator(threshold, true, Validator.<String>createPredicateValidator(
                MissingEvidenceDialog::isThreshold, I18n.tr("missing.badThreshold")));
        Button save = new Button(I18n.tr("missing.saveThreshold"));
        save.setId("missing-save-threshold");
        save.disableProperty().bind(validation.invalidProperty());
        save.setOnAction(event -> saveThreshold());
        Label thresholdLabel = new Label(I18n.tr("missing.threshold"));
        thresholdLabel.setLabelFor(threshold);
        from.setId("missing-from");
        from.setAccessibleText(I18n.tr("missing.from"));
        to.setId("missing-to");
        to.setAccessibleText(I18n.tr("missing.to"));
        from.valueProperty().addListener((o, a, b) -> load());
        to.valueProperty().addListener((o, a, b) -> load());
        Label fromLabel = new Label(I18n.tr("missing.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(I18n.tr("missing.to"));
        toLabel.setLabelFor(to);
        HBox settings = new HBox(8, thresholdLabel, threshold, save, new Region(), fromLabel, from, toLabel, to);
        settings.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(settings.getChildren().get(3), Priority.ALWAYS);

        count.setId("missing-count");
        count.getStyleClass().add("title-4");
        table.setId("missing-table");
        table.setPlaceholder(new Label(I18n.tr("missing.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Transaction, String> date = new TableColumn<>(I18n.tr("money.col.date"));
        date.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().date().format(DAY)));
        date.setPrefWidth(ThemeManager.scaled(120));
        TableColumn<Transaction, String> payee = new TableColumn<>(I18n.tr("money.col.payee"));
        payee.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().payee()));
        payee.setPrefWidth(ThemeManager.scaled(220));
        TableColumn<Transaction, String> amount = new TableColumn<>(I18n.tr("money.col.amount"));
        amount.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().amount().display()));
        amount.setPrefWidth(ThemeManager.scaled(110));
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<Transaction, String> category = new TableColumn<>(I18n.tr("money.col.category"));
        category.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().category() == null
                ? I18n.tr("money.needsCategory") : cell.getValue().category().label()));
        table.getColumns().addAll(List.of(date, payee, amount, category));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button attach = new Button(I18n.tr("evidence.attach"));
        attach.setId("missing-attach");
        attach.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        attach.setOnAction(event -> EvidenceActions.attach(session, table.getSelectionModel().getSelectedItem(), () -> {
            load();
            onChanged.run();
        }));
        Button close = new Button(I18n.tr("import.close"));
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, attach, spacer, close);

        VBox root = new VBox(12, help, settings, count, table, buttons);
        root.setId("missing-dialog");
        root.setPadding(new Insets(16));
        stage = ScreenParts.modalStage(session.dialogs(), I18n.tr("missing.title"), root, 900, 620);
        session.tasks().run(I18n.tr("task.receipts"), () -> new EvidenceService(session.book()).threshold(), money -> {
            threshold.setText(money.plain());
            load();
        });
    }

    public void show() {
        stage.show();
    }

    private static boolean isThreshold(String text) {
        try {
            return text != null && !text.isBlank() && !Money.parseLenient(text).isNegative();
        } catch (Refusal e) {
            return false;
        }
    }

    private void saveThreshold() {
        Money amount = Money.parseLenient(threshold.getText());
        session.tasks().run(I18n.tr("task.receipts"), () -> {
            new EvidenceService(session.book()).setThreshold(amount);
            return null;
        }, ignored -> load());
    }

    private void load() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && start.isAfter(end)) {
            count.setText(I18n.tr("missing.datesSwapped"));
            table.getItems().clear();
            return;
        }
        session.tasks().run(I18n.tr("task.receipts"), () -> new EvidenceService(session.book()).missing(start, end), list -> {
            table.getItems().setAll(list);
            Money total = list.stream().map(Transaction::amount).reduce(Money.ZERO, Money::plus).abs();
            count.setText(list.isEmpty() ? I18n.tr("missing.allHave") : I18n.tr("missing.count", list.size(), total.display()));
        });
    }
}
