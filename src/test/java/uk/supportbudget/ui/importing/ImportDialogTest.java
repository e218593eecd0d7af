package uk.supportbudget.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.supportbudget.service.ImportResult;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;
import uk.supportbudget.testing.BankFixtures;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.DialogService;
import uk.supportbudget.ui.main.BookSession;

/** The import dialog on a fixture: the preview's counts are shown, and Import applies them. Headless via Monocle. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir
    static Path folder;

    private Book book;
    private BackgroundTasks tasks;
    private BookSession session;
    private final AtomicReference<ImportResult> imported = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        book = Book.create(folder.resolve("import-" + System.nanoTime() + ".sbook"), "Test", Clock.systemDefaultZone());
        DialogService dialogs = new DialogService(stage);
        tasks = new BackgroundTasks(dialogs);
        session = new BookSession(book, tasks, dialogs, LocalDate.now());
    }

    @AfterEach
    void closeBook() {
        tasks.shutdown();
        book.close();
    }

    @Test
    void previewCountsAreShownAndImportAppliesThem(FxRobot robot) throws Exception {
        robot.interact(() -> new ImportDialog(session, imported::set).show(BankFixtures.path("bad-rows.csv")));
        robot.interact(() -> robot.lookup("#import-account").queryComboBox().getEditor().setText("Direct payment account"));
        robot.interact(() -> robot.lookup("#import-account").<String>queryComboBox().setValue("Direct payment account"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#import-needs-category").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("5 rows in the file: 3 new, 0 already in the book, 2 could not be read.",
                robot.lookup("#import-summary").queryAs(Label.class).getText());
        assertEquals("3 new rows need a category; you can give them one on the Money page.",
                robot.lookup("#import-needs-category").queryAs(Label.class).getText());
        TableView<?> table = robot.lookup("#import-table").queryAs(TableView.class);
        assertEquals(5, table.getItems().size());
        ImportViewModel.RowView rejected = (ImportViewModel.RowView) table.getItems().get(1);
        assertEquals(3, rejected.line());
        assertEquals("Line 3: 31/02/2025 is not a date.", rejected.note());
        assertEquals(0, new TransactionRepository(book).count(), "the preview writes nothing");

        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> imported.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, imported.get().report().importedCount());
        assertTrue(robot.lookup("#import-summary").queryAs(Label.class).getText().startsWith("3 transactions imported"));
        assertEquals(3, new TransactionRepository(book).count());
    }
}
