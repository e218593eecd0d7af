package uk.supportbudget.ui.welcome;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * The note across the top of every page while the example book is open: its figures are made up,
 * and the way to one's own book is one button away. Calm rather than a warning, and closable; it
 * comes back when the example is opened again. Its buttons are in the Tab order before the page.
 */
public final class ExampleBanner extends HBox {

    /** Below this much room for the sentence beside the buttons, the buttons go under it. */
    private static final double SENTENCE_ROOM = 380;

    private final GridPane body = new GridPane();
    private final Label sentence = new Label(I18n.tr("example.banner.text"));
    private final HBox actions;

    public ExampleBanner(Runnable startOwnBook, Runnable showWelcome) {
        setId("example-banner");
        getStyleClass().add("example-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);

        FontIcon icon = new FontIcon(Material2AL.INFO);
        icon.getStyleClass().add("example-banner-icon");

        sentence.setId("example-banner-text");
        sentence.setWrapText(true);
        sentence.setMinWidth(0);
        sentence.setMinHeight(Region.USE_PREF_SIZE);

        Button start = new Button(I18n.tr("example.banner.start"));
        start.setId("example-banner-start");
        start.getStyleClass().add("accent");
        start.setAccessibleHelp(I18n.tr("welcome.start.help"));
        start.setTooltip(new Tooltip(I18n.tr("welcome.start.help")));
        start.setOnAction(event -> startOwnBook.run());
        Button welcome = new Button(I18n.tr("example.banner.welcome"));
        welcome.setId("example-banner-welcome");
        welcome.setAccessibleHelp(I18n.tr("example.banner.welcome.help"));
        welcome.setTooltip(new Tooltip(I18n.tr("example.banner.welcome.help")));
        welcome.setOnAction(event -> showWelcome.run());
        for (Button button : new Button[] {start, welcome}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setMnemonicParsing(false);
        }
        actions = new HBox(8, start, welcome);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setMinWidth(Region.USE_PREF_SIZE);

        Button close = new Button("", new FontIcon(Material2AL.CLOSE));
        close.setId("example-banner-close");
        close.getStyleClass().addAll("flat", "button-circle");
        close.setAccessibleText(I18n.tr("example.banner.close"));
        close.setTooltip(new Tooltip(I18n.tr("example.banner.close")));
        close.setOnAction(event -> hide());

        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        text.setMinWidth(0);
        body.getColumnConstraints().add(text);
        body.setHgap(16);
        body.setVgap(8);
        body.add(sentence, 0, 0);
        body.add(actions, 1, 0);
        GridPane.setValignment(sentence, VPos.CENTER);
        GridPane.setHalignment(actions, HPos.LEFT);
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);
        getChildren().addAll(icon, body, close);
        // the buttons sit beside the sentence while there is room to read it, else under it
        widthProperty().addListener((observable, was, now) -> arrange(now.doubleValue()));
        hide();
    }

    private void arrange(double width) {
        double beside = actions.prefWidth(-1) + ThemeManager.scaled(SENTENCE_ROOM) + ThemeManager.scaled(96);
        boolean wide = width >= beside;
        int column = wide ? 1 : 0;
        int row = wide ? 0 : 1;
        if (GridPane.getColumnIndex(actions) != column || GridPane.getRowIndex(actions) != row) {
            GridPane.setConstraints(actions, column, row);
        }
    }

    /** Shown (again) for the example book. */
    public void show() {
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }
}
