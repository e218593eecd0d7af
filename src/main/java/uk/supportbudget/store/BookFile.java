package uk.supportbudget.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import uk.supportbudget.domain.Refusal;

/**
 * What the first 100 bytes of a file say about it, read without SQLite so that a file which is
 * not a book, or a book from a newer version, is refused before anything could write to it.
 */
record BookFile(Path path, int applicationId, int schemaVersion, boolean encrypted) {

    static final int APPLICATION_ID = 0x53424B31; // "SBK1"
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Reads the header of an existing book, refusing anything that is not one this app can open. */
    static BookFile inspect(Path path) {
        String name = path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new Refusal("There is no budget book at " + path + ". Check the name, or create one with new-book.");
        }
        if (Files.isDirectory(path)) {
            throw new Refusal(path + " is a folder, not a budget book. Choose the .sbook file inside it.");
        }
        byte[] header = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (AccessDeniedException e) {
            throw new Refusal(name + " cannot be read: you do not have permission. Ask the owner of the file, or copy it somewhere you can read.");
        } catch (IOException e) {
            throw new Refusal(name + " cannot be read (" + e.getMessage() + ").");
        }
        if (read == 0) {
            throw new Refusal(name + " is empty, so it is not a budget book. If it should be one, restore it from a backup.");
        }
        if (EncryptedBookFile.startsWithMagic(header, read)) {
            // An encrypted book has no SQLite header to read: its own header says what it is.
            return new BookFile(path, APPLICATION_ID, EncryptedBookFile.readHeader(path).schemaVersion(), true);
        }
        if (read < header.length || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw new Refusal(name + " is not a Support Budget book. Choose a file that ends in .sbook.");
        }
        ByteBuffer buffer = ByteBuffer.wrap(header);
        refuseIfTruncated(path, buffer);
        int schemaVersion = buffer.getInt(60);
        int applicationId = buffer.getInt(68);
        // A book's first page can still be in its WAL after a crash; then SQLite decides (see below).
        boolean headerMayBeInWal = applicationId == 0 && hasWal(path);
        if (applicationId != APPLICATION_ID && !headerMayBeInWal) {
            throw notABook(path);
        }
        return new BookFile(path, applicationId, schemaVersion, false);
    }

    /**
     * A file shorter than its header says has lost its end (a copy cut short, a full disk). The
     * header's page count is only trusted when SQLite marked it valid (bytes 92 and 24 agree),
     * and only when no WAL is waiting: a process killed during a checkpoint leaves the header
     * ahead of the file while the WAL still holds every page, and the next open finishes the job.
     */
    private static void refuseIfTruncated(Path path, ByteBuffer header) {
        if (hasWal(path)) {
            return;
        }
        int pageSizeField = Short.toUnsignedInt(header.getShort(16));
        long pageSize = pageSizeField == 1 ? 65_536 : pageSizeField;
        long pages = Integer.toUnsignedLong(header.getInt(28));
        boolean countIsValid = header.getInt(92) == header.getInt(24) && pages > 0;
        try {
            if (countIsValid && Files.size(path) < pages * pageSize) {
                throw new DamagedBook(path.getFileName() + " is shorter than it should be, so part of it is missing. "
                        + "Restore the latest backup; this file has not been changed.", null);
            }
        } catch (IOException e) {
            throw new Refusal(path.getFileName() + " cannot be read (" + e.getMessage() + ").");
        }
    }

    /** The authoritative check, once SQLite has the file open and has read any WAL. */
    static void refuseIfNotABook(Path path, java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("PRAGMA application_id")) {
            if (!rows.next() || rows.getInt(1) != APPLICATION_ID) {
                throw notABook(path);
            }
        }
    }

    private static Refusal notABook(Path path) {
        return new Refusal(path.getFileName() + " is a database, but not a Support Budget book. Open a book made by Support Budget.");
    }

    static boolean hasWal(Path path) {
        try {
            Path wal = path.resolveSibling(path.getFileName() + "-wal");
            return Files.isRegularFile(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Refuses a book written by a newer version of the app, leaving it untouched. */
    void refuseIfNewerThan(int newestKnown) {
        if (schemaVersion > newestKnown) {
            throw tooNew(path, schemaVersion, newestKnown);
        }
    }

    static Refusal tooNew(Path path, int version, int newestKnown) {
        return new Refusal(path.getFileName() + " was saved by a newer version of Support Budget (book version "
                + version + "; this version reads up to " + newestKnown
                + "). Please update Support Budget to open it. The book has not been changed.");
    }
}
