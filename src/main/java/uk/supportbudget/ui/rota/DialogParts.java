package uk.supportbudget.ui.rota;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.ui.common.Converters;
import uk.supportbudget.ui.common.I18n;

/** The pieces the rota's dialogs share: a PA chooser, a form of labelled fields, and a sentence that wraps. */
final class DialogParts {

    private DialogParts() {
    }

    /** A choice of PA, shown by name. */
    static ComboBox<Employee> paChooser(String id, List<Employee> staff) {
        ComboBox<Employee> pa = new ComboBox<>();
        pa.setId(id);
        pa.getItems().setAll(staff);
        pa.setConverter(Converters.showing(employee -> employee == null ? "" : employee.fullName()));
        return pa;
    }

    /**
     * Labelled fields ({@code {labelKey, node}} pairs), one a row or two a row to keep a dialog short
     * enough for a small screen; each label names its field for screen readers.
     */
    static GridPane form(Object[][] rows, boolean twoARow) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int i = 0; i < rows.length; i++) {
            Label label = new Label(I18n.tr((String) rows[i][0]));
            Node field = (Node) rows[i][1];
            label.setLabelFor(field);
            label.setMinWidth(Region.USE_PREF_SIZE);
            field.setAccessibleText(label.getText());
            int column = twoARow ? (i % 2) * 2 : 0;
            int row = twoARow ? i / 2 : i;
            grid.add(label, column, row);
            grid.add(field, column + 1, row);
        }
        return grid;
    }

    /** A sentence that wraps within {@code width}, takes the height it needs, and takes none while empty. */
    static Label sentence(String id, String style, double width) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.setWrapText(true);
        label.setMaxWidth(width);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.getStyleClass().add(style);
        return label;
    }
}
