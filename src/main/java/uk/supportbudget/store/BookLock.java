package uk.supportbudget.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import uk.supportbudget.domain.Refusal;

/**
 * One process per book. The lock is an operating-system lock on a small file beside the book
 * ({@code Jane.sbook.lock}) holding the owner's process id; the OS drops it when the process
 * ends, even by {@code kill -9}, so a stale file never keeps anyone out. The book itself is not
 * locked this way because closing any descriptor of a file drops all of a process's POSIX locks
 * on it, which would break SQLite's own locking.
 */
final class BookLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private BookLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileFor(Path book) {
        return book.resolveSibling(book.getFileName() + ".lock");
    }

    static BookLock acquire(Path book) {
        Path lockFile = lockFileFor(book);
        FileChannel channel;
        try {
            if (!Files.exists(lockFile)) {
                try {
                    OwnerOnly.createFile(lockFile);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process made it first; the lock below decides who wins
                }
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new Refusal("The folder holding " + book.getFileName()
                    + " is read-only, so the book cannot be opened safely. Copy it to a folder you can write to.");
        } catch (IOException e) {
            throw new Refusal("Could not open " + book.getFileName() + ": " + e.getMessage() + ".");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new Refusal("Could not lock " + book.getFileName() + ": " + e.getMessage() + ".");
        }
        if (lock == null) {
            String holder = readHolder(channel);
            closeQuietly(channel);
            throw new Refusal("This budget book is open in another window (pid " + holder
                    + "). Close it there first.");
        }
        try {
            byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            channel.force(false);
        } catch (IOException e) {
            // The pid is only a courtesy for the message above; the lock itself is held.
        }
        return new BookLock(channel, lock);
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int read = channel.read(buffer, 0);
            String pid = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        // The file stays: deleting it would let a process that opened it a moment ago lock a
        // file nobody else can see while a newcomer locks a fresh one.
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
