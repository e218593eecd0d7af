package uk.supportbudget.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.store.OwnerOnly;

/**
 * Saving a document the app made (payslips, summaries, timesheets, year-end figures, a book's
 * summary) so that it can be stopped: the document is made, then written beside its name under a
 * hidden one, readable by this computer user only, and moved into place whole. A cancel or a
 * failure at any point removes the part-written file and leaves any file already at the name as it was.
 */
public final class Documents {

    private static final int CHUNK = 256 * 1024;

    private Documents() {
    }

    /** Makes the document with {@code make} and saves it at {@code out}; returns {@code out}. */
    public static Path save(Path out, Progress progress, Supplier<byte[]> make) {
        ReturnService.checkWritable(out);
        progress.checkCancelled();
        byte[] content = make.get();
        progress.fraction(0.8);
        return write(content, out, progress.stage(0.8, 1.0));
    }

    /** Writes {@code content} at {@code out}, whole or not at all. */
    public static Path write(byte[] content, Path out, Progress progress) {
        ReturnService.checkWritable(out);
        Path absolute = out.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".writing");
        boolean moved = false;
        try {
            progress.checkCancelled();
            Files.deleteIfExists(temporary);
            OwnerOnly.createFile(temporary);
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                for (int from = 0; from < content.length; from += CHUNK) {
                    progress.report(from, content.length);
                    stream.write(content, from, Math.min(CHUNK, content.length - from));
                }
            }
            progress.checkCancelled(); // the last moment: after the move the document is there, whole
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            progress.fraction(1);
            return absolute;
        } catch (IOException e) {
            throw new Refusal("Cannot write " + absolute + " (" + e.getMessage() + "). Nothing was written.", e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a hidden scratch file; nothing more can be done
                }
            }
        }
    }
}
