package uk.supportbudget.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * The Display section of Settings: text size from 100% to 200% in steps of 10, and the colours
 * (light, dark, high contrast). Changes apply at once and are kept for this computer.
 */
final class DisplaySettings {

    private DisplaySettings() {
    }

    /** The section, or nothing when the page is shown without the app's window (tests). */
    static Node section() {
        return ThemeManager.installed().<Node>map(DisplaySettings::section).orElseGet(VBox::new);
    }

    static Node section(ThemeManager themes) {
        Label heading = new Label(I18n.tr("display.title"));
        heading.getStyleClass().add("title-3");
        Label help = new Label(I18n.tr("display.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");

        Slider size = new Slider(ThemeManager.SMALLEST, ThemeManager.LARGEST, themes.textSize());
        size.setId("settings-text-size");
        size.setMajorTickUnit(ThemeManager.STEP * 5);
        size.setMinorTickCount(4);
        size.setBlockIncrement(ThemeManager.STEP);
        size.setSnapToTicks(true);
        size.setShowTickMarks(true);
        size.setShowTickLabels(false);
        size.setPrefWidth(ThemeManager.scaled(360));
        Label sizeCaption = new Label(I18n.tr("display.textSize"));
        sizeCaption.setLabelFor(size);
        sizeCaption.getStyleClass().add("card-caption");
        Label sizeValue = new Label(I18n.tr("display.textSize.value", themes.textSize()));
        sizeValue.setId("settings-text-size-value");
        sizeValue.setMinWidth(Label.USE_PREF_SIZE);
        size.setAccessibleText(I18n.tr("display.textSize"));
        size.setAccessibleHelp(I18n.tr("display.textSize.help"));
        // applied when the thumb settles on a step, so dragging does not rebuild the page at every pixel
        size.valueProperty().addListener((o, was, now) -> {
            int percent = ThemeManager.clamp(now.intValue());
            if (!size.isValueChanging() && percent != themes.textSize()) {
                themes.setTextSize(percent);
            }
        });
        size.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                themes.setTextSize((int) Math.round(size.getValue()));
            }
        });
        Label keys = new Label(I18n.tr("display.textSize.help"));
        keys.setWrapText(true);
        keys.getStyleClass().add("text-muted");
        HBox sizeRow = new HBox(12, size, sizeValue);
        sizeRow.setAlignment(Pos.CENTER_LEFT);

        Label themeCaption = new Label(I18n.tr("display.theme"));
        themeCaption.getStyleClass().add("card-caption");
        ToggleGroup group = new ToggleGroup();
        HBox themeRow = new HBox(16);
        themeRow.setAlignment(Pos.CENTER_LEFT);
        for (ThemeManager.Theme theme : ThemeManager.Theme.values()) {
            RadioButton choice = new RadioButton(theme.label());
            choice.setId("settings-theme-" + theme.key());
            choice.setToggleGroup(group);
            choice.setSelected(themes.theme() == theme);
            choice.setOnAction(event -> themes.setTheme(theme));
            themeRow.getChildren().add(choice);
        }
        themeCaption.setLabelFor(themeRow.getChildren().get(0));
        themeRow.setAccessibleText(I18n.tr("display.theme"));

        VBox section = new VBox(10, heading, help, sizeCaption, sizeRow, keys, themeCaption, themeRow);
        section.setId("settings-display");
        section.getStyleClass().add("dashboard-section");
        return section;
    }
}
