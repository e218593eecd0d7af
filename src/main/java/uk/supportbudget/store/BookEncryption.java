package uk.supportbudget.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.Refusal;

/**
 * Turning encryption on and off for an open book, and changing what opens it. Each step builds
 * the new file beside the book, proves it opens, and only then puts it in place; a failure
 * leaves the book as it was.
 */
public final class BookEncryption {

    private BookEncryption() {
    }

    /** What the person must keep once a book is encrypted. */
    public record Encrypted(String recoveryKey, List<Path> backupsSealed, List<Path> backupsNotSealed) {
    }

    /**
     * Encrypts an open plain book in place with a new random data key, wrapped by the passphrase
     * and by a new recovery key, which is returned once and never stored in the clear. Its
     * existing backups are encrypted with the same key, so no plain copy is left in the backup
     * folder.
     */
    public static Encrypted encrypt(Book book, char[] passphrase) {
        return encrypt(book, passphrase, Progress.NONE);
    }

    /**
     * As {@link #encrypt(Book, char[])}: making and proving the encrypted copy can be stopped (only
     * memory has been used until then); putting it in place of the plain book cannot.
     */
    public static Encrypted encrypt(Book book, char[] passphrase, Progress progress) {
        refuseWritable(book);
        if (book.isEncrypted()) {
            throw new Refusal(book.path().getFileName() + " is already encrypted. To change its passphrase, use Change passphrase.");
        }
        BookCrypto.refuseWeakPassphrase(passphrase);
        Path path = book.path();
        try {
            progress.checkCancelled();
            byte[] image = Book.image(book.connection());
            progress.report(1, 5);
            String bookId = bookId(book.connection());
            byte[] key = BookCrypto.newDataKey();
            String recoveryKey = BookCrypto.newRecoveryKey();
            EncryptedBookFile.KeyRing ring = new EncryptedBookFile.KeyRing(bookId,
                    BookCrypto.wrapWithPassphrase(key, passphrase, bookId),
                    BookCrypto.wrapWithRecoveryKey(key, recoveryKey, bookId));
            EncryptedBookFile.Header header = new EncryptedBookFile.Header(bookId, book.schemaVersion(), ring);
            progress.report(2, 5);
            byte[] sealed = EncryptedBookFile.seal(header, key, image);
            progress.report(3, 5);
            proveItOpens(path, sealed, key);
            progress.fraction(0.8);
            progress.noLongerCancellable();
            EncryptedBookFile.writeSidecar(EncryptedBookFile.sidecarFor(path), ring);
            Connection memory = Book.memoryConnection(image);
            Connection plain = book.connection();
            try (Statement statement = plain.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            plain.close();
            try {
                replaceAndShred(path, sealed);
            } catch (IOException e) {
                book.replaceConnection(Book.connect(path, false), null); // the plain book is still there
                memory.close();
                throw e;
            }
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Files.deleteIfExists(path.resolveSibling(path.getFileName() + suffix));
            }
            book.replaceConnection(memory, null);
            book.seal(header, key);
            List<Path> sealedBackups = new ArrayList<>();
            List<Path> notSealed = new ArrayList<>();
            Backups.sealPlainBackups(book, sealedBackups, notSealed);
            return new Encrypted(recoveryKey, sealedBackups, notSealed);
        } catch (SQLException | IOException e) {
            throw new Refusal("The book could not be encrypted (" + e.getMessage() + "). It was left as it was, unencrypted.", e);
        }
    }

    /**
     * Turns an open encrypted book back into a plain one. Its encrypted backups stay encrypted and
     * still open with the passphrase or the recovery key.
     */
    public static void decrypt(Book book) {
        decrypt(book, Progress.NONE);
    }

    /**
     * As {@link #decrypt(Book)}: the plain copy is made and checked under a hidden name, which a
     * cancel removes; moving it in place of the encrypted book cannot be stopped.
     */
    public static void decrypt(Book book, Progress progress) {
        refuseWritable(book);
        if (!book.isEncrypted()) {
            throw new Refusal(book.path().getFileName() + " is not encrypted.");
        }
        book.saveIfChanged();
        Path path = book.path();
        Path building = path.resolveSibling("." + path.getFileName() + ".decrypting-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(building);
            OwnerOnly.createFile(building);
            try (Statement statement = book.connection().createStatement()) {
                Backups.stoppable(book.connection(), progress);
                statement.execute("VACUUM INTO '" + building.toString().replace("'", "''") + "'");
            } finally {
                org.sqlite.ProgressHandler.clearHandler(book.connection());
            }
            progress.report(1, 2);
            try (Connection plain = Book.connect(building, false); Statement statement = plain.createStatement()) {
                try (ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
                    if (!rows.next() || !"ok".equals(rows.getString(1))) {
                        throw new SQLException("the plain copy did not pass its check");
                    }
                }
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Files.deleteIfExists(building.resolveSibling(building.getFileName() + suffix));
            }
            try (FileChannel channel = FileChannel.open(building, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            progress.noLongerCancellable();
            Connection memory = book.connection();
            Files.move(building, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            memory.close();
            Files.deleteIfExists(EncryptedBookFile.sidecarFor(path));
            book.replaceConnection(Book.connect(path, false), null);
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(building.resolveSibling(building.getFileName() + suffix));
                }
            } catch (IOException ignored) {
                // a hidden leftover; the book itself is unchanged
            }
            progress.checkCancelled(); // stopped because Cancel was pressed: say so, not "could not be decrypted"
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new Refusal("The book could not be decrypted (" + e.getMessage() + "). It is still encrypted and unchanged.", e);
        }
    }

    /**
     * Wraps the same data key with a new passphrase. {@code current} (the old passphrase or the
     * recovery key) must open the book first. The book's data and its backups are not re-encrypted;
     * the key sidecars beside the book and in its backup folder are updated so that older backups
     * open with the new passphrase too.
     */
    public static void changePassphrase(Book book, Unlock current, char[] newPassphrase) {
        Book.Sealing sealing = sealedFor(book);
        BookCrypto.refuseWeakPassphrase(newPassphrase);
        byte[] key = EncryptedBookFile.unlock(book.path(), sealing.header, current, List.of());
        if (!Arrays.equals(key, sealing.key)) {
            throw new WrongPassphrase("That does not open this book; the passphrase was not changed.");
        }
        String bookId = sealing.header.bookId();
        rewrap(book, sealing.header.keys().withPassphrase(BookCrypto.wrapWithPassphrase(key, newPassphrase, bookId)));
    }

    /** A new recovery key replaces the old one for the book (older backups still also open with the old one). */
    public static String newRecoveryKey(Book book, Unlock current) {
        Book.Sealing sealing = sealedFor(book);
        byte[] key = EncryptedBookFile.unlock(book.path(), sealing.header, current, List.of());
        if (!Arrays.equals(key, sealing.key)) {
            throw new WrongPassphrase("That does not open this book; no new recovery key was made.");
        }
        String recoveryKey = BookCrypto.newRecoveryKey();
        EncryptedBookFile.KeyRing old = sealing.header.keys();
        rewrap(book, new EncryptedBookFile.KeyRing(old.bookId(), old.passphrase(),
                BookCrypto.wrapWithRecoveryKey(key, recoveryKey, old.bookId())));
        return recoveryKey;
    }

    private static void rewrap(Book book, EncryptedBookFile.KeyRing ring) {
        Book.Sealing sealing = book.sealing();
        EncryptedBookFile.Header before = sealing.header;
        sealing.header = new EncryptedBookFile.Header(before.bookId(), before.schemaVersion(), ring);
        sealing.changed = true;
        try {
            book.saveIfChanged();
            EncryptedBookFile.writeSidecar(EncryptedBookFile.sidecarFor(book.path()), ring);
            Path backups = Backups.folderFor(book.path());
            if (Files.isDirectory(backups)) {
                EncryptedBookFile.writeSidecar(EncryptedBookFile.sidecarFor(backups.resolve(book.path().getFileName())), ring);
            }
        } catch (RuntimeException | IOException e) {
            sealing.header = before;
            throw new Refusal("The new key could not be saved (" + e.getMessage() + "). The book still opens as before.", e);
        }
    }

    private static Book.Sealing sealedFor(Book book) {
        refuseWritable(book);
        if (!book.isEncrypted()) {
            throw new Refusal(book.path().getFileName() + " is not encrypted, so it has no passphrase to change.");
        }
        return book.sealing();
    }

    private static void refuseWritable(Book book) {
        if (book.isReadOnly()) {
            throw new IllegalStateException("This book was opened only to inspect it");
        }
    }

    static String bookId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT book_id FROM book_info WHERE id = 1")) {
            if (!rows.next()) {
                throw new SQLException("the book has no identity record");
            }
            return rows.getString(1);
        }
    }

    /** Decrypts a sealed image in memory and runs the integrity check on it, before it replaces anything. */
    static void proveItOpens(Path path, byte[] sealed, byte[] key) throws SQLException {
        byte[] image = EncryptedBookFile.decrypt(EncryptedBookFile.parse(path, sealed), key);
        try (Connection connection = Book.memoryConnection(image); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            if (!rows.next() || !"ok".equals(rows.getString(1))) {
                throw new SQLException("the encrypted copy did not pass its integrity check");
            }
        }
    }

    /**
     * Puts new content in place of a file holding plain personal data, then overwrites the old
     * content where the file system lets us reach it (a hard link to the old file, zeroed after
     * the swap). On SSDs and copy-on-write file systems old blocks may survive anyway: full-disk
     * encryption is the real protection there.
     */
    static void replaceAndShred(Path target, byte[] content) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
        Files.deleteIfExists(old);
        boolean linked;
        try {
            Files.createLink(old, target);
            linked = true;
        } catch (IOException | UnsupportedOperationException e) {
            linked = false;
        }
        EncryptedBookFile.writeAtomically(target, content);
        if (linked) {
            try (FileChannel channel = FileChannel.open(old, StandardOpenOption.WRITE)) {
                long size = channel.size();
                java.nio.ByteBuffer zeros = java.nio.ByteBuffer.allocate(64 * 1024);
                for (long at = 0; at < size; at += zeros.capacity()) {
                    zeros.clear();
                    zeros.limit((int) Math.min(zeros.capacity(), size - at));
                    channel.write(zeros, at);
                }
                channel.force(true);
            } finally {
                Files.deleteIfExists(old);
            }
        }
    }
}
