package uk.supportbudget.ui.returns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A thin walk: the example book's return is checked and previewed, and Settings names its council profile. */
class ReturnsViewTest extends uk.supportbudget.testing.AppWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theExampleBooksReturnIsPreviewedAndItsProfileShown(FxRobot robot) throws Exception {
        openTheExample(robot);
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
