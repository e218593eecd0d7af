package uk.supportbudget.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sqlite.ProgressHandler;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.Refusal;

/**
 * Verified copies of a book. A copy is written with {@code VACUUM INTO} into a private temporary
 * folder, opened and checked, and only then moved to its name, so a file with a backup's name is
 * always a verified one.
 */
public final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss");
    private static final Pattern BACKUP_NAME = Pattern.compile("(.+) (\\d{4}-\\d{2}-\\d{2} \\d{6})( [a-z0-9-]+)?\\.sbook");

    private Backups() {
    }

    /** A backup found in the book's backup folder. */
    public record BackupFile(Path path, LocalDateTime takenAt, String reason, long sizeBytes) {
    }

    /** Where automatic and "Back up now" copies of a book go: a folder beside it. */
    public static Path folderFor(Path book) {
        String name = book.getFileName().toString();
        String stem = name.endsWith(Book.EXTENSION) ? name.substring(0, name.length() - Book.EXTENSION.length()) : name;
        return book.toAbsolutePath().resolveSibling(stem + " backups");
    }

    /** Backs up into the book's backup folder under a dated name. */
    public static Path backupNow(Book book, String reason) {
        return backupNow(book, reason, Progress.NONE);
    }

    /** As {@link #backupNow(Book, String)}; a cancel leaves no file behind, not even a part-written one. */
    public static Path backupNow(Book book, String reason, Progress progress) {
        Path folder = folderFor(book.path());
        try {
            OwnerOnly.createDirectories(folder);
        } catch (IOException e) {
            throw new Refusal("Could not make the backup folder " + folder + " (" + e.getMessage() + ").", e);
        }
        String stem = folder.getFileName().toString().replaceFirst(" backups$", "");
        String stamp = LocalDateTime.ofInstant(Instant.now(book.clock()), ZoneId.systemDefault()).format(STAMP);
        String suffix = reason == null || reason.isBlank() ? "" : " " + reason;
        Path target = folder.resolve(stem + " " + stamp + suffix + Book.EXTENSION);
        Path written = copyTo(book, target, progress);
        Book.Sealing sealing = book.sealing();
        if (sealing != null) {
            try {
                // a spare of the keys beside the backups: old backups open with today's passphrase
                EncryptedBookFile.writeSidecar(EncryptedBookFile.sidecarFor(folder.resolve(book.path().getFileName())),
                        sealing.header.keys());
            } catch (IOException e) {
                // each backup's own header still holds the keys it was sealed with
            }
        }
        return written;
    }

    /**
     * The automatic backup taken when the app opens a book: at most one a day, then the rotation
     * prunes old ones. Returns the new backup, or empty when one was taken in the last day.
     */
    public static Optional<Path> dailyIfDue(Book book) {
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(book.clock()), ZoneId.systemDefault());
        Optional<BackupFile> latest = latest(book.path());
        if (latest.isPresent() && latest.get().takenAt().isAfter(now.minusDays(1))) {
            return Optional.empty();
        }
        Path written = backupNow(book, "daily");
        prune(book.path(), now);
        return Optional.of(written);
    }

    /** Deletes the backups the rotation no longer needs; never the newest verified one. */
    public static List<Path> prune(Path book, LocalDateTime now) {
        List<Path> deleted = new ArrayList<>();
        for (Path old : BackupRotation.toDelete(list(book), now)) {
            try {
                Files.deleteIfExists(old);
                deleted.add(old);
            } catch (IOException e) {
                // left for the next rotation
            }
        }
        return deleted;
    }

    static void backupBeforeMigration(Book book, int fromVersion) {
        backupNow(book, "before-upgrade-from-v" + fromVersion);
    }

    /**
     * Writes a verified copy of the open book to {@code target}, replacing any file there. Safe
     * to call from any thread: it reads through a connection of its own.
     */
    public static Path copyTo(Book book, Path target) {
        return copyTo(book, target, Progress.NONE);
    }

    /**
     * As {@link #copyTo(Book, Path)}, stoppable while the copy is made and checked: the copy is
     * written in a private scratch folder and only moved to {@code target} once verified, so a
     * cancel (like any failure) removes the part-written file and leaves {@code target} as it was.
     */
    public static Path copyTo(Book book, Path target, Progress progress) {
        progress.checkCancelled();
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Refusal("The folder " + folder + " does not exist. Choose an existing folder for the backup.");
        }
        if (absolute.equals(book.path())) {
            throw new Refusal("A backup cannot be written over the book itself. Choose another file name.");
        }
        if (Files.isDirectory(absolute)) {
            throw new Refusal(absolute + " is a folder. Give a file name for the backup, such as backup.sbook.");
        }
        if (!Files.isWritable(folder)) {
            throw new Refusal("Cannot write the backup: the folder " + folder + " is read-only. Choose a folder you can write to.");
        }
        Path scratch = null;
        try {
            scratch = OwnerOnly.createTempDirectory(folder, ".sbook-backup-");
            Path copy = scratch.resolve("copy.sbook");
            Book.Sealing sealing = book.sealing();
            if (sealing != null) {
                // An encrypted book on disk is always one whole committed state: copy it as it is,
                // still sealed with the same data key, and prove the copy opens with that key.
                Files.write(copy, Files.readAllBytes(book.path()));
                progress.checkCancelled();
                OwnerOnly.restrict(copy);
                forceToDisk(copy);
                verifyAndUnlock(copy, Unlock.dataKey(sealing.key), progress);
                progress.noLongerCancellable();
                Files.move(copy, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return absolute;
            }
            // A connection of its own, read-only: the copy can run beside the book's work instead
            // of queueing behind it, and sees one consistent snapshot (WAL readers never block).
            try (Connection reader = Book.connect(book.path(), true);
                 Statement statement = reader.createStatement()) {
                stoppable(reader, progress);
                statement.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
            }
            progress.fraction(0.6);
            OwnerOnly.restrict(copy);
            forceToDisk(copy);
            verifyAndUnlock(copy, Unlock.none(), progress);
            progress.noLongerCancellable();
            Files.move(copy, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.fraction(1);
            return absolute;
        } catch (SQLException | IOException e) {
            progress.checkCancelled(); // SQLite stopped because Cancel was pressed: say so, not "could not be written"
            throw new Refusal("The backup could not be written (" + e.getMessage() + "). The book is unchanged; try another folder.", e);
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Checks that a file is a whole, readable book this version can open: the header, then
     * SQLite's own integrity check. Refuses with a sentence otherwise.
     */
    public static void verify(Path file) {
        verify(file, Unlock.none());
    }

    /** As {@link #verify(Path)}, for a backup that may be encrypted: it is decrypted in memory to be checked. */
    public static void verify(Path file, Unlock unlock, Path... bookBeside) {
        verifyAndUnlock(file, unlock, Progress.NONE, bookBeside);
    }

    /** Verifies, and returns what opened the file: the data key for an encrypted one. Stoppable. */
    private static Unlock verifyAndUnlock(Path file, Unlock unlock, Progress progress, Path... bookBeside) {
        progress.checkCancelled();
        BookFile header = BookFile.inspect(file);
        header.refuseIfNewerThan(Book.currentVersion());
        if (header.encrypted()) {
            return Unlock.dataKey(verifySealed(file, unlock, progress, bookBeside));
        }
        try (Connection connection = Book.connect(file, true);
             Statement statement = connection.createStatement();
             ResultSet rows = integrityCheck(connection, statement, progress)) {
            String result = rows.next() ? rows.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new Refusal(file.getFileName() + " is damaged (" + result + "), so it cannot be used as a backup.");
            }
        } catch (SQLException e) {
            progress.checkCancelled();
            throw new Refusal(file.getFileName() + " is damaged and cannot be used as a backup (" + e.getMessage() + ").", e);
        }
        return unlock;
    }

    private static byte[] verifySealed(Path file, Unlock unlock, Progress progress, Path... bookBeside) {
        EncryptedBookFile.Sealed sealed = EncryptedBookFile.read(file);
        byte[] key = EncryptedBookFile.unlock(sealed, unlock, EncryptedBookFile.sidecarsNear(file, bookBeside));
        progress.checkCancelled();
        try (Connection connection = Book.memoryConnection(EncryptedBookFile.decrypt(sealed, key));
             Statement statement = connection.createStatement();
             ResultSet rows = integrityCheck(connection, statement, progress)) {
            String result = rows.next() ? rows.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new Refusal(file.getFileName() + " is damaged (" + result + "), so it cannot be used as a backup.");
            }
            BookFile.refuseIfNotABook(file, connection);
            return key;
        } catch (SQLException e) {
            progress.checkCancelled();
            throw new Refusal(file.getFileName() + " is damaged and cannot be used as a backup (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Once a book is encrypted, its plain backups are sealed with the same key in place, so the
     * backup folder holds no readable copy. A backup of some other book is left and reported.
     */
    static void sealPlainBackups(Book book, List<Path> sealedNow, List<Path> leftPlain) throws IOException, SQLException {
        Book.Sealing sealing = book.sealing();
        Path folder = folderFor(book.path());
        if (sealing == null || !Files.isDirectory(folder)) {
            return;
        }
        EncryptedBookFile.writeSidecar(EncryptedBookFile.sidecarFor(folder.resolve(book.path().getFileName())),
                sealing.header.keys());
        for (BackupFile backup : list(book.path())) {
            Path file = backup.path();
            if (EncryptedBookFile.isEncrypted(file)) {
                continue;
            }
            byte[] image;
            String bookId;
            int version;
            try (Connection reader = Book.connect(file, true)) {
                image = Book.image(reader);
                bookId = BookEncryption.bookId(reader);
                version = Book.userVersion(reader);
            } catch (SQLException e) {
                leftPlain.add(file);
                continue;
            }
            if (!bookId.equals(sealing.header.bookId())) {
                leftPlain.add(file);
                continue;
            }
            EncryptedBookFile.Header header = new EncryptedBookFile.Header(bookId, version, sealing.header.keys());
            byte[] sealed = EncryptedBookFile.seal(header, sealing.key, image);
            BookEncryption.proveItOpens(file, sealed, sealing.key);
            BookEncryption.replaceAndShred(file, sealed);
            sealedNow.add(file);
        }
    }

    /** The verified backups of a book, newest first. */
    public static List<BackupFile> list(Path book) {
        Path folder = folderFor(book);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher matcher = BACKUP_NAME.matcher(file.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(file)) {
                    try {
                        LocalDateTime takenAt = LocalDateTime.parse(matcher.group(2), STAMP);
                        String reason = matcher.group(3) == null ? "" : matcher.group(3).strip();
                        found.add(new BackupFile(file, takenAt, reason, Files.size(file)));
                    } catch (DateTimeParseException | IOException e) {
                        // not one of ours
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return found;
    }

    public static Optional<BackupFile> latest(Path book) {
        return list(book).stream().findFirst();
    }

    /**
     * Puts a verified backup in place of a book. The backup is checked first; the book it
     * replaces (if any) is kept aside untouched, with its WAL, as {@code <name>.replaced-<time>.sbook}; the new file is
     * moved in atomically, so a failure at any point leaves the old book where it was.
     *
     * @return where the replaced book was kept, if there was one
     */
    public static Optional<Path> restore(Path backup, Path book, java.time.Clock clock) {
        return restore(backup, book, clock, Unlock.none());
    }

    /** As {@link #restore(Path, Path, java.time.Clock)}; {@code unlock} opens an encrypted backup to verify it. */
    public static Optional<Path> restore(Path backup, Path book, java.time.Clock clock, Unlock unlock) {
        return restore(backup, book, clock, unlock, Progress.NONE);
    }

    /**
     * As {@link #restore(Path, Path, java.time.Clock, Unlock)}. Checking the backup and copying it
     * in beside the book can be stopped (the book is untouched until then); the swap that follows
     * cannot, and {@code progress} is told so before it starts.
     */
    public static Optional<Path> restore(Path backup, Path book, java.time.Clock clock, Unlock unlock, Progress progress) {
        Path from = backup.toAbsolutePath();
        Path to = book.toAbsolutePath();
        Unlock opened = verifyAndUnlock(from, unlock, progress.stage(0, 0.45), to);
        if (from.equals(to)) {
            throw new Refusal("The backup and the book are the same file; nothing to restore.");
        }
        Path folder = to.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Refusal("The folder " + folder + " does not exist. Choose an existing folder for the book.");
        }
        if (!Files.isWritable(folder)) {
            throw new Refusal("Cannot restore: the folder " + folder + " is read-only.");
        }
        try (BookLock ignored = BookLock.acquire(to)) {
            Path scratch = null;
            try {
                scratch = OwnerOnly.createTempDirectory(folder, ".sbook-restore-");
                Path incoming = scratch.resolve("incoming.sbook");
                Files.copy(from, incoming);
                progress.fraction(0.5);
                OwnerOnly.restrict(incoming);
                forceToDisk(incoming);
                verifyAndUnlock(incoming, opened, progress.stage(0.5, 0.95));
                progress.noLongerCancellable();
                Optional<Path> keptAside = Optional.empty();
                if (Files.exists(to)) {
                    String stamp = LocalDateTime.ofInstant(Instant.now(clock), ZoneId.systemDefault())
                            .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                    String name = to.getFileName().toString();
                    String stem = name.endsWith(Book.EXTENSION) ? name.substring(0, name.length() - Book.EXTENSION.length()) : name;
                    Path aside = to.resolveSibling(stem + ".replaced-" + stamp + Book.EXTENSION);
                    for (String suffix : new String[] {"-wal", "-shm"}) {
                        Path companion = to.resolveSibling(to.getFileName() + suffix);
                        if (Files.exists(companion)) {
                            Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
                        }
                    }
                    Files.move(to, aside);
                    keptAside = Optional.of(aside);
                }
                Files.move(incoming, to, StandardCopyOption.ATOMIC_MOVE);
                progress.fraction(1);
                return keptAside;
            } catch (IOException e) {
                throw new Refusal("The backup could not be restored (" + e.getMessage() + "). The book was left as it was.", e);
            } finally {
                deleteTree(scratch);
            }
        }
    }

    /**
     * Lets SQLite's own long statements on {@code connection} (VACUUM INTO, the integrity check)
     * be stopped: SQLite asks every few thousand steps and abandons the statement when Cancel has
     * been pressed, which the caller then turns back into the cancel.
     */
    static void stoppable(Connection connection, Progress progress) throws SQLException {
        if (progress == Progress.NONE) {
            return;
        }
        ProgressHandler.setHandler(connection, 20_000, new ProgressHandler() {
            @Override
            protected int progress() {
                try {
                    progress.checkCancelled();
                    return 0;
                } catch (CancellationException e) {
                    return 1;
                }
            }
        });
    }

    private static ResultSet integrityCheck(Connection connection, Statement statement, Progress progress) throws SQLException {
        stoppable(connection, progress);
        return statement.executeQuery("PRAGMA integrity_check");
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Removes a book's backup folder and all in it: only for a book this process has just made
     * and is throwing away (the example book stopped half-way), whose backups nobody has seen.
     */
    public static void deleteFolderOf(Path book) {
        deleteTree(folderFor(book));
    }

    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a hidden scratch folder holds nothing the user needs
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
