package uk.supportbudget.store;

/** The passphrase or recovery key given does not open this book; nothing was read or changed. */
public final class WrongPassphrase extends PassphraseNeeded {
    private static final long serialVersionUID = 1L;

    public WrongPassphrase(String sentence) {
        super(sentence);
    }
}
