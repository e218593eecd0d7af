package uk.supportbudget.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.service.AppSettings;

/** Text size and theme are kept between runs, and a damaged settings file means the defaults. */
class ThemeManagerTest {

    @TempDir
    Path folder;

    @Test
    void textSizeAndThemeAreSavedAndRestoredOnTheNextStart() {
        ThemeManager first = new ThemeManager(new AppSettings(folder));
        first.setTextSize(150);
        first.setTheme(ThemeManager.Theme.HIGH_CONTRAST);

        ThemeManager next = new ThemeManager(new AppSettings(folder));
        assertEquals(150, next.textSize());
        assertEquals(ThemeManager.Theme.HIGH_CONTRAST, next.theme());
    }

    @Test
    void largerAndSmallerStepByTenAndStopAtTheEnds() {
        ThemeManager themes = new ThemeManager(new AppSettings(folder));
        themes.smaller();
        assertEquals(100, themes.textSize());
        for (int i = 0; i < 15; i++) {
            themes.larger();
        }
        assertEquals(200, themes.textSize());
        themes.resetTextSize();
        assertEquals(100, themes.textSize());
        assertEquals(100, new ThemeManager(new AppSettings(folder)).textSize());
    }

    @ParameterizedTest(name = "{0}% is kept as {1}%")
    @CsvSource({"100,100", "104,100", "125,130", "200,200", "250,200", "0,100", "-40,100", "176,180"})
    void aStoredSizeIsRoundedToAStepAndKeptBetweenOneAndTwoTimes(int stored, int used) {
        assertEquals(used, ThemeManager.clamp(stored));
    }

    @ParameterizedTest(name = "theme \"{0}\" is {1}")
    @CsvSource({"light,LIGHT", "dark,DARK", "high-contrast,HIGH_CONTRAST", "HIGH-CONTRAST,HIGH_CONTRAST",
            "purple,LIGHT", "'',LIGHT"})
    void aStoredThemeIsReadAndAnUnknownOneIsLight(String stored, ThemeManager.Theme expected) {
        assertEquals(expected, ThemeManager.Theme.fromKey(stored));
    }

    @Test
    void aDamagedSettingsFileMeansNormalTextInTheLightTheme() throws Exception {
        Files.writeString(folder.resolve("settings.json"), "{ \"textSizePercent\": \"huge\", ");
        ThemeManager themes = new ThemeManager(new AppSettings(folder));
        assertEquals(100, themes.textSize());
        assertEquals(ThemeManager.Theme.LIGHT, themes.theme());
    }

    @Test
    void theSizeSheetScalesTheRootFontAndTheIcons() {
        String css = decode(ThemeManager.sizeSheet(200));
        assertTrue(css.contains(".root { -fx-font-size: 28.0px; }"), css);
        assertTrue(css.contains(".nav-button .ikonli-font-icon { -fx-icon-size: 44px; }"), css);
        assertTrue(decode(ThemeManager.sizeSheet(150)).contains("-fx-font-size: 21.0px"));
    }

    @Test
    void highContrastAddsItsSheetBetweenAppCssAndTheSize() {
        List<String> plain = ThemeManager.stylesheets(ThemeManager.Theme.DARK, 100);
        List<String> strong = ThemeManager.stylesheets(ThemeManager.Theme.HIGH_CONTRAST, 100);
        assertEquals(2, plain.size());
        assertTrue(plain.get(0).endsWith("app.css"));
        assertEquals(3, strong.size());
        assertTrue(strong.get(1).endsWith("high-contrast.css"));
        assertTrue(strong.get(2).startsWith("data:text/css"));
    }

    /** app.css works in all three themes only if it names colours through the themes' variables. */
    @Test
    void appCssUsesOnlyColourVariables() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/uk/supportbudget/css/app.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        assertFalse(css.matches("(?s).*#[0-9a-fA-F]{3,8}\\b.*"), "app.css has a hex colour");
        assertFalse(css.matches("(?s).*\\b(rgb|rgba|hsb|hsba)\\(.*"), "app.css has an rgb()/hsb() colour");
        assertFalse(css.matches("(?s).*:\\s*(white|black|red|green|blue|yellow|grey|gray|orange)\\s*;.*"),
                "app.css has a named colour");
    }

    private static String decode(String dataUrl) {
        return new String(Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }
}
