package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The example book's Payroll page: the finalised runs, what is owed, the hand check refusing an impossible tax code,
 * and figures from before Support Budget frozen once a finalised run has built on them.
 */
class PayrollPageTest extends uk.supportbudget.testing.AppWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void thePayrollPageShowsTheRunsWhatIsOwedAndRefusesAnImpossibleTaxCode(FxRobot robot) throws Exception {
        openTheExample(robot);
        robot.clickOn("#nav-payroll");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#payroll-owed").tryQueryAs(TableView.class).map(t -> !t.getItems().isEmpty()).orElse(false));
        assertTrue(robot.lookup("#payroll-fps-notice").queryAs(Label.class).getText().contains("does not send anything to HMRC"));
        // the run and what is owed load separately in the background
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#payroll-status").queryAs(Label.class).getText().isEmpty());

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

        // The example book's PAs were paid in finalised runs this tax year, so their P45 figures are shown frozen, with why.
        robot.interact(() -> robot.lookup("#payroll-opening").queryAs(TitledPane.class).setExpanded(true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#payroll-opening-pa").queryComboBox().getValue() != null);
        robot.interact(() -> robot.lookup("#payroll-opening-p45").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#opening-locked").tryQuery().isPresent());
        assertTrue(robot.lookup("#opening-locked").queryAs(Label.class).getText().contains("is finalised"));
        assertTrue(robot.lookup("#form-save").queryButton().isDisabled());
        javafx.scene.control.Button cancel = robot.lookup(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals(uk.supportbudget.ui.common.I18n.tr("dialog.cancel"))).queryButton();
        robot.interact(cancel::fire);
    }
}
