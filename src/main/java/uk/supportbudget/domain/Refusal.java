package uk.supportbudget.domain;

/**
 * Input that was understood but cannot be accepted: a damaged book, a bad amount, an
 * impossible tax code. The message is one sentence for the person at the keyboard that says
 * what happened and, where it can, what to do. The CLI turns it into exit code 1; the UI shows it.
 */
public class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refusal(String sentence) {
        super(sentence);
    }

    public Refusal(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
