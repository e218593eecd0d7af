package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.supportbudget.testing.AppWindowTest;
import uk.supportbudget.ui.common.I18n;

/**
 * The example book's Payroll page: the finalised runs, what is owed, the hand check refusing an impossible tax code,
 * figures from before Support Budget frozen once a finalised run has built on them, and the old payroll's NI
 * entered a row per category letter from the keyboard.
 */
class PayrollPageTest extends AppWindowTest {

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
        Button cancel = robot.lookup(n -> n instanceof Button b
                && b.getText().equals(I18n.tr("dialog.cancel"))).queryButton();
        robot.interact(cancel::fire);

        // The old payroll's figures take a row per NI category letter, and every step works from the keyboard: the add
        // button puts the focus in the new row's letter, each field and button is named with its letter, and removing a
        // row hands the focus back to the add button.
        robot.interact(() -> robot.lookup("#payroll-opening-before").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#opening-ni-add").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#opening-before-has").queryAs(CheckBox.class).setSelected(true));
        Button add = robot.lookup("#opening-ni-add").queryButton();
        assertFalse(add.isDisabled());
        robot.interact(add::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#opening-ni-category-2").tryQuery().isPresent());
        ComboBox<?> second = robot.lookup("#opening-ni-category-2").queryComboBox();
        assertTrue(second.isFocused(), "the new row's letter has the focus");
        String letter = String.valueOf(second.getValue());
        Button remove = robot.lookup("#opening-ni-remove-2").queryButton();
        assertTrue(remove.getAccessibleText().contains("category " + letter), remove.getAccessibleText());
        String bandName = robot.lookup("#opening-pt-to-uel-2").queryAs(TextField.class).getAccessibleText();
        assertTrue(bandName.endsWith("category " + letter), bandName);
        capture(robot, remove.getScene().getRoot(), "opening-ni-rows.png");
        robot.interact(remove::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#opening-ni-category-2").tryQuery().isEmpty());
        assertTrue(add.isFocused(), "the focus goes back to the add button");
        Button cancelBefore = robot.lookup(n -> n instanceof Button b
                && b.getText().equals(I18n.tr("dialog.cancel"))).queryButton();
        robot.interact(cancelBefore::fire);
    }

    /** Writes a picture of {@code node} when -Dscreens.out names a folder, to look at the form by eye. */
    private static void capture(FxRobot robot, javafx.scene.Node node, String name) throws Exception {
        String folder = System.getProperty("screens.out");
        if (folder == null) {
            return;
        }
        javafx.scene.image.Image image = robot.capture(node).getImage();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(picture, "png", java.nio.file.Path.of(folder, name).toFile());
    }
}
