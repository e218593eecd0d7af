package uk.supportbudget.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import uk.supportbudget.domain.Refusal;

/**
 * One open budget book: a SQLite file in WAL mode with {@code synchronous=FULL} and foreign keys
 * on, held by this process alone. All access goes through one connection; callers run work on one
 * background thread at a time.
 *
 * <p>An encrypted book ({@link EncryptedBookFile}) is decrypted into memory and never exists as
 * plain text on disk: the connection is an in-memory database, and every committed change is
 * sealed and written back whole (a hidden file, forced to disk, then an atomic rename), so a
 * crash leaves either the book before that change or the book after it.
 */
public final class Book implements AutoCloseable {

    public static final String EXTENSION = ".sbook";

    private final Path path;
    private Connection connection;
    private Sealing sealing;
    private final BookLock lock;
    private final Clock clock;
    private final boolean readOnly;
    private final String user;

    private Book(Path path, Connection connection, BookLock lock, Clock clock, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
        this.clock = clock;
        this.readOnly = readOnly;
        this.user = System.getProperty("user.name", "unknown");
    }

    /** Whether the file at {@code path} is an encrypted book (it then needs a passphrase to open). */
    public static boolean isEncryptedFile(Path path) {
        return Files.isRegularFile(path) && EncryptedBookFile.isEncrypted(path);
    }

    /** The schema version this build writes. */
    public static int currentVersion() {
        return Migrations.currentVersion();
    }

    /**
     * Creates a new, empty book for one person. Refuses to overwrite anything. The book is built
     * in a hidden file beside the target, folded out of its WAL and only then renamed into place,
     * so a crash part-way leaves no half-made book behind.
     */
    public static Book create(Path path, String personName, Clock clock) {
        Path absolute = path.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal("There is already a file at " + absolute + "; choose another name so nothing is overwritten.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Refusal("The folder " + folder + " does not exist. Choose an existing folder for the book.");
        }
        if (!Files.isWritable(folder)) {
            throw new Refusal("Cannot create " + absolute.getFileName() + ": the folder " + folder
                    + " is read-only. Choose a folder you can write to.");
        }
        BookLock lock = BookLock.acquire(absolute);
        Path building = folder.resolve("." + absolute.getFileName() + ".creating-" + ProcessHandle.current().pid());
        try {
            deleteQuietly(building);
            OwnerOnly.createFile(building);
            try (Connection connection = connect(building, false)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA application_id = " + BookFile.APPLICATION_ID);
                }
                Migrations.apply(connection, 0);
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO book_info (id, book_id, person_name, created_at, created_by, updated_at, updated_by)
                        VALUES (1, ?, ?, ?, ?, ?, ?)""")) {
                    String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
                    String user = System.getProperty("user.name", "unknown");
                    insert.setString(1, java.util.UUID.randomUUID().toString());
                    insert.setString(2, personName == null || personName.isBlank() ? "My budget" : personName.strip());
                    insert.setString(3, now);
                    insert.setString(4, user);
                    insert.setString(5, now);
                    insert.setString(6, user);
                    insert.executeUpdate();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            Files.move(building, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return openLocked(absolute, lock, clock);
        } catch (AccessDeniedException e) {
            deleteQuietly(building);
            lock.close();
            throw new Refusal("Cannot create " + absolute.getFileName() + ": permission denied in " + folder + ".");
        } catch (IOException | SQLException e) {
            deleteQuietly(building);
            lock.close();
            throw new Refusal("Could not create the budget book " + absolute.getFileName() + " (" + e.getMessage() + "). Nothing was left behind.", e);
        } catch (RuntimeException e) {
            deleteQuietly(building);
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an existing book for work, bringing an older schema up to date after a verified
     * backup. A file that is not a book, is damaged, is newer than this app or is open elsewhere
     * is refused with a sentence and left exactly as it was.
     */
    public static Book open(Path path, Clock clock) {
        return open(path, clock, Unlock.none());
    }

    /**
     * Opens a book that may be encrypted. A plain book ignores {@code unlock}; an encrypted one
     * without it is refused with {@link PassphraseNeeded}, and with the wrong one with
     * {@link WrongPassphrase} — in both cases before anything is written.
     */
    public static Book open(Path path, Clock clock, Unlock unlock) {
        Path absolute = path.toAbsolutePath();
        BookFile file = BookFile.inspect(absolute);
        file.refuseIfNewerThan(Migrations.currentVersion());
        BookLock lock = BookLock.acquire(absolute);
        if (file.encrypted()) {
            return openSealed(absolute, lock, clock, unlock, false);
        }
        try {
            refuseIfDamaged(absolute);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return openLocked(absolute, lock, clock);
    }

    /**
     * SQLite's quick check, through a read-only connection so that nothing is written to a
     * damaged book — not even the checkpoint SQLite runs when a writer closes, which would copy a
     * stray WAL into it. About 40 ms for 100,000 transactions. When a WAL was left behind (a
     * crash, or a file copied in from elsewhere), the book's identity as the WAL shows it must
     * match the identity in the file itself, or the WAL belongs to another book.
     */
    private static void refuseIfDamaged(Path absolute) {
        try (Connection connection = connect(absolute, true)) {
            BookFile.refuseIfNotABook(absolute, connection);
            String result = queryOne(connection, "PRAGMA quick_check");
            if (!"ok".equals(result)) {
                throw damaged(absolute, new SQLException(result));
            }
            if (BookFile.hasWal(absolute)) {
                String throughWal = queryOne(connection, "SELECT book_id FROM book_info WHERE id = 1");
                String inFile = bookIdWithoutWal(absolute);
                if (inFile != null && !inFile.equals(throughWal)) {
                    throw new DamagedBook(absolute.getFileName() + " has a leftover " + absolute.getFileName()
                            + "-wal file that belongs to another book. Move that -wal file away, or restore the latest "
                            + "backup; the book has not been changed.", null);
                }
            }
        } catch (SQLException e) {
            throw damaged(absolute, e);
        }
    }

    /** Reads the book's identity from the main file alone, by opening a private copy without its WAL. */
    private static String bookIdWithoutWal(Path absolute) {
        Path scratch = null;
        try {
            scratch = OwnerOnly.createTempDirectory(absolute.getParent(), ".sbook-check-");
            Path copy = scratch.resolve("main-only.sbook");
            Files.copy(absolute, copy);
            try (Connection connection = connect(copy, true)) {
                return queryOne(connection, "SELECT book_id FROM book_info WHERE id = 1");
            }
        } catch (IOException | SQLException e) {
            return null; // the file alone may hold no tables yet; nothing to compare
        } finally {
            Backups.deleteTree(scratch);
        }
    }

    private static String queryOne(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static Book openLocked(Path absolute, BookLock lock, Clock clock) {
        Connection connection = null;
        try {
            connection = connect(absolute, false);
            BookFile.refuseIfNotABook(absolute, connection);
            int version = userVersion(connection);
            if (version > Migrations.currentVersion()) {
                throw BookFile.tooNew(absolute, version, Migrations.currentVersion());
            }
            Book book = new Book(absolute, connection, lock, clock, false);
            book.verifyPragmas();
            if (version < Migrations.currentVersion()) {
                Backups.backupBeforeMigration(book, version);
                Migrations.apply(connection, version);
            }
            return book;
        } catch (SQLException | RuntimeException e) {
            throw giveUp(connection, lock, absolute, e);
        }
    }

    /** An encrypted book: unlocked, decrypted into memory and checked there; nothing is written unless migrating. */
    private static Book openSealed(Path absolute, BookLock lock, Clock clock, Unlock unlock, boolean readOnly) {
        Connection connection = null;
        try {
            EncryptedBookFile.Sealed sealed = EncryptedBookFile.read(absolute);
            byte[] key = EncryptedBookFile.unlock(sealed, unlock, EncryptedBookFile.sidecarsNear(absolute,
                    Backups.folderFor(absolute).resolve(absolute.getFileName())));
            connection = memoryConnection(EncryptedBookFile.decrypt(sealed, key));
            BookFile.refuseIfNotABook(absolute, connection);
            String quickCheck = queryOne(connection, "PRAGMA quick_check");
            if (!"ok".equals(quickCheck)) {
                throw damaged(absolute, new SQLException(quickCheck));
            }
            int version = userVersion(connection);
            if (version > Migrations.currentVersion()) {
                throw BookFile.tooNew(absolute, version, Migrations.currentVersion());
            }
            if (readOnly) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA query_only = 1");
                }
            }
            Book book = new Book(absolute, connection, lock, clock, readOnly);
            book.seal(sealed.header(), key);
            if (!readOnly && !"1".equals(book.pragma("foreign_keys"))) {
                throw new SQLException("foreign keys could not be switched on");
            }
            if (!readOnly && version < Migrations.currentVersion()) {
                Backups.backupBeforeMigration(book, version);
                Migrations.apply(connection, version);
                book.saveIfChanged();
            }
            return book;
        } catch (SQLException | RuntimeException e) {
            throw giveUp(connection, lock, absolute, e);
        }
    }

    /** An open that failed: nothing stays open or locked; a database error means the book is damaged. */
    private static RuntimeException giveUp(Connection connection, BookLock lock, Path absolute, Exception e) {
        closeQuietly(connection);
        lock.close();
        return e instanceof SQLException sql ? damaged(absolute, sql) : (RuntimeException) e;
    }

    /** A private in-memory database holding a decrypted book. */
    static Connection memoryConnection(byte[] database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties());
        try {
            byte[] image = database.clone();
            if (image.length > 19) {
                image[18] = 1; // a memory database cannot be in WAL mode: mark the image as a rollback-journal one
                image[19] = 1;
            }
            connection.unwrap(SQLiteConnection.class).deserialize("main", image);
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The bytes of the database behind a connection (file or memory), as one consistent image. */
    static byte[] image(Connection connection) throws SQLException {
        return connection.unwrap(SQLiteConnection.class).serialize("main");
    }

    /**
     * Opens a book only to look at it ({@code check}, verifying a backup): a read-only
     * connection, no migrations, nothing written. The lock is still taken so that nobody changes
     * it meanwhile.
     */
    public static Book openToInspect(Path path, Clock clock) {
        return openToInspect(path, clock, Unlock.none());
    }

    public static Book openToInspect(Path path, Clock clock, Unlock unlock) {
        Path absolute = path.toAbsolutePath();
        BookFile file = BookFile.inspect(absolute);
        file.refuseIfNewerThan(Migrations.currentVersion());
        BookLock lock = BookLock.acquire(absolute);
        if (file.encrypted()) {
            return openSealed(absolute, lock, clock, unlock, true);
        }
        try {
            Connection connection = connect(absolute, true);
            try {
                BookFile.refuseIfNotABook(absolute, connection);
            } catch (RuntimeException | SQLException e) {
                closeQuietly(connection);
                throw e;
            }
            return new Book(absolute, connection, lock, clock, true);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        } catch (SQLException e) {
            lock.close();
            throw damaged(absolute, e);
        }
    }

    static DamagedBook damaged(Path path, Exception cause) {
        return new DamagedBook(path.getFileName() + " looks damaged and was not changed (" + cause.getMessage()
                + "). Restore the latest backup, or run check for details.", cause);
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        }
        Properties properties = config.toProperties();
        return DriverManager.getConnection("jdbc:sqlite:" + file, properties);
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Power-cut safety depends on these; read them back rather than trust that they were set. */
    private void verifyPragmas() throws SQLException {
        String journal = pragma("journal_mode");
        String synchronous = pragma("synchronous");
        String foreignKeys = pragma("foreign_keys");
        if (!"wal".equalsIgnoreCase(journal) || !"2".equals(synchronous) || !"1".equals(foreignKeys)) {
            throw new SQLException("safety settings did not take effect (journal_mode=" + journal
                    + ", synchronous=" + synchronous + ", foreign_keys=" + foreignKeys + ")");
        }
    }

    /** What an encrypted book keeps while open: its header (with the wrapped keys) and data key. */
    static final class Sealing {
        EncryptedBookFile.Header header;
        final byte[] key;
        volatile boolean changed;

        Sealing(EncryptedBookFile.Header header, byte[] key) {
            this.header = header;
            this.key = key;
        }
    }

    /** From now on this book is encrypted: every commit is sealed and written back. */
    void seal(EncryptedBookFile.Header header, byte[] key) throws SQLException {
        Sealing state = new Sealing(header, key);
        connection.unwrap(SQLiteConnection.class).addCommitListener(new SQLiteCommitListener() {
            @Override
            public void onCommit() {
                state.changed = true;
            }

            @Override
            public void onRollback() {
                // nothing was changed
            }
        });
        this.sealing = state;
    }

    Sealing sealing() {
        return sealing;
    }

    /** Swaps the connection when the book is encrypted or decrypted in place. */
    void replaceConnection(Connection replacement, Sealing newSealing) {
        this.connection = replacement;
        this.sealing = newSealing;
    }

    public boolean isEncrypted() {
        return sealing != null;
    }

    /**
     * What opens this book's own backups without asking again: its data key, held only in this
     * process's memory (none for a plain book).
     */
    public Unlock unlockForCopies() {
        Sealing state = sealing;
        return state == null ? Unlock.none() : Unlock.dataKey(state.key);
    }

    /** For an encrypted book, writes the committed state back to disk if anything changed. */
    void saveIfChanged() {
        Sealing state = sealing;
        if (state == null || readOnly || !state.changed) {
            return;
        }
        try {
            state.changed = false;
            int version = userVersion(connection);
            EncryptedBookFile.Header header = new EncryptedBookFile.Header(state.header.bookId(), version, state.header.keys());
            EncryptedBookFile.writeAtomically(path, EncryptedBookFile.seal(header, state.key, image(connection)));
            state.header = header;
        } catch (SQLException | IOException e) {
            state.changed = true;
            throw new StoreException("The change is made but could not be written to the encrypted book on disk ("
                    + e.getMessage() + "). Free some space or check the folder, then make any change to try again; "
                    + "keep the app open until it is saved.", e);
        }
    }

    public String pragma(String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    public Path path() {
        return path;
    }

    public Connection connection() {
        return connection;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public int schemaVersion() throws SQLException {
        return userVersion(connection);
    }

    /** Now, to the second, as stored in created_at / updated_at. */
    public String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public Clock clock() {
        return clock;
    }

    /** Who is making changes, for the audit trail. */
    public String user() {
        return user;
    }

    /** Work that either completes or leaves the book exactly as it was. */
    public <T> T inTransaction(SqlWork<T> work) {
        if (readOnly) {
            throw new IllegalStateException("This book was opened only to inspect it");
        }
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                return work.run(connection); // already inside a transaction: join it
            }
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            saveIfChanged();
            return result;
        } catch (SQLException e) {
            throw new StoreException("The change could not be saved, and nothing was changed (" + e.getMessage() + ").", e);
        }
    }

    /** Reads under one consistent snapshot. */
    public <T> T read(SqlWork<T> work) {
        try {
            T result = work.run(connection);
            if (connection.getAutoCommit()) {
                saveIfChanged(); // in case the work wrote something outside a transaction
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not read the budget book (" + e.getMessage() + ").", e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        try {
            if (sealing != null) {
                saveIfChanged();
            } else if (!readOnly && !connection.isClosed()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
        } catch (SQLException e) {
            // The WAL is replayed on the next open; nothing is lost.
        } finally {
            closeQuietly(connection);
            lock.close();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing more to do
            }
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // best effort on a failed create
            }
        }
    }
}
