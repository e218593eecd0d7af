package uk.supportbudget.ui.settings;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import uk.supportbudget.service.BookService;
import uk.supportbudget.service.RetentionService;
import uk.supportbudget.store.Backups;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/**
 * Settings, Backups: the verified copies of this book, the rotation rule in plain words, backing
 * up and restoring; and what the retention rules allow to be archived.
 */
final class BackupsSection extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final BookSession session;
    private final TableView<Backups.BackupFile> table = new TableView<>();
    private final Label retention = new Label();
    private final Button archive = new Button(I18n.tr("retention.archive"));

    BackupsSection(BookSession session) {
        super(10);
        this.session = session;
        setId("settings-backups");
        getStyleClass().add("dashboard-section");
        Label heading = new Label(I18n.tr("backups.title"));
        heading.getStyleClass().add("title-3");
        Label rule = muted(I18n.tr("backups.rule"));

        TableColumn<Backups.BackupFile, String> when = new TableColumn<>(I18n.tr("backups.when"));
        when.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().takenAt().format(WHEN)));
        when.setPrefWidth(190);
        TableColumn<Backups.BackupFile, String> why = new TableColumn<>(I18n.tr("backups.why"));
        why.setCellValueFactory(c -> new SimpleStringProperty(reason(c.getValue().reason())));
        why.setPrefWidth(260);
        TableColumn<Backups.BackupFile, String> size = new TableColumn<>(I18n.tr("backups.size"));
        size.setCellValueFactory(c -> new SimpleStringProperty(size(c.getValue().sizeBytes())));
        size.setPrefWidth(100);
        table.getColumns().setAll(List.of(when, why, size));
        table.setId("backups-table");
        table.setPlaceholder(new Label(I18n.tr("backups.none")));
        table.setPrefHeight(220);
        table.setMaxWidth(580);

        Button now = new Button(I18n.tr("backups.now"));
        now.setId("backups-now");
        now.setOnAction(event -> session.tasks().runCancellable(I18n.tr("task.backingUp"), I18n.tr("backup.cancelled"),
                work -> BookService.backupNow(session.book(), work), written -> reload()));
        Button restore = new Button(I18n.tr("backups.restore"));
        restore.setId("backups-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> session.navigator().restoreBackup(table.getSelectionModel().getSelectedItem().path()));
        Button folder = new Button(I18n.tr("backups.folder"));
        folder.setId("backups-folder");
        folder.setOnAction(event -> {
            Path backups = Backups.folderFor(session.book().path());
            if (!java.nio.file.Files.isDirectory(backups) || !session.dialogs().openWithSystem(backups)) {
                session.dialogs().showInfo(I18n.tr("backups.title"), I18n.tr("backups.folderIs", backups));
            }
        });

        Label retentionHeading = new Label(I18n.tr("retention.title"));
        retentionHeading.getStyleClass().add("title-4");
        retention.setId("retention-summary");
        retention.setWrapText(true);
        retention.setMaxWidth(720);
        archive.setId("retention-archive");
        archive.setDisable(true);
        archive.setOnAction(event -> confirmArchive());

        getChildren().addAll(heading, rule, table, new HBox(10, now, restore, folder), retentionHeading, retention, archive);
        reload();
    }

    private record Loaded(List<Backups.BackupFile> backups, RetentionService.Preview retention) {
    }

    private void reload() {
        session.tasks().run(I18n.tr("task.settings"), () -> new Loaded(Backups.list(session.book().path()),
                new RetentionService(session.book(), session.today()).preview()), loaded -> {
                    table.getItems().setAll(loaded.backups());
                    retention.setText(loaded.retention().sentence());
                    archive.setDisable(!loaded.retention().anything());
                });
    }

    private void confirmArchive() {
        if (!session.dialogs().confirm(I18n.tr("retention.confirmTitle"), I18n.tr("retention.confirmText"),
                I18n.tr("retention.archive"))) {
            return;
        }
        session.tasks().runCancellable(I18n.tr("retention.task"), I18n.tr("retention.cancelled"),
                work -> new RetentionService(session.book(), session.today()).archive(work), done -> {
                    session.dialogs().showInfo(I18n.tr("retention.doneTitle"),
                            I18n.tr("retention.doneText", done.removed().total(), done.archiveCopy()));
                    reload();
                });
    }

    private static String reason(String reason) {
        if (reason.isBlank()) {
            return I18n.tr("backups.reason.manual");
        }
        if (reason.equals("daily")) {
            return I18n.tr("backups.reason.daily");
        }
        if (reason.startsWith("before-upgrade")) {
            return I18n.tr("backups.reason.upgrade");
        }
        if (reason.equals("before-archive")) {
            return I18n.tr("backups.reason.archive");
        }
        return reason.replace('-', ' ');
    }

    private static String size(long bytes) {
        return bytes >= 1_048_576 ? String.format(Locale.UK, "%.1f MB", bytes / 1_048_576.0)
                : String.format(Locale.UK, "%d KB", Math.max(1, bytes / 1024));
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(720);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
