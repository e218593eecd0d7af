package uk.supportbudget.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import uk.supportbudget.domain.Refusal;

/**
 * The cryptography of an encrypted book, all from the JDK: a random 256-bit data key encrypts the
 * book with AES-256-GCM; the data key itself is stored only wrapped (AES-256-GCM) by a key derived
 * from the passphrase (PBKDF2-HMAC-SHA256, 600,000 iterations, 16-byte random salt) and, separately,
 * by a key derived from the printed recovery key. Changing the passphrase re-wraps the data key and
 * leaves the book's data key, and so every backup, as it was.
 */
final class BookCrypto {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int PASSPHRASE_ITERATIONS = 600_000;
    /** A recovery key already carries 120 random bits; stretching it far is not needed. */
    static final int RECOVERY_ITERATIONS = 10_000;
    static final int MIN_PASSPHRASE = 8;
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RECOVERY_CHARS = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookCrypto() {
    }

    /** One wrapping of the data key: the salt, the nonce and the wrapped key with its tag. */
    record Wrap(int iterations, byte[] salt, byte[] nonce, byte[] wrapped) {
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static byte[] newDataKey() {
        return randomBytes(KEY_BYTES);
    }

    /** A new recovery key: 24 Crockford base32 characters (120 bits) in six groups of four. */
    static String newRecoveryKey() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < RECOVERY_CHARS; i++) {
            if (i > 0 && i % 4 == 0) {
                key.append('-');
            }
            key.append(CROCKFORD.charAt(RANDOM.nextInt(CROCKFORD.length())));
        }
        return key.toString();
    }

    /**
     * A recovery key as typed back from paper: case, spaces and dashes do not matter, and the
     * letters people confuse with digits (O, I, L) are read as 0, 1, 1.
     */
    static String normaliseRecoveryKey(String typed) {
        StringBuilder key = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\t') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (CROCKFORD.indexOf(read) < 0) {
                throw new WrongPassphrase("A recovery key uses only the letters and digits printed on the recovery sheet; "
                        + "check the key and try again.");
            }
            key.append(read);
        }
        if (key.length() != RECOVERY_CHARS) {
            throw new WrongPassphrase("A recovery key has " + RECOVERY_CHARS + " letters and digits; the one given has "
                    + key.length() + ". Check the recovery sheet and try again.");
        }
        return key.toString();
    }

    static void refuseWeakPassphrase(char[] passphrase) {
        int length = passphrase == null ? 0 : (int) new String(passphrase).strip().codePoints().count();
        if (length < MIN_PASSPHRASE) {
            throw new Refusal("Choose a passphrase of at least " + MIN_PASSPHRASE
                    + " characters; a few unrelated words are easy to remember and hard to guess.");
        }
    }

    /** Lowered only by tests in this package, which would otherwise spend half a second per key. */
    private static int passphraseIterations = PASSPHRASE_ITERATIONS;

    static void useIterationsForTests(int iterations) {
        passphraseIterations = iterations;
    }

    static Wrap wrapWithPassphrase(byte[] dataKey, char[] passphrase, String bookId) {
        return wrap(dataKey, passphrase, passphraseIterations, bookId);
    }

    static Wrap wrapWithRecoveryKey(byte[] dataKey, String recoveryKey, String bookId) {
        return wrap(dataKey, normaliseRecoveryKey(recoveryKey).toCharArray(), RECOVERY_ITERATIONS, bookId);
    }

    static Wrap wrap(byte[] dataKey, char[] secret, int iterations, String bookId) {
        byte[] salt = randomBytes(16);
        byte[] nonce = randomBytes(NONCE_BYTES);
        byte[] kek = derive(secret, salt, iterations);
        try {
            return new Wrap(iterations, salt, nonce, seal(kek, nonce, dataKey, wrapContext(bookId)));
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The data key, or empty when this secret does not open this wrap. */
    static java.util.Optional<byte[]> unwrap(Wrap wrap, char[] secret, String bookId) {
        byte[] kek = derive(secret, wrap.salt(), wrap.iterations());
        try {
            return java.util.Optional.of(open(kek, wrap.nonce(), wrap.wrapped(), wrapContext(bookId)));
        } catch (AEADBadTagException e) {
            return java.util.Optional.empty();
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] wrapContext(String bookId) {
        return ("Support Budget data key|" + bookId).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] derive(char[] secret, byte[] salt, int iterations) {
        if (iterations < RECOVERY_ITERATIONS || iterations > 50_000_000) {
            throw new DamagedBook("The key information of this book is not valid (" + iterations + " iterations).", null);
        }
        KeySpec spec = new PBEKeySpec(secret, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }

    static byte[] seal(byte[] key, byte[] nonce, byte[] plain, byte[] context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java", e);
        }
    }

    /** Decrypts and authenticates; a wrong key or any changed byte gives AEADBadTagException. */
    static byte[] open(byte[] key, byte[] nonce, byte[] sealed, byte[] context) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java", e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] unb64(String text) {
        return Base64.getDecoder().decode(text);
    }
}
