package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import javafx.application.Application;
import uk.supportbudget.AppServices;
import uk.supportbudget.ui.main.MainWindow;

/** A thin walk through the shell: welcome, example book, dashboard, money. Headless via Monocle. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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
    void exploringTheExampleShowsTheDashboardAndTheMoney(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-example");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-title").tryQuery().isPresent());
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
        assertTrue(table.getItems().size() < 30 && !table.getItems().isEmpty(), "filtered to taxis: " + table.getItems().size());
    }
}
