package uk.supportbudget.store;

import java.util.Arrays;

/**
 * What opens an encrypted book: its passphrase, its printed recovery key, or (inside the app,
 * for a book that is already open) the data key itself. A plain book needs none of them.
 */
public final class Unlock {

    private static final Unlock NONE = new Unlock(null, null, null);

    private final char[] passphrase;
    private final String recoveryKey;
    private final byte[] dataKey;

    private Unlock(char[] passphrase, String recoveryKey, byte[] dataKey) {
        this.passphrase = passphrase;
        this.recoveryKey = recoveryKey;
        this.dataKey = dataKey;
    }

    public static Unlock none() {
        return NONE;
    }

    public static Unlock passphrase(char[] passphrase) {
        return passphrase == null || passphrase.length == 0 ? NONE : new Unlock(passphrase.clone(), null, null);
    }

    public static Unlock recoveryKey(String recoveryKey) {
        return recoveryKey == null || recoveryKey.isBlank() ? NONE : new Unlock(null, recoveryKey, null);
    }

    static Unlock dataKey(byte[] key) {
        return new Unlock(null, null, key.clone());
    }

    public boolean isNone() {
        return passphrase == null && recoveryKey == null && dataKey == null;
    }

    char[] passphrase() {
        return passphrase;
    }

    String recoveryKey() {
        return recoveryKey;
    }

    byte[] dataKey() {
        return dataKey;
    }

    /** Overwrites the passphrase held in memory once it is no longer needed. */
    public void forget() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    @Override
    public String toString() {
        return isNone() ? "Unlock[none]" : "Unlock[secret]"; // never the secret itself
    }
}
