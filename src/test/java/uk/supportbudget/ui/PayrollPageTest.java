package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
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

/** The example book's Payroll page: the finalised runs, what is owed, and the hand check refusing an impossible tax code. */
@ExtendWith(ApplicationExtension.class)
class PayrollPageTest {

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
    void thePayrollPageShowsTheRunsWhatIsOwedAndRefusesAnImpossibleTaxCode(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-example");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-title").tryQuery().isPresent());
        robot.clickOn("#nav-payroll");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#payroll-owed").tryQueryAs(TableView.class).map(t -> !t.getItems().isEmpty()).orElse(false));
        assertTrue(robot.lookup("#payroll-fps-notice").queryAs(Label.class).getText().contains("does not send anything to HMRC"));
        assertFalse(robot.lookup("#payroll-status").queryAs(Label.class).getText().isEmpty());

        robot.interact(() -> robot.lookup("#payroll-period").queryComboBox().getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#payroll-table").tryQueryAs(TableView.class).map(t -> t.getItems().size() == 2).orElse(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#payroll-explanation").queryAs(TextArea.class).getText().contains("Tax: code 1257L"));

        TitledPane check = robot.lookup(n -> n instanceof TitledPane pane && pane.getContent().lookup("#payroll-check-code") != null)
                .queryAs(TitledPane.class);
        robot.interact(() -> check.setExpanded(true));
        robot.interact(() -> robot.lookup("#payroll-check-code").queryTextInputControl().setText("12Q57"));
        robot.interact(() -> robot.lookup("#payroll-check-gross").queryTextInputControl().setText("1000.00"));
        robot.interact(() -> robot.lookup("#payroll-check-work").queryButton().fire());
        assertTrue(robot.lookup("#payroll-check-result").queryAs(Label.class).getText().contains("is not a tax code HMRC uses"));
    }
}
