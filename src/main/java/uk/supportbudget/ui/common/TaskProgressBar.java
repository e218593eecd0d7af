package uk.supportbudget.ui.common;

import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * The one place work in hand is shown: what is being done, how far it has got, and a Cancel
 * button when it may be stopped. The status bar has one; a dialog that covers the window (such
 * as the import) has its own, showing the same work. Esc in its window presses Cancel. After a
 * cancel it keeps saying what happened ("Import cancelled: nothing was changed.") until the next
 * work that may be stopped starts.
 *
 * <p>It binds to the long-lived {@link BackgroundTasks} only while it is in a window, so a closed
 * dialog leaves no listener behind.
 */
public final class TaskProgressBar extends HBox {

    private final BackgroundTasks tasks;
    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button(I18n.tr("status.cancel"));
    private final EventHandler<KeyEvent> escape = this::escapePressed;

    /** {@code idPrefix} names the parts for tests and screen readers: {@code <prefix>-progress}, {@code -cancel}, {@code -message}. */
    public TaskProgressBar(BackgroundTasks tasks, String idPrefix) {
        super(10);
        this.tasks = tasks;
        setId(idPrefix + "-tasks");
        getStyleClass().add("task-progress");
        setAlignment(Pos.CENTER_RIGHT);
        message.setId(idPrefix + "-message");
        message.getStyleClass().add("task-progress-message");
        message.setAccessibleRole(AccessibleRole.TEXT);
        // at large text sizes a long sentence wraps onto more lines rather than losing its end to "…"
        message.setWrapText(true);
        message.setMinWidth(ThemeManager.scaled(60));
        message.setMinHeight(USE_PREF_SIZE);
        bar.setId(idPrefix + "-progress");
        bar.getStyleClass().add("status-progress");
        bar.setAccessibleText(I18n.tr("status.progress"));
        bar.setPrefWidth(140); // a bar needs no more room at a larger text size
        bar.setMinWidth(80);
        bar.managedProperty().bind(bar.visibleProperty());
        cancel.setId(idPrefix + "-cancel");
        cancel.getStyleClass().add("small");
        cancel.setMnemonicParsing(false);
        cancel.setAccessibleHelp(I18n.tr("status.cancelHelp"));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setMinWidth(USE_PREF_SIZE);
        setMinHeight(USE_PREF_SIZE);
        cancel.setOnAction(event -> tasks.cancelCurrent());
        getChildren().addAll(message, bar, cancel);
        managedProperty().bind(visibleProperty());
        sceneProperty().addListener((o, was, now) -> moved(was, now));
    }

    private void moved(Scene was, Scene now) {
        if (was != null) {
            was.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            unbindAll();
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            bindAll();
        }
    }

    private void bindAll() {
        bar.progressProperty().bind(tasks.progressProperty());
        bar.visibleProperty().bind(tasks.busyProperty());
        message.textProperty().bind(Bindings.when(tasks.stoppingProperty()).then(I18n.tr("status.stopping"))
                .otherwise(Bindings.when(tasks.busyProperty()).then(tasks.messageProperty()).otherwise(tasks.outcomeProperty())));
        message.accessibleTextProperty().bind(message.textProperty());
        cancel.visibleProperty().bind(tasks.cancellableProperty());
        cancel.disableProperty().bind(tasks.stoppingProperty());
        cancel.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> I18n.tr("status.cancelWhat", tasks.messageProperty().get()), tasks.messageProperty()));
        visibleProperty().bind(tasks.busyProperty().or(tasks.outcomeProperty().isNotEmpty()));
    }

    private void unbindAll() {
        bar.progressProperty().unbind();
        bar.visibleProperty().unbind();
        message.textProperty().unbind();
        message.accessibleTextProperty().unbind();
        cancel.visibleProperty().unbind();
        cancel.disableProperty().unbind();
        cancel.accessibleTextProperty().unbind();
        visibleProperty().unbind();
    }

    /** Esc stops the work when it may be stopped; otherwise Esc does what it always did. */
    private void escapePressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && tasks.cancellableProperty().get() && !tasks.stoppingProperty().get()) {
            tasks.cancelCurrent();
            event.consume();
        }
    }
}
