package uk.supportbudget.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import uk.supportbudget.AppServices;
import uk.supportbudget.service.AppSettings;
import uk.supportbudget.ui.main.MainWindow;

/**
 * What the TestFX tests share: the main window on a private settings folder, headless via
 * Monocle, closed with its book after each test. A fresh settings folder is a first run, which
 * opens the example book by itself; a test that starts on the welcome page says so with
 * {@link #startOnTheWelcomePage} before {@link #show}. TestFX only looks for {@code @Start} among a
 * test class's own methods, so each test keeps a one-line {@code @Start} that calls {@link #show}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class AppWindowTest {

    @TempDir
    protected static Path home;

    protected MainWindow window;

    protected void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, new AppServices(home, Clock.systemDefaultZone()), dialogs(stage));
        stage.show();
        window.openInitialBook(null);
    }

    /** The window's dialogs; a test overrides this to answer file choosers without a screen. */
    protected uk.supportbudget.ui.common.DialogService dialogs(Stage stage) {
        return new uk.supportbudget.ui.common.DialogService(stage);
    }

    @AfterEach
    void closeBook() throws Exception {
        WaitForAsyncUtils.asyncFx(window::shutdown).get(10, TimeUnit.SECONDS);
    }

    /**
     * How long making the example book may take here: a few seconds of work (a year and a half of
     * payroll, reconciliations and returns), much longer on a test machine busy with other builds.
     */
    public static final int EXAMPLE_SECONDS = 90;

    /**
     * Into the example book, waiting until the dashboard shows its figures: a first run opens it by
     * itself; from the welcome page (a later test of the same class) "Explore an example" does.
     */
    protected static void openTheExample(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(EXAMPLE_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-title").tryQuery().isPresent()
                || robot.lookup("#welcome-example").tryQuery().isPresent());
        if (robot.lookup("#dashboard-title").tryQuery().isEmpty()) {
            robot.clickOn("#welcome-example");
        }
        WaitForAsyncUtils.waitFor(EXAMPLE_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-title").tryQuery().isPresent());
    }

    /**
     * Settings in {@code folder} as after a first run whose example was already offered, so the
     * window starts on the welcome page, as it does for anyone who left the example for it.
     */
    public static void startOnTheWelcomePage(Path folder) {
        AppSettings settings = new AppSettings(folder);
        settings.values().exampleOffered = true;
        settings.save();
    }
}
