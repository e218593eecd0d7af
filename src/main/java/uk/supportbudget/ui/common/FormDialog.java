package uk.supportbudget.ui.common;

import java.util.Comparator;
import java.util.function.BooleanSupplier;

import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A small form in a dialog: labelled rows, ControlsFX validation on each field, the first problem
 * spelt out in a sentence under the form, and the save button only usable when every field is
 * acceptable — so a bad amount or date is refused at the field and nothing is half-saved.
 */
public final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private final Label problem = new Label();
    private final ButtonType save;
    private final java.util.Map<Control, Integer> rowOfControl = new java.util.HashMap<>();
    private int rows;

    public FormDialog(Window owner, String title, String saveText) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        String plainTitle = title.replace("\u2026", "");
        dialog.setTitle(plainTitle);
        dialog.setHeaderText(plainTitle);
        save = new ButtonType(saveText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(I18n.tr("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        grid.setHgap(12);
        grid.setVgap(10);
        problem.setId("form-problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(ThemeManager.scaled(460));
        problem.setMinHeight(Label.USE_PREF_SIZE);
        problem.textProperty().bind(Bindings.createStringBinding(() -> validation.getValidationResult() == null ? ""
                : validation.getValidationResult().getErrors().stream()
                .min(Comparator.comparingInt(this::rowOf)).map(ValidationMessage::getText).orElse(""),
                validation.validationResultProperty()));
        VBox content = new VBox(12, grid, problem);
        dialog.getDialogPane().setContent(NoClipping.watched(content));
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        dialog.getDialogPane().setMinWidth(ThemeManager.scaled(480));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("form-save");
        saveButton.disableProperty().bind(validation.invalidProperty());
    }

    private int rowOf(ValidationMessage message) {
        return rowOfControl.getOrDefault(message.getTarget(), Integer.MAX_VALUE);
    }

    public <T> FormDialog row(String label, Control field, Validator<T> validator) {
        return row(label, field, field, validator);
    }

    /** A row showing {@code shown} (a field, or a box of fields) and validating {@code field}. */
    public <T> FormDialog row(String label, Node shown, Control field, Validator<T> validator) {
        Label caption = new Label(label);
        caption.setLabelFor(field);
        caption.setMinWidth(Label.USE_PREF_SIZE);
        field.setAccessibleText(label);
        grid.addRow(rows, caption, shown);
        rowOfControl.put(field, rows++);
        GridPane.setHgrow(shown, Priority.ALWAYS);
        field.setMaxWidth(Double.MAX_VALUE);
        if (validator != null) {
            validation.registerValidator(field, false, validator);
        }
        return this;
    }

    public FormDialog row(String label, Control field) {
        return row(label, field, null);
    }

    /** A row that spans both columns, such as a hint or a table. */
    public FormDialog wide(Node node) {
        grid.add(node, 0, rows++, 2, 1);
        return this;
    }

    /** Adds a rule that concerns several fields (such as "ends after it starts"), shown on {@code field}. */
    public <T> FormDialog also(Control field, Validator<T> validator) {
        rowOfControl.putIfAbsent(field, rows - 1);
        validation.registerValidator(field, false, validator);
        return this;
    }

    /**
     * Adds a field shown inside an earlier wide row (such as a list of rows that grows), with its rule; its
     * problem is put in order as if at {@code row}.
     */
    public <T> FormDialog validateAt(int row, Control field, Validator<T> validator) {
        rowOfControl.put(field, row);
        validation.registerValidator(field, false, validator);
        return this;
    }

    /** The index the next row will have. */
    public int nextRow() {
        return rows;
    }

    public ValidationSupport validation() {
        return validation;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Shows the form; true when the person saved it with every field acceptable. */
    public boolean showAndWait() {
        return dialog.showAndWait().filter(save::equals).isPresent() && !validation.isInvalid();
    }

    /** Shows the form until {@code accepted} agrees (for example a service check), or it is cancelled. */
    public boolean showAndWaitUntil(BooleanSupplier accepted) {
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            if (!accepted.getAsBoolean()) {
                event.consume();
            }
        });
        return showAndWait();
    }
}
