package uk.supportbudget.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded fonts' bytes, read from the jar once. Every PDF embeds DejaVu Sans; unpacking the
 * font files from the jar again for each one was most of the time a short PDF (a timesheet, a
 * payslip) took. Each document still parses and subsets its own copy, so nothing is shared between
 * documents being written at the same time.
 */
final class FontFiles {

    private static final Map<String, byte[]> READ = new ConcurrentHashMap<>();

    private FontFiles() {
    }

    /** The bytes of a font resource such as {@code /fonts/DejaVuSans.ttf}; the caller must not change them. */
    static byte[] bytes(String resource) {
        return READ.computeIfAbsent(resource, FontFiles::read);
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + resource, e);
        }
    }
}
