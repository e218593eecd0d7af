package uk.supportbudget.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
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
 * At large text sizes a word cut to "…" is a word lost, and a page that scrolls sideways is a page
 * half read. Under a page this lets every label, button and link wrap onto more lines rather than
 * be cut or push the page wider: each keeps at least the width of its longest word and the height
 * its lines need. Table headings wrap too, and columns share the table's width, each never
 * narrower than its heading's longest word. It follows the page as it changes, so rows and
 * sections added later are looked after too.
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
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.getColumns().forEach(NoClipping::roomForHeading);
            if (table.getPlaceholder() instanceof Labeled empty) {
                keepWhole(empty);
            }
            return;
        }
        if (node instanceof TreeTableView<?> table) {
            table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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

    /**
     * Wraps the text, never narrower than its longest word (with the graphic beside it) and never
     * shorter than its lines. A view that set a minimum width of its own keeps it.
     */
    private static void keepWhole(Labeled labeled) {
        if (labeled.getMinWidth() != Control.USE_COMPUTED_SIZE || labeled.minWidthProperty().isBound()) {
            return;
        }
        labeled.setWrapText(true);
        labeled.setMinHeight(Control.USE_PREF_SIZE);
        labeled.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> widestWord(labeled),
                labeled.textProperty(), labeled.fontProperty(), labeled.graphicProperty(), labeled.insetsProperty(),
                labeled.labelPaddingProperty(), labeled.contentDisplayProperty(), labeled.graphicTextGapProperty()));
    }

    /** The width the labeled needs to show its longest word whole, with its graphic, padding and insets. */
    static double widestWord(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        double word = 0;
        Text measure = new Text();
        measure.setFont(labeled.getFont());
        for (String piece : text.split("\\s+")) {
            if (!piece.isEmpty()) {
                measure.setText(piece);
                word = Math.max(word, measure.getLayoutBounds().getWidth());
            }
        }
        double graphic = 0;
        Node shown = labeled.getGraphic();
        if (shown != null && (labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT
                || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.RIGHT)) {
            graphic = shown.prefWidth(-1) + labeled.getGraphicTextGap();
        } else if (shown != null) {
            word = Math.max(word, shown.prefWidth(-1));
        }
        javafx.geometry.Insets insets = labeled.getInsets();
        javafx.geometry.Insets padding = labeled.getLabelPadding();
        // a check box or radio button draws its box beside the text
        double box = labeled instanceof javafx.scene.control.CheckBox || labeled instanceof javafx.scene.control.RadioButton
                ? labeled.getFont().getSize() * 1.6 : 0;
        return Math.ceil(word + graphic + box + insets.getLeft() + insets.getRight() + padding.getLeft()
                + padding.getRight() + 2);
    }

    /**
     * The width a heading needs: on one line at ordinary sizes; at large sizes (where headings wrap onto
     * two lines) the wider of its two lines, split where that is narrowest.
     */
    private static double headingWidth(String heading, Text text) {
        text.setText(heading);
        double whole = text.getLayoutBounds().getWidth();
        if (ThemeManager.scaled(100) < ThemeManager.WRAPPED_HEADINGS_FROM * 100) {
            return whole;
        }
        String[] words = heading.strip().split("\\s+");
        double best = whole;
        for (int split = 1; split < words.length; split++) {
            text.setText(String.join(" ", java.util.Arrays.copyOfRange(words, 0, split)));
            double first = text.getLayoutBounds().getWidth();
            text.setText(String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length)));
            best = Math.min(best, Math.max(first, text.getLayoutBounds().getWidth()));
        }
        return best;
    }

    /** A column never narrower than its heading's longest word (bold, at the current text size) plus the sort arrow. */
    private static void roomForHeading(TableColumnBase<?, ?> column) {
        column.getColumns().forEach(NoClipping::roomForHeading);
        String heading = column.getText();
        if (heading == null || heading.isBlank()) {
            return;
        }
        Text text = new Text();
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD,
                ThemeManager.scaled(ThemeManager.BASE_FONT_PX)));
        double needed = Math.ceil(headingWidth(heading, text)) + ThemeManager.scaled(28);
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
