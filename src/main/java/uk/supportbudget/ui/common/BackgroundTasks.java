package uk.supportbudget.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;
import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.service.AppLog;

/**
 * The one way work leaves the JavaFX thread. Book work runs on a single background thread (one
 * connection, one writer), its progress is shown by {@link TaskProgressBar} (in the status bar,
 * and in dialogs that cover the window), and a failure becomes a friendly message instead of a
 * stack trace.
 *
 * <p>Work that can take more than a moment on a big book goes through {@link #runCancellable}: it
 * is handed a {@link Progress} that reports how far it has got and throws
 * {@link CancellationException} once the person presses Cancel (or Esc). The work checks it only
 * where stopping leaves nothing half-done, so a cancel rolls its transaction back or removes its
 * part-written file; the status bar then says in a sentence what happened.
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
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private PauseTransition outcomeFades;
    /** Work submitted and not yet finished, oldest first. Touched on the JavaFX thread only. */
    private final List<Running> running = new ArrayList<>();
    /** The work the progress bar shows, and so the one its Cancel button stops. */
    private Running shown;
    private final DialogService dialogs;

    /** One piece of work in hand, with what its Cancel means. */
    private static final class Running {
        final Task<?> task;
        final String cancelledSentence;
        /** Set from the JavaFX thread when Cancel is pressed; read by the work. */
        final AtomicBoolean stopRequested = new AtomicBoolean();
        /** Set by the work once it is past the point where stopping could leave anything half-done. */
        final AtomicBoolean committed = new AtomicBoolean();
        boolean mayCancel;

        Running(Task<?> task, String cancelledSentence) {
            this.task = task;
            this.cancelledSentence = cancelledSentence;
            this.mayCancel = cancelledSentence != null;
        }
    }

    public BackgroundTasks(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Runs {@code work} in the background and hands its result to {@code done} on the JavaFX thread. */
    public <T> Task<T> run(String description, Supplier<T> work, Consumer<T> done) {
        return run(description, work, done, this::showFailure);
    }

    public <T> Task<T> run(String description, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        return start(description, null, progress -> work.get(), done, failed);
    }

    /**
     * Runs work the person may stop with Cancel (or Esc). {@code work} is given a {@link Progress}
     * to report through and to check in its loops; once stopped, the status bar says
     * {@code cancelledSentence} ("Import cancelled: nothing was changed.") and no error is shown.
     */
    public <T> Task<T> runCancellable(String description, String cancelledSentence, Function<Progress, T> work,
                                      Consumer<T> done) {
        return runCancellable(description, cancelledSentence, work, done, this::showFailure);
    }

    /**
     * As {@link #runCancellable(String, String, Function, Consumer)}; {@code failed} hears failures
     * and, so that the caller can put its screen back, a cancel too (see {@link #wasCancelled}).
     */
    public <T> Task<T> runCancellable(String description, String cancelledSentence, Function<Progress, T> work,
                                      Consumer<T> done, Consumer<Throwable> failed) {
        return start(description, java.util.Objects.requireNonNull(cancelledSentence, "cancelledSentence"), work, done, failed);
    }

    private <T> Task<T> start(String description, String cancelledSentence, Function<Progress, T> work, Consumer<T> done,
                              Consumer<Throwable> failed) {
        Work<T> task = new Work<>(description, work);
        task.entry = new Running(task, cancelledSentence);
        return submit(task.entry, task, done, failed);
    }

    /** A task whose work hears Cancel through {@link Progress}. */
    private final class Work<T> extends Task<T> implements Progress {
        private final String description;
        private final Function<Progress, T> work;
        private Running entry;

        Work(String description, Function<Progress, T> work) {
            this.description = description;
            this.work = work;
            if (Platform.isFxApplicationThread()) {
                // said at once, so that work waiting its turn is named beside its Cancel button
                updateMessage(description);
                updateProgress(-1, 1);
            }
        }

        @Override
        protected T call() {
            updateMessage(description);
            updateProgress(-1, 1);
            return work.apply(this);
        }

        @Override
        public void checkCancelled() {
            if (entry.stopRequested.get() && !entry.committed.get()) {
                throw new CancellationException();
            }
        }

        @Override
        public void fraction(double done) {
            updateProgress(done < 0 ? -1 : Math.min(1.0, done), 1.0);
        }

        @Override
        public void noLongerCancellable() {
            checkCancelled();
            entry.committed.set(true);
            // the sentence and the hidden Cancel change together, never one without the other
            onFxThread(() -> {
                entry.mayCancel = false;
                updateMessage(I18n.tr("task.cannotStop", description));
                refresh();
            });
        }
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

    /** Runs a task that reports its own progress and cannot be stopped. */
    public <T> Task<T> submit(Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        return submit(new Running(task, null), task, done, failed);
    }

    /** True when {@code error} is the work stopping because the person pressed Cancel. */
    public static boolean wasCancelled(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    /** Stops the work the progress bar shows, when it may be stopped. */
    public void cancelCurrent() {
        Running target = shown;
        if (target == null || !target.mayCancel || target.committed.get()) {
            return;
        }
        // not Task.cancel: the work stops itself at its next check, after which its transaction is
        // rolled back and its files removed, and only then does the status bar say so
        target.stopRequested.set(true);
        refresh();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** True between Cancel being pressed and the work having stopped. */
    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping.getReadOnlyProperty();
    }

    /** What the last stopped work left behind, in a sentence, for half a minute after it stopped. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    private <T> Task<T> submit(Running entry, Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        running.add(entry);
        refresh();
        task.setOnSucceeded(event -> {
            finished(entry);
            done.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished(entry);
            Throwable error = task.getException();
            if (entry.stopRequested.get() && wasCancelled(error)) {
                say(entry.cancelledSentence);
                AppLog.event("Work was cancelled");
                failed.accept(new CancellationException(entry.cancelledSentence));
                return;
            }
            if (!(error instanceof Refusal)) {
                AppLog.failure("Background work", error);
            }
            failed.accept(error);
        });
        task.setOnCancelled(event -> {
            finished(entry);
            failed.accept(new CancellationException());
        });
        worker.submit(task);
        return task;
    }

    /** Shows what a cancel left behind for a while, long enough to read twice, then clears it. */
    private void say(String sentence) {
        outcome.set(sentence);
        if (outcomeFades == null) {
            outcomeFades = new PauseTransition(Duration.seconds(30));
        }
        outcomeFades.stop();
        outcomeFades.setOnFinished(event -> outcome.set(""));
        outcomeFades.playFromStart();
    }

    private void finished(Running entry) {
        running.remove(entry);
        refresh();
    }

    /** Shows the first work that may be stopped, else the newest. */
    private void refresh() {
        Running now = running.stream().filter(r -> r.mayCancel).findFirst()
                .orElse(running.isEmpty() ? null : running.get(running.size() - 1));
        if (now != shown) {
            progress.unbind();
            message.unbind();
            shown = now;
            if (now != null) {
                progress.bind(now.task.progressProperty());
                message.bind(now.task.messageProperty());
            } else {
                progress.set(0);
                message.set("");
            }
        }
        busy.set(now != null);
        cancellable.set(now != null && now.mayCancel);
        stopping.set(now != null && now.mayCancel && now.stopRequested.get());
    }

    private void showFailure(Throwable error) {
        if (!wasCancelled(error)) {
            dialogs.showError(I18n.tr("error.title"), describe(error));
        }
    }

    /** The sentence to show for a failure: ours as written, anything else as a calm apology. */
    public static String describe(Throwable error) {
        if (error instanceof Refusal) {
            return error.getMessage();
        }
        if (wasCancelled(error)) {
            return error.getMessage() != null && !error.getMessage().isBlank() ? error.getMessage() : I18n.tr("task.cancelled");
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
        for (Running each : List.copyOf(running)) {
            each.stopRequested.set(true); // work that may be stopped stops at its next check
        }
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
