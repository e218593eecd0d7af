package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.supportbudget.service.AppSettings;
import uk.supportbudget.ui.common.I18n;

/**
 * A thin walk through the shell from a first run: the example book opens by itself, with the
 * banner that leads to one's own book; its dashboard and money; the welcome page and back; the
 * guided setup from the banner by keyboard. Headless via Monocle.
 */
class MainWindowTest extends uk.supportbudget.testing.AppWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aFirstRunOpensTheExampleBookWhoseBannerLeadsToTheWelcomePageAndTheGuidedSetup(FxRobot robot) throws Exception {
        // a first run (no settings yet): the example book, with no button pressed
        WaitForAsyncUtils.waitFor(EXAMPLE_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-title").tryQuery().isPresent());
        Label title = robot.lookup("#dashboard-title").queryAs(Label.class);
        assertEquals("Alex Morgan's budget", title.getText());
        assertTrue(Files.exists(home.resolve("Example - Alex Morgan.sbook")));
        assertTrue(robot.lookup("#status-book").queryAs(Label.class).getText().contains("Example - Alex Morgan"));
        waitForBanner(robot, true);
        assertEquals(I18n.tr("example.banner.text"), robot.lookup("#example-banner-text").queryAs(Label.class).getText());
        assertTrue(new AppSettings(home).values().exampleOffered, "a later run will not open the example by itself");

        // the banner stays above every page while the example is open
        robot.clickOn("#nav-money");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#money-table").tryQueryAs(TableView.class).map(t -> !t.getItems().isEmpty()).orElse(false));
        TableView<?> table = robot.lookup("#money-table").queryAs(TableView.class);
        assertTrue(table.getItems().size() > 100);
        robot.clickOn("#money-search").write("taxi");
        WaitForAsyncUtils.waitForFxEvents();
        // two taxi fares a month over the example's year and a half, out of more than 300 rows
        assertTrue(table.getItems().size() < 60 && !table.getItems().isEmpty(), "filtered to taxis: " + table.getItems().size());
        assertTrue(robot.lookup("#example-banner").query().isVisible());

        // "Show the welcome page" closes the example; "Explore an example" brings it back, banner and all
        robot.clickOn("#example-banner-welcome");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isPresent());
        assertFalse(robot.lookup("#example-banner").query().isVisible());
        robot.clickOn("#welcome-example");
        waitForBanner(robot, true); // on the page last shown

        // closed, it stays closed on the other pages
        robot.clickOn("#example-banner-close");
        waitForBanner(robot, false);
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#example-banner").query().isVisible());

        // reopened, it is back; Tab reaches "Start my own budget book" and Space starts the guided setup
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#welcome-example").tryQuery().isPresent());
        robot.clickOn("#welcome-example");
        waitForBanner(robot, true); // on the page last shown
        tabTo(robot, "example-banner-start");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#setup-step-title").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Who the book is for")).orElse(false));
        assertFalse(robot.lookup("#example-banner").query().isVisible(), "the example is closed for the new book");
    }

    private static void waitForBanner(FxRobot robot, boolean shown) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#example-banner").query().isVisible() == shown);
    }

    private static void tabTo(FxRobot robot, String id) {
        for (int presses = 0; presses < 80; presses++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = robot.lookup("#main-window").query().getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("#" + id + " could not be reached with Tab");
    }
}
