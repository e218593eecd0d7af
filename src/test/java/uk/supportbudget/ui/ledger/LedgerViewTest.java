package uk.supportbudget.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import uk.supportbudget.bench.LedgerBench;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.store.Book;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.DialogService;
import uk.supportbudget.ui.main.BookSession;

/**
 * The Money page on a book of 100,000 transactions: it loads, sorts by amount and filters by
 * text while the JavaFX thread stays free (a queued runLater still runs within a second).
 */
@ExtendWith(ApplicationExtension.class)
class LedgerViewTest {

    @TempDir
    static Path folder;
    private static Book book;
    private static BackgroundTasks tasks;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        book = Book.create(folder.resolve("big.sbook"), "Big", Clock.systemUTC());
        LedgerBench.fill(book, 100_000);
        DialogService dialogs = new DialogService(stage);
        tasks = new BackgroundTasks(dialogs);
        LedgerView view = new LedgerView(new BookSession(book, tasks, dialogs, LocalDate.of(2026, 4, 1)));
        stage.setScene(new Scene(view, 1200, 780));
        stage.show();
    }

    @AfterAll
    static void close() {
        tasks.shutdown();
        book.close();
    }

    @Test
    void sortsAndFiltersAHundredThousandRowsWithoutFreezing(FxRobot robot) throws Exception {
        TableView<LedgerRow> table = robot.lookup("#money-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 100_000);

        TableColumn<LedgerRow, ?> amount = table.getColumns().stream().filter(c -> "money-col-amount".equals(c.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            amount.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(amount);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 1; i < 1000; i++) {
            assertTrue(table.getItems().get(i - 1).pence() <= table.getItems().get(i).pence(), "sorted by pence at " + i);
        }

        robot.clickOn("#money-search");
        long[] responded = new long[1];
        CountDownLatch ping = new CountDownLatch(1);
        long started = System.nanoTime();
        robot.write("taxi");
        Platform.runLater(() -> {
            responded[0] = System.nanoTime() - started;
            ping.countDown();
        });
        assertTrue(ping.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        int shown = table.getItems().size();
        assertTrue(shown > 1000 && shown < 20_000, "filtered to taxis: " + shown);
        assertTrue(table.getItems().stream().allMatch(r -> r.payee().toLowerCase().contains("taxi")
                || r.description().toLowerCase().contains("taxi")));
        long sinceLastKey = System.nanoTime();
        CountDownLatch after = new CountDownLatch(1);
        Platform.runLater(after::countDown);
        assertTrue(after.await(1, TimeUnit.SECONDS), "the JavaFX thread answers within a second after filtering");
        assertTrue((System.nanoTime() - sinceLastKey) < 1_000_000_000L);
        String totals = robot.lookup("#money-totals").queryLabeled().getText();
        assertTrue(totals.startsWith(String.format("%,d transactions shown", shown)), totals);
    }
}
