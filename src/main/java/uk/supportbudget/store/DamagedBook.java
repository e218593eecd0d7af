package uk.supportbudget.store;

import uk.supportbudget.domain.Refusal;

/** A book that cannot be trusted as it is: never written to; the app offers its latest backup. */
public class DamagedBook extends Refusal {
    private static final long serialVersionUID = 1L;

    public DamagedBook(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
