package uk.supportbudget.store;

import uk.supportbudget.domain.Refusal;

/** A database operation failed; the message is for the person, the cause for the log. */
public class StoreException extends Refusal {
    private static final long serialVersionUID = 1L;

    public StoreException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
