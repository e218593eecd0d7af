package uk.supportbudget.ui.main;

import java.time.LocalDate;
import java.util.Optional;

import uk.supportbudget.service.LedgerFilter;
import uk.supportbudget.store.Book;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.DialogService;

/**
 * What every page of an open book needs: the book, the worker that may touch it, dialogs, and
 * a way to open another page (a dashboard figure opens the Money page showing its transactions).
 */
public record BookSession(Book book, BackgroundTasks tasks, DialogService dialogs, LocalDate today,
                          Navigator navigator) {

    /** Moves between pages of the open book. */
    public interface Navigator {
        /** Opens the Money page with {@code filter} applied. */
        void showMoney(LedgerFilter filter);

        /** The filter the Money page was opened with, once; empty when it was opened from the rail. */
        Optional<LedgerFilter> takeMoneyFilter();

        /** Opens another page of the open book (a reminder's button opens where to act on it). */
        default void showPage(Page page) {
        }

        /** Backs the open book up now, as File, Back up now does. */
        default void backUpNow() {
        }

        /** Opens the guided setup where the person left it. */
        default void continueSetup() {
        }

        /** Puts {@code backup} in place of the open book after asking, keeping the current book aside. */
        default void restoreBackup(java.nio.file.Path backup) {
        }

        Navigator NONE = new Navigator() {
            @Override
            public void showMoney(LedgerFilter filter) {
            }

            @Override
            public Optional<LedgerFilter> takeMoneyFilter() {
                return Optional.empty();
            }
        };
    }

    /** A session whose pages cannot open each other (tests, a page shown on its own). */
    public BookSession(Book book, BackgroundTasks tasks, DialogService dialogs, LocalDate today) {
        this(book, tasks, dialogs, today, Navigator.NONE);
    }

    public void showMoney(LedgerFilter filter) {
        navigator.showMoney(filter);
    }

    public void showPage(Page page) {
        navigator.showPage(page);
    }
}
