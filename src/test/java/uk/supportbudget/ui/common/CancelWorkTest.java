package uk.supportbudget.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.supportbudget.store.Backups;

/**
 * The status bar's Cancel, driven for real on "Back up now": it appears with the work, Esc and
 * the button both stop it, no backup file is written, and the status bar says so. The worker is
 * held busy first so that the backup is still to do when Cancel is pressed, whatever the speed
 * of the machine.
 */
class CancelWorkTest extends uk.supportbudget.testing.AppWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void cancelAndEscStopABackupAndTheStatusBarSaysNothingWasWritten(FxRobot robot) throws Exception {
        openTheExample(robot);
        Path backups = Backups.folderFor(home.resolve("Example - Alex Morgan.sbook"));
        Label backupLabel = robot.lookup("#status-backup").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !backupLabel.getText().equals(I18n.tr("task.dailyBackup"))
                && Backups.latest(home.resolve("Example - Alex Morgan.sbook")).isPresent());
        List<String> before = files(backups);
        Button cancel = robot.lookup("#status-cancel").queryAs(Button.class);
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        assertFalse(cancel.isVisible(), "no Cancel while nothing is running");

        CountDownLatch release = holdTheWorker(robot);
        robot.push(KeyCode.SHORTCUT, KeyCode.B); // File, Back up now
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, cancel::isVisible);
        assertEquals(I18n.tr("status.cancelWhat", I18n.tr("task.backingUp")), cancel.getAccessibleText());
        assertTrue(robot.lookup("#status-progress").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cancel.isDisabled(), "Esc pressed Cancel: it waits for the work to stop");
        assertEquals(I18n.tr("status.stopping"), message.getText());
        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> I18n.tr("backup.cancelled").equals(message.getText()));
        assertFalse(cancel.isVisible());
        assertEquals(before, files(backups), "no backup and no part-written file");

        release = holdTheWorker(robot);
        robot.push(KeyCode.SHORTCUT, KeyCode.B);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cancel.isVisible() && !cancel.isDisabled());
        robot.clickOn(cancel);
        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> I18n.tr("backup.cancelled").equals(message.getText()) && !cancel.isVisible());
        assertEquals(before, files(backups));
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "a cancel is not an error: no dialog");
    }

    /** Queues work that waits, so that what is asked for next waits behind it. */
    private CountDownLatch holdTheWorker(FxRobot robot) {
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> window.tasks().run("Holding the worker", () -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, ignored -> { }));
        return release;
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(folder::relativize).map(Path::toString).sorted().toList();
        }
    }
}
