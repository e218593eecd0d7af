package uk.supportbudget.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class AppIconsTest {

    /** Through TestFX, like every other UI test, so the headless toolkit is set up one way only. */
    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everySizeLoadsFromTheClassPathAtItsOwnSize() {
        List<Image> icons = AppIcons.all();
        assertEquals(AppIcons.SIZES.length, icons.size());
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            assertFalse(icon.isError(), "icon " + AppIcons.SIZES[i] + " failed to decode");
            assertEquals(AppIcons.SIZES[i], icon.getWidth());
            assertEquals(AppIcons.SIZES[i], icon.getHeight());
        }
    }
}
