package uk.supportbudget.domain;

import java.util.concurrent.CancellationException;

/**
 * How long work tells the person how far it has got, and hears that they want it stopped. The
 * screen's implementation throws {@link CancellationException} from {@link #checkCancelled()}
 * once Cancel is pressed; work calls it (directly or through {@link #report}) only at points where
 * stopping leaves nothing half-done — inside its transaction, so the throw rolls it back, or
 * before anything is written where there is no transaction. The CLI and tests pass {@link #NONE}.
 *
 * <p>A plain interface rather than a JavaFX task so that the service, store, io and report layers
 * can take it: the same pattern as the pay run's {@code (done, total)} callback.
 */
public interface Progress {

    /** Reports nothing and never stops the work. */
    Progress NONE = new Progress() {
        @Override
        public void checkCancelled() {
        }

        @Override
        public void fraction(double done) {
        }
    };

    /** Throws {@link CancellationException} when the person has asked to stop. */
    void checkCancelled();

    /** How far the work has got, from 0 to 1; a negative value means "cannot tell". */
    void fraction(double done);

    /**
     * Says that from here on the work cannot be stopped safely (such as the moment a restored
     * backup is swapped in): a cancel asked for before now still stops it, here; later ones are
     * not offered, and the person is told that this step cannot be stopped.
     */
    default void noLongerCancellable() {
        checkCancelled();
    }

    /**
     * This progress for a step of bigger work that can still be undone after the step's own
     * point of no return (a backup taken before a change that is rolled back on cancel): the
     * step's {@link #noLongerCancellable()} only checks for a cancel.
     */
    default Progress withoutCommitting() {
        Progress whole = this;
        return new Progress() {
            @Override
            public void checkCancelled() {
                whole.checkCancelled();
            }

            @Override
            public void fraction(double done) {
                whole.fraction(done);
            }
        };
    }

    /** Checks for a cancel, then reports {@code done} of {@code total} steps. */
    default void report(long done, long total) {
        checkCancelled();
        fraction(total <= 0 ? -1 : Math.min(1.0, (double) done / total));
    }

    /**
     * This progress seen as one stage of bigger work: the stage's 0..1 is reported as
     * {@code from..to} of the whole. Cancelling still stops it.
     */
    default Progress stage(double from, double to) {
        Progress whole = this;
        return new Progress() {
            @Override
            public void checkCancelled() {
                whole.checkCancelled();
            }

            @Override
            public void fraction(double done) {
                whole.fraction(done < 0 ? -1 : from + (to - from) * Math.min(1.0, done));
            }

            @Override
            public void noLongerCancellable() {
                whole.noLongerCancellable();
            }
        };
    }
}
