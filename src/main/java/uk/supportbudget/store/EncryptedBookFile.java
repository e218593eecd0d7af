package uk.supportbudget.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.crypto.AEADBadTagException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.supportbudget.domain.Refusal;

/**
 * An encrypted book on disk. The file is a short readable header followed by the whole SQLite
 * database sealed with AES-256-GCM:
 *
 * <pre>
 *   "SupportBudget encrypted book v1\n"   32 bytes, so nobody mistakes it for anything else
 *   header length                          4 bytes, big-endian
 *   header                                 JSON: format, bookId, schemaVersion, the two wrapped keys
 *   nonce                                  12 random bytes, new on every save
 *   sealed database                        AES-256-GCM under the data key; the tag covers the
 *                                          magic, bookId and schemaVersion too
 * </pre>
 *
 * The wrapped keys sit in the header so that a copied or backed-up book opens on its own, and
 * again in an owner-only sidecar {@code NAME.sbook.keys} beside the book (and in the backup
 * folder), so that a damaged header or an old backup taken before a passphrase change still opens
 * with today's passphrase. The header holds nothing personal: a random book id, a version number
 * and keys that are useless without the passphrase or the recovery key.
 */
final class EncryptedBookFile {

    static final byte[] MAGIC = "SupportBudget encrypted book v1\n".getBytes(StandardCharsets.US_ASCII);
    static final String SIDECAR = ".keys";
    private static final int MAX_HEADER = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private EncryptedBookFile() {
    }

    /** The data key wrapped two ways, for one book. */
    record KeyRing(String bookId, BookCrypto.Wrap passphrase, BookCrypto.Wrap recovery) {
        KeyRing withPassphrase(BookCrypto.Wrap newWrap) {
            return new KeyRing(bookId, newWrap, recovery);
        }
    }

    record Header(String bookId, int schemaVersion, KeyRing keys) {
    }

    /** A file read from disk and not yet opened. */
    record Sealed(Path path, Header header, byte[] nonce, byte[] body) {
    }

    static boolean startsWithMagic(byte[] firstBytes, int length) {
        return length >= MAGIC.length && Arrays.equals(Arrays.copyOf(firstBytes, MAGIC.length), MAGIC);
    }

    static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(MAGIC.length);
            return startsWithMagic(start, start.length);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads only the header: enough to know the version before asking for a passphrase. */
    static Header readHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(MAGIC.length + 4);
            if (start.length < MAGIC.length + 4 || !startsWithMagic(start, start.length)) {
                throw damaged(file, "its header is cut short");
            }
            int length = ByteBuffer.wrap(start, MAGIC.length, 4).getInt();
            if (length <= 0 || length > MAX_HEADER) {
                throw damaged(file, "its header is not valid");
            }
            byte[] header = in.readNBytes(length);
            if (header.length != length) {
                throw damaged(file, "its header is cut short");
            }
            return parseHeader(file, header);
        } catch (IOException e) {
            throw new Refusal(file.getFileName() + " cannot be read (" + e.getMessage() + ").");
        }
    }

    static Sealed read(Path file) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Refusal(file.getFileName() + " cannot be read (" + e.getMessage() + ").");
        }
        return parse(file, all);
    }

    static Sealed parse(Path file, byte[] all) {
        if (!startsWithMagic(all, all.length) || all.length < MAGIC.length + 4) {
            throw damaged(file, "its header is cut short");
        }
        ByteBuffer buffer = ByteBuffer.wrap(all);
        int length = buffer.getInt(MAGIC.length);
        int headerStart = MAGIC.length + 4;
        if (length <= 0 || length > MAX_HEADER || all.length < headerStart + length + BookCrypto.NONCE_BYTES + 16) {
            throw damaged(file, "it is shorter than it should be");
        }
        Header header = parseHeader(file, Arrays.copyOfRange(all, headerStart, headerStart + length));
        int nonceStart = headerStart + length;
        byte[] nonce = Arrays.copyOfRange(all, nonceStart, nonceStart + BookCrypto.NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(all, nonceStart + BookCrypto.NONCE_BYTES, all.length);
        return new Sealed(file, header, nonce, body);
    }

    /** The whole file for a database, sealed under the data key with a fresh nonce. */
    static byte[] seal(Header header, byte[] dataKey, byte[] database) {
        byte[] nonce = BookCrypto.randomBytes(BookCrypto.NONCE_BYTES);
        byte[] body = BookCrypto.seal(dataKey, nonce, database, bodyContext(header));
        return encode(header, nonce, body);
    }

    /** The same sealed database under a new header (a new passphrase): nothing is re-encrypted. */
    static byte[] encode(Header header, byte[] nonce, byte[] body) {
        byte[] headerBytes = headerJson(header);
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + 4 + headerBytes.length + nonce.length + body.length);
        buffer.put(MAGIC).putInt(headerBytes.length).put(headerBytes).put(nonce).put(body);
        return buffer.array();
    }

    static byte[] decrypt(Sealed sealed, byte[] dataKey) {
        try {
            return BookCrypto.open(dataKey, sealed.nonce(), sealed.body(), bodyContext(sealed.header()));
        } catch (AEADBadTagException e) {
            throw damaged(sealed.path(), "its contents do not match their seal");
        }
    }

    private static byte[] bodyContext(Header header) {
        return ("Support Budget book|" + header.bookId() + "|" + header.schemaVersion()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The data key, from whatever was given: the passphrase or recovery key against the file's
     * own header first, then against any key sidecar for the same book (a backup taken before
     * the passphrase was changed opens with the new one that way).
     */
    static byte[] unlock(Sealed sealed, Unlock unlock, List<Path> sidecars) {
        return unlock(sealed.path(), sealed.header(), unlock, sidecars);
    }

    static byte[] unlock(Path path, Header header, Unlock unlock, List<Path> sidecars) {
        String name = path.getFileName().toString();
        if (unlock.isNone()) {
            throw new PassphraseNeeded(name + " is encrypted; give its passphrase to open it.");
        }
        if (unlock.dataKey() != null) {
            return unlock.dataKey().clone();
        }
        List<KeyRing> rings = new ArrayList<>();
        rings.add(header.keys());
        for (Path sidecar : sidecars) {
            readSidecar(sidecar).filter(ring -> ring.bookId().equals(header.bookId())).ifPresent(rings::add);
        }
        boolean byPassphrase = unlock.passphrase() != null;
        char[] secret = byPassphrase ? unlock.passphrase() : BookCrypto.normaliseRecoveryKey(unlock.recoveryKey()).toCharArray();
        List<BookCrypto.Wrap> tried = new ArrayList<>();
        for (KeyRing ring : rings) {
            BookCrypto.Wrap wrap = byPassphrase ? ring.passphrase() : ring.recovery();
            if (wrap == null || tried.stream().anyMatch(t -> Arrays.equals(t.wrapped(), wrap.wrapped()))) {
                continue;
            }
            tried.add(wrap);
            Optional<byte[]> key = BookCrypto.unwrap(wrap, secret, header.bookId());
            if (key.isPresent()) {
                return key.get();
            }
        }
        throw new WrongPassphrase(byPassphrase
                ? "That passphrase does not open " + name + ". Nothing was changed; check it and try again, or use the recovery key."
                : "That recovery key does not open " + name + ". Nothing was changed; check it against the recovery sheet.");
    }

    /** Key sidecars that may belong to a file: its own, and any other in its folder (the backup folder's). */
    static List<Path> sidecarsNear(Path file, Path... more) {
        List<Path> found = new ArrayList<>();
        found.add(sidecarFor(file));
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.getFileName().toString().endsWith(SIDECAR) && !found.contains(p)).forEach(found::add);
            } catch (IOException e) {
                // only spares: the file's own header still has its keys
            }
        }
        for (Path extra : more) {
            found.add(sidecarFor(extra));
        }
        return found;
    }

    static Path sidecarFor(Path book) {
        return book.resolveSibling(book.getFileName() + SIDECAR);
    }

    static void writeSidecar(Path sidecar, KeyRing ring) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("about", "Support Budget: the wrapped keys of an encrypted book. Useless without its passphrase or "
                + "recovery key; keep it beside the book.");
        root.set("keys", ringJson(ring));
        writeAtomically(sidecar, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    static Optional<KeyRing> readSidecar(Path sidecar) {
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parseRing(JSON.readTree(Files.readAllBytes(sidecar)).get("keys")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged sidecar is only a lost spare: the book's own header still has the keys
        }
    }

    /**
     * Writes a whole file under its final name only once it is on disk: a hidden sibling, forced
     * to disk, then an atomic rename. A crash at any point leaves the old file or the new one.
     */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + ".saving-" + ProcessHandle.current().pid());
        Files.deleteIfExists(temp);
        OwnerOnly.createFile(temp);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; its rename is already durable enough
        }
    }

    private static byte[] headerJson(Header header) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("bookId", header.bookId());
        root.put("schemaVersion", header.schemaVersion());
        root.put("cipher", "AES-256-GCM");
        root.set("keys", ringJson(header.keys()));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Header parseHeader(Path file, byte[] json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root.path("format").asInt() != 1) {
                throw new Refusal(file.getFileName() + " was encrypted by a newer version of Support Budget. "
                        + "Please update Support Budget to open it. The book has not been changed.");
            }
            String bookId = root.get("bookId").asText();
            return new Header(bookId, root.get("schemaVersion").asInt(), parseRing(root.get("keys")));
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw damaged(file, "its header cannot be read");
        }
    }

    private static ObjectNode ringJson(KeyRing ring) {
        ObjectNode keys = JSON.createObjectNode();
        keys.put("bookId", ring.bookId());
        keys.put("kdf", "PBKDF2-HMAC-SHA256");
        keys.put("wrap", "AES-256-GCM");
        keys.set("passphrase", wrapJson(ring.passphrase()));
        keys.set("recoveryKey", wrapJson(ring.recovery()));
        return keys;
    }

    private static ObjectNode wrapJson(BookCrypto.Wrap wrap) {
        ObjectNode node = JSON.createObjectNode();
        node.put("iterations", wrap.iterations());
        node.put("salt", BookCrypto.b64(wrap.salt()));
        node.put("nonce", BookCrypto.b64(wrap.nonce()));
        node.put("wrappedKey", BookCrypto.b64(wrap.wrapped()));
        return node;
    }

    private static KeyRing parseRing(JsonNode keys) {
        return new KeyRing(keys.get("bookId").asText(), parseWrap(keys.get("passphrase")), parseWrap(keys.get("recoveryKey")));
    }

    private static BookCrypto.Wrap parseWrap(JsonNode node) {
        return new BookCrypto.Wrap(node.get("iterations").asInt(), BookCrypto.unb64(node.get("salt").asText()),
                BookCrypto.unb64(node.get("nonce").asText()), BookCrypto.unb64(node.get("wrappedKey").asText()));
    }

    private static DamagedBook damaged(Path file, String what) {
        return new DamagedBook(file.getFileName() + " is an encrypted book, but " + what
                + ". It has not been changed; restore the latest backup.", null);
    }
}
