package uk.supportbudget.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * At large text sizes a word cut to "…" is a word lost. Under a page this makes every button,
 * link and one-line label keep the width its text needs (the page scrolls instead), lets
 * wrapping labels wrap, and gives table columns room for their headings. It follows the page as
 * it changes, so rows and sections added later are looked after too.
 */
public final class NoClipping {

    private static final String WATCHED = "sb.noClipping";

    private NoClipping() {
    }

    /** Looks after {@code root} and everything later added under it. */
    public static void watch(Node root) {
        visit(root);
    }

    /** {@link #watch} for a node being built, returned for chaining. */
    public static <N extends Node> N watched(N root) {
        watch(root);
        return root;
    }

    private static void visit(Node node) {
        if (node instanceof MenuBar || node instanceof ComboBoxBase<?> || node instanceof ListView<?>) {
            return;
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(NoClipping::roomForHeading);
            return;
        }
        if (node instanceof TreeTableView<?> table) {
            table.getColumns().forEach(NoClipping::roomForHeading);
            return;
        }
        if (node instanceof Labeled labeled) {
            keepWhole(labeled);
        }
        if (node instanceof Parent parent && !Boolean.TRUE.equals(parent.getProperties().get(WATCHED))) {
            parent.getProperties().put(WATCHED, Boolean.TRUE);
            parent.getChildrenUnmodifiable().forEach(NoClipping::visit);
            parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(NoClipping::visit);
                }
            });
        }
    }

    private static void keepWhole(Labeled labeled) {
        if (labeled.getMinWidth() != Control.USE_COMPUTED_SIZE) {
            return;
        }
        if (labeled instanceof Label && labeled.isWrapText()) {
            // a wrapping label grows downwards; it must not be squeezed shorter than its lines
            labeled.setMinHeight(Control.USE_PREF_SIZE);
            return;
        }
        labeled.setMinWidth(Control.USE_PREF_SIZE);
    }

    /** A column never narrower than its heading (bold, at the current text size) plus the sort arrow. */
    private static void roomForHeading(TableColumnBase<?, ?> column) {
        column.getColumns().forEach(NoClipping::roomForHeading);
        String heading = column.getText();
        if (heading == null || heading.isBlank()) {
            return;
        }
        Text text = new Text(heading);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD,
                ThemeManager.scaled(ThemeManager.BASE_FONT_PX)));
        double needed = Math.ceil(text.getLayoutBounds().getWidth()) + ThemeManager.scaled(28);
        if (column.getMinWidth() < needed) {
            column.setMinWidth(needed);
        }
        if (column.getMaxWidth() < needed) {
            column.setMaxWidth(needed);
        }
        if (column.getPrefWidth() < needed) {
            column.setPrefWidth(needed);
        }
    }
}
