package uk.supportbudget.ui.returns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import uk.supportbudget.AppServices;
import uk.supportbudget.ui.main.MainWindow;

/** A thin walk: the example book's return is checked and previewed, and Settings names its council profile. */
@ExtendWith(ApplicationExtension.class)
class ReturnsViewTest {

    @TempDir
    static Path home;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, new AppServices(home, Clock.systemDefaultZone()));
        stage.show();
        window.openInitialBook(null);
    }

    @AfterEach
    void closeBook() throws Exception {
        WaitForAsyncUtils.asyncFx(window::shutdown).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theExampleBooksReturnIsPreviewedAndItsProfileShown(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-example");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-title").tryQuery().isPresent());
        robot.clickOn("#nav-returns");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#returns-closing").tryQuery().isPresent());
        assertTrue(robot.lookup("#returns-closing").queryAs(Label.class).getText().startsWith("£"));
        assertTrue(robot.lookup("#returns-intro").queryAs(Label.class).getText().contains("Westshire County Council"));
        assertTrue(robot.lookup("#returns-checks").tryQuery().isPresent());

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#settings-current-profile").tryQuery().isPresent());
        assertTrue(robot.lookup("#settings-current-profile").queryAs(Label.class).getText().contains("Westshire"));
    }
}
