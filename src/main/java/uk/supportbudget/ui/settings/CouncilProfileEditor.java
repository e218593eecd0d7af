package uk.supportbudget.ui.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnFrequency;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * Edits a council profile: how often and by when, the council's categories and where each of ours
 * goes, the surplus rule, evidence, retention and declaration. Nothing is returned until the whole
 * profile is valid; the reason is shown above the buttons.
 */
final class CouncilProfileEditor {

    private CouncilProfileEditor() {
    }

    static Optional<CouncilProfile> edit(Window owner, CouncilProfile start) {
        Dialog<CouncilProfile> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.tr("profile.editTitle"));
        dialog.setHeaderText(I18n.tr("profile.editHeader"));
        dialog.getDialogPane().setId("profile-editor");
        ButtonType save = new ButtonType(I18n.tr("profile.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(I18n.tr("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        TextField id = field("profile-id", start.id());
        TextField name = field("profile-name", start.name());
        TextField council = field("profile-council", start.councilName());
        TextArea address = area("profile-address", start.contactAddress(), 3);
        ComboBox<ReturnFrequency> frequency = new ComboBox<>();
        frequency.getItems().setAll(ReturnFrequency.values());
        frequency.setValue(start.frequency());
        frequency.setId("profile-frequency");
        TextField dueDays = field("profile-due", String.valueOf(start.dueDays()));
        TextField surplus = field("profile-surplus", String.valueOf(start.surplusWeeks()));
        TextField contingency = field("profile-contingency", String.valueOf(start.contingencyWeeks()));
        TextField threshold = field("profile-threshold", start.evidenceThreshold().plain());
        TextField retention = field("profile-retention", String.valueOf(start.retentionYears()));
        TextArea categories = area("profile-categories", String.join("\n", start.categories()), 6);
        TextArea evidence = area("profile-evidence", String.join("\n", start.evidenceRequired()), 5);
        TextArea declaration = area("profile-declaration", start.declaration(), 4);

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(id, Validator.createRegexValidator(I18n.tr("profile.idRule"), "[a-z0-9][a-z0-9-]{0,40}",
                org.controlsfx.validation.Severity.ERROR));
        validation.registerValidator(name, Validator.createEmptyValidator(I18n.tr("profile.required")));
        validation.registerValidator(council, Validator.createEmptyValidator(I18n.tr("profile.required")));
        for (TextField number : List.of(dueDays, surplus, contingency, retention)) {
            validation.registerValidator(number, Validator.createRegexValidator(I18n.tr("profile.wholeNumber"), "\\d{1,3}",
                    org.controlsfx.validation.Severity.ERROR));
        }

        GridPane mapping = new GridPane();
        mapping.setHgap(10);
        mapping.setVgap(6);
        Map<Category, ComboBox<String>> choices = new EnumMap<>(Category.class);
        int row = 0;
        for (Category ours : Category.values()) {
            if (!ours.isSpending()) {
                continue;
            }
            ComboBox<String> theirs = new ComboBox<>();
            theirs.setId("profile-map-" + ours.code());
            theirs.getItems().setAll(CouncilProfileForm.lines(categories.getText()));
            theirs.setValue(start.councilCategory(ours));
            theirs.setPrefWidth(ThemeManager.scaled(300));
            choices.put(ours, theirs);
            mapping.addRow(row++, new Label(ours.label()), theirs);
        }
        categories.textProperty().addListener((o, was, now) -> {
            List<String> lines = CouncilProfileForm.lines(now);
            choices.values().forEach(box -> {
                String kept = box.getValue();
                box.getItems().setAll(lines);
                box.setValue(lines.contains(kept) ? kept : null);
            });
        });

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(ThemeManager.scaled(210));
        captions.setMaxWidth(ThemeManager.scaled(210));
        form.getColumnConstraints().add(captions);
        int r = 0;
        form.addRow(r++, label("profile.idLabel"), id);
        form.addRow(r++, label("profile.nameLabel"), name);
        form.addRow(r++, label("profile.councilLabel"), council);
        form.addRow(r++, label("profile.addressLabel"), address);
        form.addRow(r++, label("profile.frequencyLabel"), frequency);
        form.addRow(r++, label("profile.dueLabel"), dueDays);
        form.addRow(r++, label("profile.surplusLabel"), surplus);
        form.addRow(r++, label("profile.contingencyLabel"), contingency);
        form.addRow(r++, label("profile.thresholdLabel"), threshold);
        form.addRow(r++, label("profile.retentionLabel"), retention);
        form.addRow(r++, label("profile.categoriesLabel"), categories);
        form.addRow(r++, label("profile.mappingLabel"), mapping);
        form.addRow(r++, label("profile.evidenceLabel"), evidence);
        form.addRow(r, label("profile.declarationLabel"), declaration);

        Label problem = new Label();
        problem.setId("profile-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("warning-text");
        ScrollPane scroller = new ScrollPane(form);
        scroller.setFitToWidth(true);
        scroller.setPrefSize(820, 600);
        VBox content = new VBox(10, scroller, problem);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);

        CouncilProfile[] result = new CouncilProfile[1];
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            Map<Category, String> mapped = new EnumMap<>(Category.class);
            choices.forEach((ours, box) -> mapped.put(ours, box.getValue()));
            try {
                result[0] = new CouncilProfileForm(id.getText(), name.getText(), council.getText(), address.getText(),
                        frequency.getValue(), dueDays.getText(), surplus.getText(), contingency.getText(),
                        threshold.getText(), retention.getText(), categories.getText(), mapped, evidence.getText(),
                        declaration.getText()).toProfile();
            } catch (Refusal refusal) {
                problem.setText(refusal.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == save ? result[0] : null);
        return dialog.showAndWait();
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.setWrapText(true);
        label.setMaxWidth(ThemeManager.scaled(200));
        return label;
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        return field;
    }

    private static TextArea area(String id, String value, int rows) {
        TextArea area = new TextArea(value);
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }
}
