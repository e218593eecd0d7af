package uk.supportbudget.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Every dialog the app shows goes through here, so they look and behave alike (and tests can replace them). */
public class DialogService {

    private final Window owner;

    public DialogService(Window owner) {
        this.owner = owner;
    }

    public void showError(String title, String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    public void showInfo(String title, String sentence) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, sentence, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    /** Asks before anything that cannot be undone; the safe choice is the default. */
    public boolean confirm(String title, String sentence, String doIt) {
        ButtonType yes = new ButtonType(doIt, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(I18n.tr("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, sentence, yes, no);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** One choice from a list, such as the account a payment went from. */
    public <T> Optional<T> choose(String title, String question, java.util.List<T> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        javafx.scene.control.ChoiceDialog<T> dialog = new javafx.scene.control.ChoiceDialog<>(options.get(0), options);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        return dialog.showAndWait();
    }

    public Optional<String> ask(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    public Optional<Path> chooseBookToOpen(Path folder) {
        FileChooser chooser = bookChooser(I18n.tr("file.open.title"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    public Optional<Path> chooseNewBook(Path folder, String suggestedName) {
        FileChooser chooser = bookChooser(I18n.tr("file.new.title"), folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    public Optional<Path> chooseBackup(Path folder) {
        FileChooser chooser = bookChooser(I18n.tr("file.restore.title"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Where to save a file such as a timesheet PDF. */
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, patterns));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** A file to read, such as the scan of a signed timesheet. */
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private static FileChooser bookChooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("file.filter"), "*.sbook"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    // ---- statements and receipts -----------------------------------------------------------

    private static javafx.application.HostServices hostServices;

    /** Set once by the app at start so documents can be handed to the computer's own viewer. */
    public static void useHostServices(javafx.application.HostServices services) {
        hostServices = services;
    }

    /** The window dialogs belong to, for screens that open their own stage. */
    public Window owner() {
        return owner;
    }

    public Optional<Path> chooseStatement(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr("file.statement.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.tr("file.statement.filter"), "*.csv", "*.CSV", "*.ofx", "*.OFX",
                        "*.qfx", "*.QFX", "*.qif", "*.QIF", "*.txt", "*.TXT"),
                new FileChooser.ExtensionFilter(I18n.tr("file.any.filter"), "*"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    public Optional<Path> chooseReceipt() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr("file.receipt.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.tr("file.receipt.filter"), "*.pdf", "*.PDF", "*.jpg", "*.JPG",
                        "*.jpeg", "*.JPEG", "*.png", "*.PNG"),
                new FileChooser.ExtensionFilter(I18n.tr("file.any.filter"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Opens a file in the computer's own viewer (a PDF reader, a photo viewer). */
    public void showDocument(Path file) {
        if (hostServices == null) {
            showError(I18n.tr("error.title"), I18n.tr("evidence.cannotOpen", file.getFileName()));
            return;
        }
        hostServices.showDocument(file.toUri().toString());
    }
}
