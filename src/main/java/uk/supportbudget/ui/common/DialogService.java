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

    /** The window dialogs belong to, for forms built elsewhere. */
    public Window owner() {
        return owner;
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

    /** Where to save a PDF (a return, a copy of a submitted one). */
    public Optional<Path> choosePdfToSave(Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr("file.savePdf.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("file.pdfFilter"), "*.pdf"));
        chooser.setInitialFileName(suggestedName);
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Opens a file in the program the computer uses for it, off the JavaFX thread; false when it cannot. */
    public boolean openWithSystem(Path file) {
        if (!java.awt.Desktop.isDesktopSupported()
                || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            return false;
        }
        Thread opener = new Thread(() -> {
            try {
                java.awt.Desktop.getDesktop().open(file.toFile());
            } catch (java.io.IOException | RuntimeException e) {
                BackgroundTasks.onFxThread(() -> showError(I18n.tr("error.title"), I18n.tr("file.openFailed", file)));
            }
        }, "open-file");
        opener.setDaemon(true);
        opener.start();
        return true;
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

    /** What the person typed to open an encrypted book: the passphrase, or the recovery key. */
    public record Secret(char[] value, boolean recoveryKey) {
    }

    /**
     * Asks for the passphrase of an encrypted book, with a way to type the recovery key instead.
     * {@code sentence} says which book, or why the last try did not open it.
     */
    public Optional<Secret> askPassphrase(String title, String sentence) {
        javafx.scene.control.Dialog<Secret> dialog = titled(new javafx.scene.control.Dialog<>(), title);
        javafx.scene.control.PasswordField passphrase = new javafx.scene.control.PasswordField();
        passphrase.setId("passphrase-field");
        passphrase.setPromptText(I18n.tr("privacy.passphrasePrompt"));
        javafx.scene.control.CheckBox recovery = new javafx.scene.control.CheckBox(I18n.tr("privacy.useRecoveryKey"));
        recovery.setId("passphrase-use-recovery");
        javafx.scene.control.Label text = sentence(sentence);
        javafx.scene.layout.VBox body = new javafx.scene.layout.VBox(10, text, passphrase, recovery);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setId("passphrase-dialog");
        ButtonType open = new ButtonType(I18n.tr("privacy.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(passphrase.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == open
                ? new Secret(passphrase.getText().toCharArray(), recovery.isSelected()) : null);
        javafx.application.Platform.runLater(passphrase::requestFocus);
        Optional<Secret> result = dialog.showAndWait();
        passphrase.clear();
        return result;
    }

    private <D extends javafx.scene.control.Dialog<?>> D titled(D dialog, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        return dialog;
    }

    private static javafx.scene.control.Label sentence(String text) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        label.setWrapText(true);
        label.setMaxWidth(440);
        return label;
    }

    /** Asks for a new passphrase twice; nothing is returned until both agree and it is long enough. */
    public Optional<char[]> askNewPassphrase(String title, String sentence, int minimumLength) {
        javafx.scene.control.Dialog<char[]> dialog = titled(new javafx.scene.control.Dialog<>(), title);
        javafx.scene.control.PasswordField first = new javafx.scene.control.PasswordField();
        first.setId("new-passphrase");
        first.setPromptText(I18n.tr("privacy.newPassphrase"));
        javafx.scene.control.PasswordField second = new javafx.scene.control.PasswordField();
        second.setId("new-passphrase-again");
        second.setPromptText(I18n.tr("privacy.newPassphraseAgain"));
        javafx.scene.control.Label text = sentence(sentence);
        javafx.scene.control.Label problem = new javafx.scene.control.Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(440);
        Runnable judge = () -> problem.setText(first.getText().strip().length() < minimumLength && !first.getText().isEmpty()
                ? I18n.tr("privacy.tooShort", minimumLength)
                : !second.getText().isEmpty() && !first.getText().equals(second.getText()) ? I18n.tr("privacy.different") : "");
        first.textProperty().addListener((o, was, now) -> judge.run());
        second.textProperty().addListener((o, was, now) -> judge.run());
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(10, text, first, second, problem));
        dialog.getDialogPane().setId("new-passphrase-dialog");
        ButtonType ok = new ButtonType(I18n.tr("privacy.setPassphrase"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> first.getText().strip().length() < minimumLength || !first.getText().equals(second.getText()),
                first.textProperty(), second.textProperty()));
        dialog.setResultConverter(button -> button == ok ? first.getText().toCharArray() : null);
        Optional<char[]> result = dialog.showAndWait();
        first.clear();
        second.clear();
        return result;
    }

    /** Shows a recovery key once, in large selectable text, with a button to save the printable sheet. */
    public boolean showRecoveryKey(String title, String sentence, String recoveryKey) {
        ButtonType save = new ButtonType(I18n.tr("privacy.saveSheet"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", save, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        javafx.scene.control.Label text = new javafx.scene.control.Label(sentence);
        text.setWrapText(true);
        text.setMaxWidth(460);
        javafx.scene.control.TextField key = new javafx.scene.control.TextField(recoveryKey);
        key.setEditable(false);
        key.setId("recovery-key");
        key.getStyleClass().add("recovery-key");
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(12, text, key));
        alert.getDialogPane().setId("recovery-key-dialog");
        return alert.showAndWait().filter(save::equals).isPresent();
    }
}
