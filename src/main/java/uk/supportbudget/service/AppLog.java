package uk.supportbudget.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import uk.supportbudget.store.OwnerOnly;

/**
 * The app's log: what happened, never to whom. Nothing written here may hold personal data, so
 * failures are logged as exception types and stack frames only — messages can carry names, file
 * paths, amounts or NI numbers. A test seeds known personal data, runs the main flows and
 * searches every log file for it.
 */
public final class AppLog {

    private static final Logger LOG = Logger.getLogger("uk.supportbudget");
    private static Handler fileHandler;

    static {
        // Only the owner-only log file gets our records; nothing goes to a console someone else may read.
        LOG.setUseParentHandlers(false);
    }

    private AppLog() {
    }

    /**
     * Sends the log to {@code folder/logs/supportbudget.log.0} (rotated at 1 MB, three files). The
     * folder is created owner-only, which keeps the files in it private whatever the umask.
     */
    public static synchronized void toFolder(Path folder) {
        try {
            Path logs = OwnerOnly.createDirectories(folder.resolve("logs"));
            Handler handler = new FileHandler(logs.resolve("supportbudget.log.%g").toString(), 1_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            if (fileHandler != null) {
                LOG.removeHandler(fileHandler);
                fileHandler.close();
            }
            fileHandler = handler;
            LOG.addHandler(handler);
            LOG.setUseParentHandlers(false);
        } catch (IOException e) {
            // No log is better than no app.
        }
    }

    public static synchronized void flush() {
        if (fileHandler != null) {
            fileHandler.flush();
        }
    }

    /** An event in words that name no person, file, amount or identifier. */
    public static void event(String what) {
        LOG.info(what);
    }

    /** A failure as its type and where it happened; the message is left out on purpose. */
    public static void failure(String doing, Throwable error) {
        StringBuilder text = new StringBuilder(doing).append(" failed: ");
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(8, frames.length); i++) {
                text.append("\n    at ").append(frames[i]);
            }
            if (t.getCause() != null) {
                text.append("\n  caused by ");
            }
        }
        LOG.log(Level.WARNING, text.toString());
    }

    public static Logger logger() {
        return LOG;
    }
}
