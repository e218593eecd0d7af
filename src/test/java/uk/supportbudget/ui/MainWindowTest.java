package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A thin walk through the shell: welcome, example book, dashboard, money. Headless via Monocle. */
class MainWindowTest extends uk.supportbudget.testing.AppWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void exploringTheExampleShowsTheDashboardAndTheMoney(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-example");
        WaitForAsyncUtils.waitFor(uk.supportbudget.testing.AppWindowTest.EXAMPLE_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#dashboard-title").tryQuery().isPresent());
        Label title = robot.lookup("#dashboard-title").queryAs(Label.class);
        assertEquals("Alex Morgan's budget", title.getText());
        assertTrue(Files.exists(home.resolve("Example - Alex Morgan.sbook")));
        assertTrue(robot.lookup("#status-book").queryAs(Label.class).getText().contains("Example - Alex Morgan"));

        robot.clickOn("#nav-money");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#money-table").tryQueryAs(TableView.class).map(t -> !t.getItems().isEmpty()).orElse(false));
        TableView<?> table = robot.lookup("#money-table").queryAs(TableView.class);
        assertTrue(table.getItems().size() > 100);

        robot.clickOn("#money-search").write("taxi");
        WaitForAsyncUtils.waitForFxEvents();
        // two taxi fares a month over the example's year and a half, out of more than 300 rows
        assertTrue(table.getItems().size() < 60 && !table.getItems().isEmpty(), "filtered to taxis: " + table.getItems().size());
    }
}
