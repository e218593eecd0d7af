package uk.supportbudget.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import uk.supportbudget.domain.money.Money;

/** Pieces the feature screens share: a window of their own over the main one, and a money column. */
public final class ScreenParts {

    private ScreenParts() {
    }

    /** A window that keeps the main window waiting while it is open, styled like it. */
    public static Stage modalStage(DialogService dialogs, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        Window owner = dialogs.owner();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        // sized for the text size chosen, but never larger than the screen it opens on
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        NoClipping.watch(root);
        Scene scene = new Scene(root, Math.min(ThemeManager.scaled(width), screen.getWidth()),
                Math.min(ThemeManager.scaled(height), screen.getHeight()));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // keyboard focus moves into the new window, so keys reach it at once (the main window is waiting)
        stage.setOnShown(event -> stage.requestFocus());
        return stage;
    }

    /** Amounts right-aligned as £1,234.56, money out in the negative colour; sorts by pence. */
    public static <R> TableColumn<R, Money> moneyColumn(String title, Function<R, Money> value) {
        TableColumn<R, Money> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Money item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("negative");
                setText(empty || item == null ? null : item.display());
                setAlignment(Pos.CENTER_RIGHT);
                if (!empty && item != null && item.isNegative()) {
                    getStyleClass().add("negative");
                }
            }
        });
        column.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        return column;
    }
}
