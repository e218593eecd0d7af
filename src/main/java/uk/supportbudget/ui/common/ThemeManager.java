package uk.supportbudget.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

import uk.supportbudget.service.AppSettings;

/**
 * Text size and theme for every window of the app, changed at run time and kept in
 * {@link AppSettings}. Text size scales the root font size (AtlantaFX and our stylesheet size
 * things in em); the few sizes views set in code in pixels go through {@link #scaled(double)}.
 * The high-contrast theme is our own stylesheet of colour tokens on top of the light theme.
 */
public final class ThemeManager {

    /** The themes a person can choose; the key is what the settings file keeps. */
    public enum Theme {
        LIGHT("light"), DARK("dark"), HIGH_CONTRAST("high-contrast");

        private final String key;

        Theme(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public String label() {
            return I18n.tr(switch (this) {
                case LIGHT -> "display.theme.light";
                case DARK -> "display.theme.dark";
                case HIGH_CONTRAST -> "display.theme.highContrast";
            });
        }

        /** An unknown or missing key (a damaged or older settings file) means the light theme. */
        public static Theme fromKey(String key) {
            for (Theme theme : values()) {
                if (theme.key.equals(key == null ? "" : key.strip().toLowerCase(Locale.ROOT))) {
                    return theme;
                }
            }
            return LIGHT;
        }
    }

    public static final int SMALLEST = 100;
    public static final int LARGEST = 200;
    public static final int STEP = 10;
    /** From this scale on, table headings wrap onto two lines rather than widen their columns. */
    public static final double WRAPPED_HEADINGS_FROM = 1.5;
    /** The font size in pixels at 100%, as app.css and AtlantaFX set it. */
    public static final double BASE_FONT_PX = 14;

    static final String APP_CSS = "/uk/supportbudget/css/app.css";
    static final String HIGH_CONTRAST_CSS = "/uk/supportbudget/css/high-contrast.css";
    private static final String SIZE_SHEET_PREFIX = "data:text/css;base64,";

    /** The scale views read when they build; one app, one text size. */
    private static volatile double currentScale = 1.0;
    /** The manager the main window installed, for the Settings page to change. */
    private static volatile ThemeManager installedManager;

    private final AppSettings settings;
    private final ReadOnlyIntegerWrapper textSize = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private boolean installed;

    public ThemeManager(AppSettings settings) {
        this.settings = settings;
        textSize.set(clamp(settings.values().textSizePercent));
        theme.set(Theme.fromKey(settings.values().theme));
        currentScale = textSize.get() / 100.0;
        textSize.addListener((o, was, now) -> {
            currentScale = now.intValue() / 100.0;
            settings.values().textSizePercent = now.intValue();
            settings.save();
            restyleAllWindows();
        });
        theme.addListener((o, was, now) -> {
            settings.values().theme = now.key();
            settings.save();
            applyUserAgentStylesheet();
            restyleAllWindows();
        });
    }

    /** The manager the app's window installed; empty when a page is shown on its own (tests). */
    public static java.util.Optional<ThemeManager> installed() {
        return java.util.Optional.ofNullable(installedManager);
    }

    /** A size set in code in pixels at 100%, scaled to the text size chosen. */
    public static double scaled(double pixelsAtNormalSize) {
        return Math.round(pixelsAtNormalSize * currentScale);
    }

    /** The text size the settings hold, rounded to a step and kept between 100% and 200%. */
    public static int clamp(int percent) {
        int stepped = Math.round(percent / (float) STEP) * STEP;
        return Math.max(SMALLEST, Math.min(LARGEST, stepped));
    }

    public ReadOnlyIntegerProperty textSizeProperty() {
        return textSize.getReadOnlyProperty();
    }

    public int textSize() {
        return textSize.get();
    }

    public void setTextSize(int percent) {
        textSize.set(clamp(percent));
    }

    public void larger() {
        setTextSize(textSize.get() + STEP);
    }

    public void smaller() {
        setTextSize(textSize.get() - STEP);
    }

    public void resetTextSize() {
        setTextSize(SMALLEST);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme theme() {
        return theme.get();
    }

    public void setTheme(Theme chosen) {
        theme.set(chosen == null ? Theme.LIGHT : chosen);
    }

    /**
     * Sets the base theme and styles every window the app opens from now on (the main window,
     * our own windows and every alert), so a size or theme change reaches them all at once.
     */
    public void install() {
        if (installed) {
            return;
        }
        installed = true;
        installedManager = this;
        applyUserAgentStylesheet();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
        Window.getWindows().forEach(this::watch);
    }

    private void watch(Window window) {
        window.sceneProperty().addListener((o, was, now) -> style(now));
        style(window.getScene());
    }

    private void applyUserAgentStylesheet() {
        if (!installed) {
            return;
        }
        Application.setUserAgentStylesheet(theme.get() == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void restyleAllWindows() {
        if (installed) {
            List.copyOf(Window.getWindows()).forEach(window -> style(window.getScene()));
        }
    }

    /** Our stylesheets on a scene, in order: app.css, the high-contrast tokens, the text size. */
    public void style(Scene scene) {
        if (scene == null) {
            return;
        }
        List<String> wanted = stylesheets(theme.get(), textSize.get());
        var sheets = scene.getStylesheets();
        sheets.removeIf(sheet -> isOurs(sheet) && !wanted.contains(sheet));
        for (String sheet : wanted) {
            if (!sheets.contains(sheet)) {
                sheets.add(sheet);
            }
        }
    }

    /** The stylesheets a scene needs for a theme and text size (app.css first, the size last). */
    static List<String> stylesheets(Theme theme, int percent) {
        String app = ThemeManager.class.getResource(APP_CSS).toExternalForm();
        String size = sizeSheet(percent);
        if (theme == Theme.HIGH_CONTRAST) {
            return List.of(app, ThemeManager.class.getResource(HIGH_CONTRAST_CSS).toExternalForm(), size);
        }
        return List.of(app, size);
    }

    /**
     * Icon sizes (in pixels at 100%) for the rules that set them: icons do not follow em sizes,
     * so the text-size sheet repeats these rules scaled.
     */
    private static final java.util.Map<String, Integer> ICON_SIZES = java.util.Map.of(
            ".ikonli-font-icon", 18,
            ".nav-button .ikonli-font-icon", 22,
            ".welcome-choice .welcome-icon", 40,
            ".example-banner .example-banner-icon", 20,
            ".returns-check-line .ikonli-font-icon", 18);

    /** A stylesheet in a data URL with the root font size (every em size follows it) and icon sizes. */
    static String sizeSheet(int percent) {
        double scale = clamp(percent) / 100.0;
        StringBuilder css = new StringBuilder(String.format(Locale.ROOT, ".root { -fx-font-size: %.1fpx; }%n",
                BASE_FONT_PX * scale));
        ICON_SIZES.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue()).forEach(rule -> css.append(
                String.format(Locale.ROOT, "%s { -fx-icon-size: %dpx; }%n", rule.getKey(),
                        Math.round(rule.getValue() * scale))));
        if (scale >= WRAPPED_HEADINGS_FROM) {
            // large text: table headings take two lines, so columns need not be as wide as a whole heading
            css.append(".table-view .column-header .label, .tree-table-view .column-header .label"
                    + " { -fx-wrap-text: true; -fx-text-alignment: center; }\n");
            css.append(".table-view .column-header, .tree-table-view .column-header { -fx-pref-height: 2.9em; }\n");
        }
        return SIZE_SHEET_PREFIX + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isOurs(String sheet) {
        return sheet.startsWith(SIZE_SHEET_PREFIX) || sheet.endsWith(HIGH_CONTRAST_CSS)
                || sheet.endsWith(APP_CSS);
    }
}
