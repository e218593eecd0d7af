package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

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
import javafx.application.Application;
import uk.supportbudget.AppServices;
import uk.supportbudget.service.SetupService;
import uk.supportbudget.store.Book;
import uk.supportbudget.ui.main.MainWindow;

/** Walks the guided setup by keyboard: make the book, skip every step, and land on the dashboard. */
@ExtendWith(ApplicationExtension.class)
class SetupWizardTest {

    @TempDir
    static Path home;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        System.setProperty("supportbudget.home", home.toString());
        uk.supportbudget.testing.AppWindowTest.startOnTheWelcomePage(home);
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
    void skippingEveryStepMakesTheBookAndRemembersUntilFinished(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-start");
        robot.clickOn("#setup-name").write("Jane Doe");
        robot.clickOn("#setup-next");
        waitForStep(robot, "Your council");
        Path book = home.resolve("Jane Doe.sbook");
        assertTrue(Files.exists(book));

        for (String next : new String[] {"Plan year and funding", "Accounts", "Staff"}) {
            robot.clickOn("#setup-skip");
            waitForStep(robot, next);
        }
        robot.clickOn("#setup-next"); // Finish
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-title").tryQuery().isPresent());
        assertEquals("Jane Doe's budget", robot.lookup("#dashboard-title").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#whats-next").tryQueryAs(javafx.scene.layout.VBox.class)
                .map(box -> box.getChildren().size() > 1).orElse(false));
        assertTrue(robot.lookup("#whats-next-setup").tryQuery().isEmpty(), "setup is finished");
        WaitForAsyncUtils.asyncFx(window::shutdown).get(10, TimeUnit.SECONDS);
        try (Book reopened = Book.openToInspect(book, Clock.systemDefaultZone())) {
            assertTrue(new SetupService(reopened).resumeAt().isEmpty());
        }
    }

    private static void waitForStep(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#setup-step-title").tryQueryAs(Label.class)
                .map(l -> l.getText().equals(title)).orElse(false));
        // the step's save has finished and the new step is laid out before its buttons are pressed
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#status-progress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
