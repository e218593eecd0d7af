package uk.supportbudget.ui.placeholder;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * A page whose work arrives in a later version: it says plainly what it will do, so nobody
 * mistakes an empty screen for lost data.
 */
public final class LaterView extends VBox {

    public LaterView(String id, String titleKey, String textKey) {
        setId(id);
        setSpacing(12);
        setPadding(new Insets(32));
        Label title = new Label(I18n.tr(titleKey));
        title.getStyleClass().add("title-2");
        Label text = new Label(I18n.tr(textKey));
        text.setWrapText(true);
        text.setMaxWidth(ThemeManager.scaled(640));
        Label note = new Label(I18n.tr("later.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        getChildren().addAll(title, text, note);
    }
}
