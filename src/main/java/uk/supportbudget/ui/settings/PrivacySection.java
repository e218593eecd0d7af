package uk.supportbudget.ui.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import uk.supportbudget.service.BookService;
import uk.supportbudget.service.PrivacySettings;
import uk.supportbudget.store.BookEncryption;
import uk.supportbudget.store.Unlock;
import uk.supportbudget.ui.common.DialogService;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/**
 * Settings, Privacy: encrypting the book with a passphrase (and its recovery key), changing the
 * passphrase, removing encryption, and what the council copy of a return shows.
 */
final class PrivacySection extends VBox {

    private static final int MINIMUM = 8;

    private final BookSession session;
    private final BookService books = new BookService(Clock.systemDefaultZone());
    private final Label status = new Label();
    private final HBox actions = new HBox(10);
    private final CheckBox accountDigits = new CheckBox(I18n.tr("privacy.accountDigits"));

    PrivacySection(BookSession session) {
        super(10);
        this.session = session;
        setId("settings-privacy");
        getStyleClass().add("dashboard-section");
        Label heading = new Label(I18n.tr("privacy.title"));
        heading.getStyleClass().add("title-3");
        status.setId("privacy-status");
        status.setWrapText(true);
        status.setMaxWidth(720);
        accountDigits.setId("privacy-account-digits");
        accountDigits.setDisable(true);
        getChildren().addAll(heading, status, actions, accountDigits, BackupsSection.muted(I18n.tr("privacy.accountDigitsHelp")));
        session.tasks().run(I18n.tr("task.settings"), () -> new PrivacySettings(session.book()).councilCopyShowsAccountDigits(),
                shows -> {
                    accountDigits.setSelected(shows);
                    accountDigits.setDisable(false);
                    accountDigits.selectedProperty().addListener((o, was, now) -> session.tasks().run(I18n.tr("task.settingsSave"),
                            () -> {
                                new PrivacySettings(session.book()).setCouncilCopyShowsAccountDigits(now);
                                return now;
                            }, saved -> { }));
                });
        refresh();
    }

    /** Only reads a flag the worker set; safe on the FX thread. */
    private void refresh() {
        boolean encrypted = session.book().isEncrypted();
        status.setText(I18n.tr(encrypted ? "privacy.encrypted" : "privacy.plain"));
        if (encrypted) {
            Button change = button("privacy-change", "privacy.change", this::changePassphrase);
            Button recovery = button("privacy-new-recovery", "privacy.newRecovery", this::newRecoveryKey);
            Button remove = button("privacy-decrypt", "privacy.decrypt", this::decrypt);
            actions.getChildren().setAll(change, recovery, remove);
        } else {
            actions.getChildren().setAll(button("privacy-encrypt", "privacy.encrypt", this::encrypt));
        }
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(I18n.tr(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void encrypt() {
        Optional<char[]> passphrase = session.dialogs().askNewPassphrase(I18n.tr("privacy.encryptTitle"),
                I18n.tr("privacy.encryptText"), MINIMUM);
        if (passphrase.isEmpty()) {
            return;
        }
        char[] chosen = passphrase.get();
        session.tasks().runCancellable(I18n.tr("privacy.task.encrypt"), I18n.tr("privacy.encryptCancelled"), work -> {
            try {
                return books.encrypt(session.book(), chosen, work);
            } finally {
                Arrays.fill(chosen, '\0');
            }
        }, done -> {
            refresh();
            offerSheet(I18n.tr("privacy.encryptedTitle"), I18n.tr("privacy.encryptedText", done.backupsSealed().size()),
                    done.recoveryKey());
        });
    }

    private void offerSheet(String title, String sentence, String recoveryKey) {
        if (!session.dialogs().showRecoveryKey(title, sentence, recoveryKey)) {
            return;
        }
        Path book = session.book().path();
        session.dialogs().choosePdfToSave(book.getParent(), I18n.tr("privacy.sheetName")).ifPresent(pdf ->
                session.tasks().run(I18n.tr("privacy.task.sheet"), () -> books.writeRecoverySheet(book, recoveryKey, pdf),
                        written -> session.dialogs().showDocument(written)));
    }

    private Optional<Unlock> askCurrent() {
        return session.dialogs().askPassphrase(I18n.tr("privacy.currentTitle"), I18n.tr("privacy.currentText"))
                .map(PrivacySection::unlock);
    }

    static Unlock unlock(DialogService.Secret secret) {
        char[] typed = secret.value();
        Unlock unlock = secret.recoveryKey() ? Unlock.recoveryKey(new String(typed)) : Unlock.passphrase(typed);
        Arrays.fill(typed, '\0');
        return unlock;
    }

    private void changePassphrase() {
        Optional<Unlock> current = askCurrent();
        if (current.isEmpty()) {
            return;
        }
        Optional<char[]> fresh = session.dialogs().askNewPassphrase(I18n.tr("privacy.changeTitle"),
                I18n.tr("privacy.changeText"), MINIMUM);
        if (fresh.isEmpty()) {
            current.get().forget();
            return;
        }
        char[] chosen = fresh.get();
        session.tasks().run(I18n.tr("privacy.task.change"), () -> {
            try {
                books.changePassphrase(session.book(), current.get(), chosen);
                return true;
            } finally {
                Arrays.fill(chosen, '\0');
                current.get().forget();
            }
        }, done -> session.dialogs().showInfo(I18n.tr("privacy.changedTitle"), I18n.tr("privacy.changedText")));
    }

    private void newRecoveryKey() {
        askCurrent().ifPresent(current -> session.tasks().run(I18n.tr("privacy.task.change"), () -> {
            try {
                return BookEncryption.newRecoveryKey(session.book(), current);
            } finally {
                current.forget();
            }
        }, key -> offerSheet(I18n.tr("privacy.newRecoveryTitle"), I18n.tr("privacy.newRecoveryText"), key)));
    }

    private void decrypt() {
        if (!session.dialogs().confirm(I18n.tr("privacy.decryptTitle"), I18n.tr("privacy.decryptText"),
                I18n.tr("privacy.decrypt"))) {
            return;
        }
        session.tasks().runCancellable(I18n.tr("privacy.task.decrypt"), I18n.tr("privacy.decryptCancelled"), work -> {
            books.decrypt(session.book(), work);
            return true;
        }, done -> refresh());
    }
}
