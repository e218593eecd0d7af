package uk.supportbudget.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.service.AppLog;

/**
 * The one way work leaves the JavaFX thread. Book work runs on a single background thread (one
 * connection, one writer), its progress is shown in the status bar, and a failure becomes a
 * friendly message instead of a stack trace.
 */
public final class BackgroundTasks {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "book-worker");
        thread.setDaemon(true);
        return thread;
    });
    /** Work that never touches the book's own connection (backups read through their own). */
    private final ExecutorService aside = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aside-worker");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    /** The task the status bar shows, and so the one its Cancel button stops. */
    private Task<?> shown;
    private final DialogService dialogs;
    private int running;

    public BackgroundTasks(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Runs {@code work} in the background and hands its result to {@code done} on the JavaFX thread. */
    public <T> Task<T> run(String description, Supplier<T> work, Consumer<T> done) {
        return run(description, work, done, error -> dialogs.showError(I18n.tr("error.title"), describe(error)));
    }

    public <T> Task<T> run(String description, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        return runCancellable(description, check -> work.get(), done, failed, false);
    }

    private <T> Task<T> runCancellable(String description, java.util.function.Function<Runnable, T> work, Consumer<T> done,
                                       Consumer<Throwable> failed, boolean mayCancel) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                updateMessage(description);
                return work.apply(() -> stopIfCancelled(this));
            }
        };
        return submit(task, done, failed, mayCancel);
    }

    /**
     * Runs work beside the book's worker, so it does not hold up the screens: only for work with
     * a connection of its own, such as the daily backup. Failures go to {@code failed}.
     */
    public <T> void runAside(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(event -> done.accept(task.getValue()));
        task.setOnFailed(event -> {
            AppLog.failure("Work beside the book", task.getException());
            failed.accept(task.getException());
        });
        aside.submit(task);
    }

    /** Runs a task that reports its own progress. */
    public <T> Task<T> submit(Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        return submit(task, done, failed, false);
    }

    /**
     * Runs a task the person may stop with the status bar's Cancel button. Stopping marks the
     * task cancelled at once and hands {@code failed} a {@link java.util.concurrent.CancellationException}
     * ("stopped; nothing was saved"); the work itself must check {@link Task#isCancelled()} (or
     * call {@link #stopIfCancelled}) in its loops and before anything it saves, and throw, so that
     * its transaction is rolled back and nothing is half-done.
     */
    public <T> Task<T> submitCancellable(Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        return submit(task, done, failed, true);
    }

    /** {@link #run} for work that may be stopped; {@code work} is given a check to call in its loops. */
    public <T> Task<T> runCancellable(String description, java.util.function.Function<Runnable, T> work, Consumer<T> done,
                                      Consumer<Throwable> failed) {
        return runCancellable(description, work, done, failed, true);
    }

    /** Throws when {@code task} has been cancelled: call it where stopping leaves nothing half-done. */
    public static void stopIfCancelled(Task<?> task) {
        if (task.isCancelled()) {
            throw new java.util.concurrent.CancellationException();
        }
    }

    /** Stops the task the status bar shows, when it may be stopped. */
    public void cancelCurrent() {
        if (shown != null && cancellable.get()) {
            // not interrupting: an interrupt would close the book's file channels mid-write
            shown.cancel(false);
        }
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    private <T> Task<T> submit(Task<T> task, Consumer<T> done, Consumer<Throwable> failed, boolean mayCancel) {
        started(task, mayCancel);
        task.setOnSucceeded(event -> {
            finished();
            done.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished();
            if (!(task.getException() instanceof Refusal)) {
                AppLog.failure("Background work", task.getException());
            }
            failed.accept(task.getException());
        });
        task.setOnCancelled(event -> {
            finished();
            failed.accept(new java.util.concurrent.CancellationException());
        });
        worker.submit(task);
        return task;
    }

    private void started(Task<?> task, boolean mayCancel) {
        running++;
        busy.set(true);
        shown = task;
        cancellable.set(mayCancel);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
    }

    private void finished() {
        running--;
        if (running == 0) {
            shown = null;
            cancellable.set(false);
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
            busy.set(false);
        }
    }

    /** The sentence to show for a failure: ours as written, anything else as a calm apology. */
    public static String describe(Throwable error) {
        if (error instanceof Refusal) {
            return error.getMessage();
        }
        if (error instanceof java.util.concurrent.CancellationException) {
            return I18n.tr("task.cancelled");
        }
        return I18n.tr("error.unexpected", error.getClass().getSimpleName());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Lets queued work (such as closing the book) finish, waiting a few seconds at most. */
    public void shutdown() {
        aside.shutdown();
        worker.shutdown();
        try {
            worker.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            aside.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void onFxThread(Runnable runnable) {
        if (Platform.isFxApplicationThread()) {
            runnable.run();
        } else {
            Platform.runLater(runnable);
        }
    }
}
