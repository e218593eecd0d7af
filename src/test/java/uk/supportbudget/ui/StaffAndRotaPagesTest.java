package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The example book's Staff and Rota pages show the two PAs, and their dialogs open. Headless via Monocle. */
class StaffAndRotaPagesTest extends uk.supportbudget.testing.AppWindowTest {

    private static final class I18nText {
        static final String CLOSE = "Close";
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theStaffAndRotaPagesShowTheTwoPas(FxRobot robot) throws Exception {
        openTheExample(robot);

        robot.clickOn("#nav-staff");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#staff-list").tryQueryAs(ListView.class).map(l -> l.getItems().size() == 3).orElse(false));
        ListView<?> list = robot.lookup("#staff-list").queryAs(ListView.class);
        assertEquals("Jordan Ellis", list.getItems().get(0).toString());
        assertEquals("Priya Shah", list.getItems().get(1).toString());
        assertTrue(robot.lookup("#staff-bank-masked").queryAs(Label.class).getText().contains("\u2022\u2022\u2022\u2022"));
        robot.interact(() -> list.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#staff-p45-pay").tryQueryAs(javafx.scene.control.TextField.class)
                .map(field -> field.getText().equals("3120.00") && field.isVisible()).orElse(false));
        // Priya is not yet in the pension: her section offers postponing the assessment, and says what a choice means.
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Integer> months = robot.lookup("#staff-postpone-months").queryAs(javafx.scene.control.ComboBox.class);
        Label explanation = robot.lookup("#staff-postpone-explanation").queryAs(Label.class);
        assertTrue(explanation.getText().contains("one, two or three months"), explanation.getText());
        robot.interact(() -> months.setValue(3));
        assertTrue(!explanation.getText().contains("Please choose"), explanation.getText());

        robot.clickOn("#nav-rota");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".shift-block").tryQuery().isPresent());
        assertTrue(robot.lookup(".rota-pa").queryAllAs(Label.class).stream().map(Label::getText).toList()
                .containsAll(java.util.List.of("Jordan Ellis", "Priya Shah")));
        assertTrue(robot.lookup("#rota-summary").queryAs(Label.class).getText().contains("28 hours a week agreed"));

        robot.clickOn("#rota-holiday");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#absence-balance").tryQueryAs(Label.class)
                .map(label -> label.getText().startsWith("Holiday left this leave year")).orElse(false));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);

        robot.clickOn("#rota-patterns");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#patterns-table").tryQueryAs(javafx.scene.control.TableView.class)
                .map(table -> table.getItems().size() == 8).orElse(false));
        robot.clickOn(I18nText.CLOSE);

        javafx.scene.control.TableView<?> sheets = robot.lookup("#rota-timesheets-table").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> sheets.getSelectionModel().select(0));
        // Below the fold: pressed as the keyboard would, without scrolling to it.
        javafx.application.Platform.runLater(robot.lookup("#rota-open").queryAs(javafx.scene.control.Button.class)::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#timesheet-totals").tryQueryAs(Label.class)
                .map(label -> label.getText().startsWith("Total:")).orElse(false));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }
}
