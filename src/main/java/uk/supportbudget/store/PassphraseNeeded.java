package uk.supportbudget.store;

import uk.supportbudget.domain.Refusal;

/** The book is encrypted and nothing to open it was given; it was not read or changed. */
public class PassphraseNeeded extends Refusal {
    private static final long serialVersionUID = 1L;

    public PassphraseNeeded(String sentence) {
        super(sentence);
    }
}
