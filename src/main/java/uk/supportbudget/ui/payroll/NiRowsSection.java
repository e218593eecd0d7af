package uk.supportbudget.ui.payroll;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.Validator;

import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.ui.common.FormDialog;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * The "Figures from the old payroll" form's National Insurance: one row per category letter (a PA can change
 * letter in the year), each with its earnings bands and both contributions, a button to add a letter and one
 * on each row to remove it. Each field has one rule that says everything wrong with it, because ControlsFX
 * keeps only one result per field. A removed row's fields stay registered with the form but say nothing.
 */
final class NiRowsSection {

    private final FormDialog form;
    private final OpeningFiguresModel model;
    private final int formRow;
    private final VBox rows = new VBox(12);
    private final Button add = new Button(I18n.tr("payroll.opening.ni.add"));
    /** Built once per row, so a row's fields keep their focus and rule when another row comes or goes. */
    private final Map<OpeningFiguresModel.NiRow, FlowPane> built = new HashMap<>();

    private NiRowsSection(FormDialog form, OpeningFiguresModel model) {
        this.form = form;
        this.model = model;
        this.formRow = form.nextRow() + 2;
    }

    static void add(FormDialog form, OpeningFiguresModel model) {
        new NiRowsSection(form, model).build();
    }

    private void build() {
        Label title = new Label(I18n.tr("payroll.opening.ni.rows"));
        title.getStyleClass().add("money");
        Label help = new Label(I18n.tr("payroll.opening.ni.rowsHelp"));
        help.setWrapText(true);
        help.setMaxWidth(520);
        help.getStyleClass().add("text-muted");
        form.wide(title).wide(help).wide(rows);
        add.setId("opening-ni-add");
        add.setAccessibleText(I18n.tr("payroll.opening.ni.add"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(event -> model.addNiRow().ifPresent(row -> focusFirst(built.get(row))));
        add.disableProperty().bind(model.hasThisEmployment.not());
        form.wide(add);
        model.niRows.addListener((ListChangeListener<OpeningFiguresModel.NiRow>) change -> show());
        model.gross.addListener((obs, was, now) -> form.validation().revalidate());
        show();
    }

    private void show() {
        List<FlowPane> shown = model.niRows.stream().map(row -> built.computeIfAbsent(row, this::rowOf)).toList();
        rows.getChildren().setAll(shown);
        for (int i = 0; i < model.niRows.size(); i++) {
            describe(model.niRows.get(i), built.get(model.niRows.get(i)), i + 1);
        }
        form.validation().revalidate();
    }

    private FlowPane rowOf(OpeningFiguresModel.NiRow row) {
        ComboBox<NiCategory> category = new ComboBox<>(FXCollections.observableArrayList(NiCategory.values()));
        category.valueProperty().bindBidirectional(row.category);
        category.setMinWidth(Region.USE_PREF_SIZE);
        // A row wraps after the earnings bands when the dialog is narrow (or the text large), rather than run off its edge.
        FlowPane box = new FlowPane(8, 4, captioned("payroll.opening.category", category));
        box.setAlignment(Pos.BOTTOM_LEFT);
        box.setPrefWrapLength(ThemeManager.scaled(520));
        form.validateAt(formRow, category, rule(() -> model.niCategoryProblem(row)));
        List<Part> parts = List.of(new Part("at-lel", "payroll.opening.atLel", "payroll.opening.atLel.short"),
                new Part("lel-to-pt", "payroll.opening.lelToPt", "payroll.opening.lelToPt.short"),
                new Part("pt-to-uel", "payroll.opening.ptToUel", "payroll.opening.ptToUel.short"),
                new Part("employee-ni", "payroll.opening.employeeNi", "payroll.opening.employeeNi.short"),
                new Part("employer-ni", "payroll.opening.employerNi", "payroll.opening.employerNi.short"));
        List<StringProperty> amounts = row.amounts();
        for (int i = 0; i < amounts.size(); i++) {
            StringProperty amount = amounts.get(i);
            TextField field = new TextField();
            field.textProperty().bindBidirectional(amount);
            field.setPromptText("0.00");
            field.setPrefColumnCount(6);
            field.setMinWidth(Region.USE_PREF_SIZE);
            field.getProperties().put(PART, parts.get(i));
            box.getChildren().add(captioned(parts.get(i).captionKey(), field));
            form.validateAt(formRow, field, rule(() -> model.niAmountProblem(row, amount)));
            amount.addListener((obs, was, now) -> form.validation().revalidate());
        }
        row.category.addListener((obs, was, now) -> {
            describe(row, box, model.niRows.indexOf(row) + 1);
            form.validation().revalidate();
        });
        Button remove = new Button(I18n.tr("payroll.opening.ni.remove"));
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(event -> {
            model.removeNiRow(row);
            add.requestFocus();
        });
        box.getChildren().add(remove);
        box.getChildren().forEach(node -> node.disableProperty().bind(model.hasThisEmployment.not()));
        return box;
    }

    /** One amount of a row: its id's stem, its full name (for screen readers and the tooltip) and its caption. */
    private record Part(String id, String nameKey, String captionKey) {
    }

    private static final String PART = "opening.ni.part";

    /** Gives each control of the row its id and a name that says which row it is, for tests and screen readers. */
    private static void describe(OpeningFiguresModel.NiRow row, FlowPane box, int number) {
        String letter = String.valueOf(row.category.get());
        for (Control control : controls(box)) {
            if (control instanceof ComboBox<?>) {
                control.setId("opening-ni-category-" + number);
                control.setAccessibleText(I18n.tr("payroll.opening.ni.categoryName", number));
            } else if (control instanceof Button) {
                control.setId("opening-ni-remove-" + number);
                control.setAccessibleText(I18n.tr("payroll.opening.ni.removeName", letter));
            } else {
                Part part = (Part) control.getProperties().get(PART);
                control.setId("opening-" + part.id() + "-" + number);
                String name = I18n.tr("payroll.opening.ni.fieldName", I18n.tr(part.nameKey()), letter);
                control.setAccessibleText(name);
                control.setTooltip(new Tooltip(name));
            }
        }
    }

    private static List<Control> controls(FlowPane box) {
        return box.getChildren().stream().map(node -> node instanceof VBox column ? column.getChildren().get(1) : node)
                .map(Control.class::cast).toList();
    }

    private static VBox captioned(String captionKey, Control field) {
        Label caption = new Label(I18n.tr(captionKey));
        caption.setLabelFor(field);
        caption.setMinWidth(Label.USE_PREF_SIZE);
        caption.getStyleClass().add("text-muted");
        return new VBox(2, caption, field);
    }

    private static void focusFirst(FlowPane box) {
        if (box != null) {
            controls(box).get(0).requestFocus();
        }
    }

    private static <T> Validator<T> rule(java.util.function.Supplier<Optional<String>> problem) {
        return (Control c, T value) -> {
            Optional<String> sentence = problem.get();
            return ValidationResult.fromErrorIf(c, sentence.orElse(""), sentence.isPresent());
        };
    }
}
