package uk.supportbudget.ui.main;

import java.util.function.Consumer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * The keys that work anywhere in the window, shown in menus so they can be found: Ctrl+1..8 go
 * to a page (the Go menu), Ctrl+plus, Ctrl+minus and Ctrl+0 change the text size (the View menu).
 */
final class KeyboardShortcuts {

    private KeyboardShortcuts() {
    }

    /** "Go": one item per page of the rail, Ctrl+1 for the first. */
    static Menu goMenu(Consumer<Page> go, ObservableBooleanValue noBook) {
        Menu menu = new Menu(I18n.tr("menu.go"));
        menu.setId("menu-go");
        for (Page page : Page.values()) {
            int number = page.ordinal() + 1;
            MenuItem item = new MenuItem(I18n.tr("menu.go.page", number, I18n.tr(page.labelKey())));
            item.setId("menu-go-" + page.name().toLowerCase(java.util.Locale.ROOT));
            if (number <= 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + number), KeyCombination.SHORTCUT_DOWN));
            }
            item.disableProperty().bind(noBook);
            item.setOnAction(event -> go.accept(page));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** "View": text size and theme, the same choices as the Display section of Settings. */
    static Menu viewMenu(ThemeManager themes) {
        MenuItem larger = item("menu.view.larger", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), themes::larger);
        MenuItem smaller = item("menu.view.smaller", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), themes::smaller);
        MenuItem normal = item("menu.view.normal", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), themes::resetTextSize);
        larger.disableProperty().bind(themes.textSizeProperty().greaterThanOrEqualTo(ThemeManager.LARGEST));
        smaller.disableProperty().bind(themes.textSizeProperty().lessThanOrEqualTo(ThemeManager.SMALLEST));
        Menu theme = new Menu(I18n.tr("menu.view.theme"));
        theme.setId("menu-view-theme");
        ToggleGroup group = new ToggleGroup();
        for (ThemeManager.Theme choice : ThemeManager.Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setId("menu-theme-" + choice.key());
            item.setToggleGroup(group);
            item.setSelected(themes.theme() == choice);
            item.setOnAction(event -> themes.setTheme(choice));
            themes.themeProperty().addListener((o, was, now) -> item.setSelected(now == choice));
            theme.getItems().add(item);
        }
        Menu menu = new Menu(I18n.tr("menu.view"), null, larger, smaller, normal, new SeparatorMenuItem(), theme);
        menu.setId("menu-view");
        return menu;
    }

    private static MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.tr(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }

    /**
     * The other keys people press for the same things: Ctrl+= and Ctrl+Shift+= (where + is on
     * most keyboards), the number pad's + − 0, and the number pad's digits for pages.
     */
    static void install(Scene scene, ThemeManager themes, Consumer<Page> go) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), themes::larger);
        keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), themes::larger);
        keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), themes::smaller);
        keys.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), themes::resetTextSize);
        for (Page page : Page.values()) {
            int number = page.ordinal() + 1;
            if (number <= 9) {
                keys.put(new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + number), KeyCombination.SHORTCUT_DOWN),
                        () -> go.accept(page));
            }
        }
    }
}
