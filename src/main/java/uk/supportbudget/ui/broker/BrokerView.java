package uk.supportbudget.ui.broker;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import uk.supportbudget.service.BrokerService;
import uk.supportbudget.service.Documents;
import uk.supportbudget.service.ReminderService;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.DialogService;
import uk.supportbudget.ui.common.Glossary;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.reminders.WhatsNextView;

/**
 * "People I help": the recent books, each looked at read-only in the background — the person,
 * their balance, weeks held, the next return due, anything overdue and the last backup. A book on
 * a USB stick that is not plugged in, or open elsewhere, gets a plain line instead. Open a book
 * with a double-click or Enter; save a one-page summary of it as a PDF.
 */
public final class BrokerView extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final List<Path> books;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<Path> open;
    private final BrokerService service;
    private final TableView<BrokerService.Overview> table = new TableView<>();
    private final Label status = new Label();
    private final Label detail = new Label();
    private LocalDate today;

    public BrokerView(List<Path> books, BackgroundTasks tasks, DialogService dialogs, Clock clock, Consumer<Path> open) {
        this.books = books;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.open = open;
        this.service = new BrokerService(clock, CouncilProfiles.standard());
        this.today = LocalDate.now(clock);
        setId("page-broker");
        getStyleClass().add("page");
        setSpacing(14);
        setPadding(new Insets(24));

        Label title = new Label(I18n.tr("broker.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(I18n.tr("broker.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(820);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        table.setId("broker-table");
        table.setPlaceholder(new Label(I18n.tr("broker.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("broker.person", o -> o.readable() ? o.person() : o.path().getFileName().toString(), 150),
                column("broker.balance", o -> o.readable() ? o.balance().display() : "", 100),
                column("broker.weeks", o -> o.readable() ? o.weeksHeld().toPlainString() : "", 100),
                column("broker.nextReturn", o -> o.nextReturnDue().map(DAY::format).orElse(o.readable() ? I18n.tr("broker.notKnown") : ""), 135),
                overdueColumn(),
                column("broker.lastBackup", o -> o.status() == BrokerService.Status.MISSING ? ""
                        : o.lastBackup().map(WHEN::format).orElse(I18n.tr("broker.never")), 150),
                column("broker.where", o -> o.path().toString(), 120)));
        table.setRowFactory(v -> {
            TableRow<BrokerService.Overview> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> describe(now));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button openButton = new Button(I18n.tr("broker.open"));
        openButton.setId("broker-open");
        openButton.setDefaultButton(true);
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> openSelected());
        Button export = new Button(I18n.tr("broker.export"));
        export.setId("broker-export");
        export.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        export.setOnAction(e -> exportSelected());
        Button refresh = new Button(I18n.tr("broker.refresh"));
        refresh.setId("broker-refresh");
        refresh.setOnAction(e -> load());
        HBox buttons = new HBox(10, openButton, export, refresh);
        status.setId("broker-status");
        status.getStyleClass().add("text-muted");
        detail.setId("broker-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(820);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label weeks = Glossary.explain(new Label(I18n.tr("broker.weeksHelp")), Glossary.Term.WEEKS_HELD);
        weeks.getStyleClass().add("text-muted");
        getChildren().addAll(title, intro, buttons, status, table, detail, weeks);
        load();
    }

    private void load() {
        status.setText(I18n.tr("broker.reading", books.size()));
        tasks.runCancellable(I18n.tr("broker.reading", books.size()), I18n.tr("broker.readingCancelled"),
                work -> service.overviews(books, today, work::checkCancelled),
                overviews -> {
                    table.getItems().setAll(overviews);
                    long overdue = overviews.stream().mapToLong(o -> o.overdue().size()).sum();
                    status.setText(I18n.tr("broker.read", overviews.size(), overdue));
                    if (!overviews.isEmpty()) {
                        table.getSelectionModel().selectFirst();
                        table.requestFocus();
                    }
                }, error -> status.setText(BackgroundTasks.describe(error)));
    }

    private void describe(BrokerService.Overview overview) {
        if (overview == null) {
            detail.setText("");
            return;
        }
        if (!overview.readable()) {
            detail.setText(overview.problem());
            return;
        }
        List<ReminderService.Reminder> pressing = overview.reminders().stream()
                .filter(r -> r.severity() != ReminderService.Severity.INFO).toList();
        StringBuilder text = new StringBuilder(I18n.tr("broker.detailTitle", overview.person()));
        if (pressing.isEmpty()) {
            text.append('\n').append(I18n.tr("broker.nothingPressing"));
        }
        for (ReminderService.Reminder reminder : pressing) {
            text.append('\n').append(WhatsNextView.severityText(reminder.severity())).append(" \u2014 ")
                    .append(reminder.date().format(DAY)).append(": ").append(reminder.sentence());
        }
        detail.setText(text.toString());
    }

    private void openSelected() {
        BrokerService.Overview selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (selected.status() == BrokerService.Status.MISSING || selected.status() == BrokerService.Status.IN_USE) {
            dialogs.showInfo(I18n.tr("broker.cannotOpen"), selected.problem());
            return;
        }
        open.accept(selected.path());
    }

    private void exportSelected() {
        BrokerService.Overview selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (!selected.readable()) {
            dialogs.showInfo(I18n.tr("broker.cannotExport"), selected.problem());
            return;
        }
        Optional<Path> target = dialogs.choosePdfToSave(selected.path().toAbsolutePath().getParent(),
                I18n.tr("broker.fileName", selected.person(), today.toString()));
        if (target.isEmpty()) {
            return;
        }
        tasks.runCancellable(I18n.tr("broker.saving"), I18n.tr("task.pdfCancelled"),
                work -> Documents.save(target.get(), work, () -> BrokerService.summaryPdf(selected, today)), written -> {
            if (!dialogs.openWithSystem(written)) {
                dialogs.showInfo(I18n.tr("broker.savedTitle"), I18n.tr("broker.saved", written));
            }
        });
    }

    private static TableColumn<BrokerService.Overview, String> column(String key,
            java.util.function.Function<BrokerService.Overview, String> value, double width) {
        TableColumn<BrokerService.Overview, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    /** Overdue items in words with the severity's icon, or the reason a book could not be read. */
    private static TableColumn<BrokerService.Overview, BrokerService.Overview> overdueColumn() {
        TableColumn<BrokerService.Overview, BrokerService.Overview> column = new TableColumn<>(I18n.tr("broker.overdue"));
        column.setPrefWidth(180);
        column.setMinWidth(180);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BrokerService.Overview item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(null);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                if (!item.readable()) {
                    setGraphic(null);
                    setText(switch (item.status()) {
                        case MISSING -> I18n.tr("broker.missing");
                        case IN_USE -> I18n.tr("broker.inUse");
                        default -> I18n.tr("broker.unreadable");
                    });
                    setTooltip(new Tooltip(item.problem()));
                    return;
                }
                List<ReminderService.Reminder> overdue = item.overdue();
                if (overdue.isEmpty()) {
                    setGraphic(null);
                    setText(I18n.tr("broker.noneOverdue"));
                    return;
                }
                Label label = WhatsNextView.severityLabel(ReminderService.Severity.OVERDUE);
                label.setText(I18n.tr("broker.overdueCount", overdue.size()));
                setText(null);
                setGraphic(label);
                setTooltip(new Tooltip(String.join("\n", overdue.stream().map(ReminderService.Reminder::sentence).toList())));
            }
        });
        return column;
    }
}
