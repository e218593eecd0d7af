package uk.supportbudget.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    @BeforeAll
    static void startFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await(10, TimeUnit.SECONDS);
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
