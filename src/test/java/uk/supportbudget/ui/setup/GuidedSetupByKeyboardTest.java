package uk.supportbudget.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.supportbudget.service.SetupService;
import uk.supportbudget.service.StaffService;
import uk.supportbudget.store.Book;
import uk.supportbudget.testing.BankFixtures;
import uk.supportbudget.ui.common.DialogService;

/**
 * Issue 11's "done means": the whole first-run guided setup and a council return by keyboard
 * alone — Tab and Shift+Tab, arrows, Space, Enter, Esc, typing and shortcuts; never the mouse.
 * Who the book is for, the council and its profile, the plan year with a funding component, an
 * account with a first statement import, a PA, then the Returns page: check the period and make
 * the PDF.
 */
class GuidedSetupByKeyboardTest extends uk.supportbudget.testing.AppWindowTest {

    /** File choosers answered without a screen: the statement to import and where the PDF goes. */
    private static final class ScriptedDialogs extends DialogService {
        ScriptedDialogs(Window owner) {
            super(owner);
        }

        @Override
        public Optional<Path> chooseStatement(Path folder) {
            return Optional.of(BankFixtures.path("monzo.csv"));
        }

        @Override
        public Optional<Path> choosePdfToSave(Path folder, String suggestedName) {
            return Optional.of(home.resolve("keyboard-setup-return.pdf"));
        }

        @Override
        public boolean openWithSystem(Path file) {
            return false;
        }
    }

    @Override
    protected DialogService dialogs(Stage stage) {
        return new ScriptedDialogs(stage);
    }

    @Start
    void start(Stage stage) {
        System.setProperty("supportbudget.home", home.toString());
        stage.setWidth(1280);
        stage.setHeight(800);
        startOnTheWelcomePage(home);
        show(stage);
    }

    @Test
    void theGuidedSetupAndAReturnNeedOnlyTheKeyboard(FxRobot robot) throws Exception {
        // the welcome page: Tab to "Set up my own budget", Space
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream().filter(Window::isShowing).count() == 1);
        tabTo(robot, "welcome-start");
        robot.type(KeyCode.SPACE);
        waitForStep(robot, "Who the book is for");

        // step 1: the name field (where the step starts; Tab reaches it whatever had focus), roles by arrow keys
        tabTo(robot, "setup-name");
        robot.write("Jane Doe");
        tabTo(robot, "setup-role-person");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#setup-role-carer").queryAs(RadioButton.class).isSelected(), "Down chooses the next role");
        tabTo(robot, "setup-kept-by");
        robot.write("Sam Doe");
        // Shift+Tab goes back the way it came
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusedId(robot).startsWith("setup-role-"), "Shift+Tab returns to the roles, not " + focusedId(robot));
        robot.type(KeyCode.ENTER); // Create the book
        waitForStep(robot, "Your council");
        assertTrue(Files.exists(home.resolve("Jane Doe.sbook")));

        // step 2 starts on the profile list: F4 opens it, Down and Enter choose
        waitForFocus(robot, "setup-profile");
        ComboBox<?> profile = robot.lookup("#setup-profile").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> profile.getItems().size() > 1);
        robot.type(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(profile.getValue(), "a profile chosen by keys");
        tabTo(robot, "setup-reference");
        robot.write("DP-12345");
        robot.type(KeyCode.ENTER);
        waitForStep(robot, "Plan year and funding");

        // step 3: the dates are suggested; type the council's payment and add it with Space
        waitForFocus(robot, "setup-plan-start");
        tabTo(robot, "setup-amount");
        robot.write("1250.00");
        tabTo(robot, "setup-add-funding");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#setup-funding-list").queryAs(ListView.class).getItems().size());
        // Enter on a focused button presses that button, so Tab on to "Save and continue"
        tabTo(robot, "setup-next");
        robot.type(KeyCode.ENTER);
        waitForStep(robot, "Accounts");

        // step 4: an account, then its first statement through the import window
        waitForFocus(robot, "setup-account-name");
        robot.write("Direct payment account");
        tabTo(robot, "setup-opening-balance");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("500.00");
        tabTo(robot, "setup-add-account");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#setup-account-list").queryAs(ListView.class).getItems().size() == 1);
        tabTo(robot, "setup-import");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        tabTo(robot, "import-choose");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-apply").tryQueryAs(Button.class)
                .map(apply -> !apply.isDisabled()).orElse(false));
        tabTo(robot, "import-apply");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-cancel").tryQueryAs(Button.class)
                .map(close -> close.getText().equals("Close") && !close.isDisabled()).orElse(false));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 1);
        tabTo(robot, "setup-next");
        robot.type(KeyCode.SPACE); // nothing more typed: on to staff
        waitForStep(robot, "Staff");

        // step 5: a PA with the least the Staff page needs; Enter (Finish) saves them and finishes
        waitForFocus(robot, "setup-pa-name");
        robot.write("Sam Green");
        tabTo(robot, "setup-pa-born");
        robot.write("14/03/1990");
        tabTo(robot, "setup-pa-rate");
        robot.write("13.50");
        tabTo(robot, "setup-pa-hours");
        robot.write("20");
        robot.type(KeyCode.ENTER);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-title").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Finish did not reach the dashboard; focus on #" + focusedId(robot) + ", the step says: "
                    + robot.lookup("#setup-problem").tryQueryAs(Label.class).map(Label::getText).orElse(""), e);
        }
        assertEquals("Jane Doe's budget", robot.lookup("#dashboard-title").queryAs(Label.class).getText());

        // the return: Ctrl+7, Tab to the period, Enter checks it; Tab to "Make the PDF", Space
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#returns-period").tryQuery().isPresent());
        waitUntilIdle(robot);
        tabTo(robot, "returns-period");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#returns-closing").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#returns-make-pdf").queryAs(Button.class).isDisabled());
        tabTo(robot, "returns-make-pdf");
        robot.type(KeyCode.SPACE);
        Path pdf = home.resolve("keyboard-setup-return.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(pdf) && Files.size(pdf) > 1000);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 1);

        // what the keys made: setup finished, with the PA and their terms saved
        WaitForAsyncUtils.asyncFx(window::shutdown).get(10, TimeUnit.SECONDS);
        try (Book book = Book.openToInspect(home.resolve("Jane Doe.sbook"), Clock.systemDefaultZone())) {
            assertTrue(new SetupService(book).resumeAt().isEmpty(), "setup is finished");
            StaffService.StaffMember pa = new StaffService(book).overview(java.time.LocalDate.now()).employees().get(0);
            assertEquals("Sam Green", pa.employee().fullName());
            assertEquals("£13.50", pa.contract().orElseThrow().dayRate().display());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** The window with keyboard focus: a dialog while one is open, else the main window. */
    private static Scene focusedScene() {
        // the newest focused window: a dialog over the main window (headless, both may say they are focused)
        return Window.getWindows().stream().filter(Window::isShowing).filter(Window::isFocused).reduce((first, last) -> last)
                .or(() -> Window.getWindows().stream().filter(Window::isShowing).reduce((first, last) -> last))
                .map(Window::getScene).orElseThrow();
    }

    private static String focusedId(FxRobot robot) {
        Node focused = focusedScene().getFocusOwner();
        return focused == null || focused.getId() == null ? "" : focused.getId();
    }

    /** Presses Tab until the control with this id has focus; failing means it cannot be reached by keyboard. */
    private static void tabTo(FxRobot robot, String id) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int presses = 0; presses < 80; presses++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (id.equals(focusedId(robot))) {
                return;
            }
            seen.add(focusedId(robot));
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("#" + id + " could not be reached with Tab; focus went " + seen.stream().distinct().toList()
                + " in " + focusedScene().getRoot().getId() + "; windows " + Window.getWindows().stream()
                .map(w -> w.getClass().getSimpleName() + (w instanceof Stage st ? " " + st.getTitle() : "") + " focused=" + w.isFocused()
                        + " root=" + (w.getScene() == null ? null : w.getScene().getRoot().getId())).toList());
    }

    private static void waitForFocus(FxRobot robot, String id) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> id.equals(focusedId(robot)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the step should start in #" + id + ", not #" + focusedId(robot), e);
        }
    }

    private static void waitForStep(FxRobot robot, String title) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#setup-step-title").tryQueryAs(Label.class)
                    .map(l -> l.getText().equals(title)).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("\"" + title + "\" did not show; focus on #" + focusedId(robot) + ", the step says: "
                    + robot.lookup("#setup-problem").tryQueryAs(Label.class).map(Label::getText).orElse(""), e);
        }
        waitUntilIdle(robot);
    }

    private static void waitUntilIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#status-progress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
