package uk.supportbudget.ui.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.ui.common.I18n;

/**
 * Table cells of the Money page. Every cell reads straight from the compact row (no per-cell
 * property objects); editable cells validate with ControlsFX and refuse bad input in place with a
 * sentence, keeping the editor open until it is right or Escape is pressed.
 */
final class LedgerCells {

    // English month abbreviations ("Sep", not the UK locale's "Sept") keep the date column narrow
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private LedgerCells() {
    }

    /** The category as words: a split lists its parts; a row without one says it needs one. */
    static String category(LedgerRow row) {
        if (row.isSplit()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < row.parts().size(); i++) {
                text.append(i == 0 ? "" : " + ").append(row.parts().category(i).label());
            }
            return I18n.tr("money.split", text);
        }
        return row.categoryOrNull() == null ? I18n.tr("money.needsCategory") : row.categoryOrNull().label();
    }

    static String funder(LedgerRow row) {
        if (row.isSplit()) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (int i = 0; i < row.parts().size(); i++) {
                names.add(row.parts().funder(i) == null ? "\u2014" : row.parts().funder(i).label());
            }
            return String.join(" + ", names);
        }
        return row.funderOrNull() == null ? "" : row.funderOrNull().label();
    }

    /** A read-only cell showing {@code text} of the row. */
    static TableCell<LedgerRow, LedgerRow> text(Function<LedgerRow, String> text, boolean money) {
        return new TableCell<>() {
            @Override
            protected void updateItem(LedgerRow row, boolean empty) {
                super.updateItem(row, empty);
                decorate(this, row, empty, text, money);
            }
        };
    }

    private static void decorate(TableCell<LedgerRow, LedgerRow> cell, LedgerRow row, boolean empty,
                                 Function<LedgerRow, String> text, boolean money) {
        cell.getStyleClass().removeAll("negative", "needs-category");
        if (empty || row == null) {
            cell.setText(null);
            cell.setGraphic(null);
            return;
        }
        cell.setText(text.apply(row));
        cell.setGraphic(null);
        if (money) {
            cell.setAlignment(Pos.CENTER_RIGHT);
            if (cell.getText().startsWith("-")) {
                cell.getStyleClass().add("negative");
            }
        } else if (row.needsCategory() && cell.getTableColumn() != null
                && "money-col-category".equals(cell.getTableColumn().getId())) {
            cell.getStyleClass().add("needs-category");
        }
    }

    /**
     * A cell edited as text. {@code problem} says what is wrong with typed text (empty when it
     * is fine); {@code commit} saves it. {@code editable} decides per row (transfers, splits).
     */
    static TableCell<LedgerRow, LedgerRow> editableText(Function<LedgerRow, String> shown, Function<LedgerRow, String> initial,
                                                        Function<String, Optional<String>> problem,
                                                        Predicate<LedgerRow> editable,
                                                        BiConsumer<LedgerRow, String> commit, boolean money) {
        return new EditableCell(shown, money) {
            private TextField field;
            private final ValidationSupport validation = new ValidationSupport();

            @Override
            public void startEdit() {
                LedgerRow row = getItem();
                if (row == null || !editable.test(row)) {
                    return;
                }
                super.startEdit();
                field = new TextField(initial.apply(row));
                field.setId("money-cell-editor");
                validation.registerValidator(field, false, (javafx.scene.control.Control c, String value) ->
                        ValidationResult.fromErrorIf(c, problem.apply(value).orElse(""), problem.apply(value).isPresent()));
                field.setOnKeyPressed(event -> {
                    if (event.getCode() == KeyCode.ENTER) {
                        Optional<String> wrong = problem.apply(field.getText());
                        if (wrong.isPresent()) {
                            field.setTooltip(new Tooltip(wrong.get()));
                            field.getTooltip().show(field, field.localToScreen(0, 0).getX(),
                                    field.localToScreen(0, 0).getY() + field.getHeight());
                        } else {
                            String text = field.getText();
                            cancelEdit();
                            commit.accept(row, text);
                        }
                        event.consume();
                    } else if (event.getCode() == KeyCode.ESCAPE) {
                        cancelEdit();
                        event.consume();
                    }
                });
                setText(null);
                setGraphic(field);
                field.requestFocus();
                field.selectAll();
            }

            @Override
            public void cancelEdit() {
                if (field != null && field.getTooltip() != null) {
                    field.getTooltip().hide();
                }
                field = null;
                super.cancelEdit();
            }
        };
    }

    /** An editable cell that shows the row as text whenever it is not being edited. */
    private abstract static class EditableCell extends TableCell<LedgerRow, LedgerRow> {
        private final Function<LedgerRow, String> shown;
        private final boolean money;

        EditableCell(Function<LedgerRow, String> shown, boolean money) {
            this.shown = shown;
            this.money = money;
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            decorate(this, getItem(), getItem() == null, shown, money);
        }

        @Override
        protected void updateItem(LedgerRow row, boolean empty) {
            super.updateItem(row, empty);
            if (!isEditing()) {
                decorate(this, row, empty, shown, money);
            }
        }
    }

    /** A cell edited by choosing from a list, such as the category or the funder. */
    static <T> TableCell<LedgerRow, LedgerRow> choice(Function<LedgerRow, String> shown, Function<LedgerRow, T> current,
                                                      java.util.List<T> choices, Function<T, String> label,
                                                      Predicate<LedgerRow> editable, BiConsumer<LedgerRow, T> commit) {
        return new EditableCell(shown, false) {
            @Override
            public void startEdit() {
                LedgerRow row = getItem();
                if (row == null || !editable.test(row)) {
                    return;
                }
                super.startEdit();
                ComboBox<T> box = new ComboBox<>();
                box.getItems().setAll(choices);
                box.setConverter(uk.supportbudget.ui.common.Converters.showing(label));
                box.setValue(current.apply(row));
                box.setId("money-cell-choice");
                box.setMaxWidth(Double.MAX_VALUE);
                box.setOnAction(event -> {
                    T chosen = box.getValue();
                    cancelEdit();
                    if (chosen != current.apply(row)) {
                        commit.accept(row, chosen);
                    }
                });
                box.setOnKeyPressed(event -> {
                    if (event.getCode() == KeyCode.ESCAPE) {
                        cancelEdit();
                    }
                });
                setText(null);
                setGraphic(box);
                box.requestFocus();
                box.show();
            }
        };
    }

    static String date(LedgerRow row) {
        return LocalDate.ofEpochDay(row.epochDay()).format(DAY);
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
