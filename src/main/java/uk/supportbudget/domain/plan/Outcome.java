package uk.supportbudget.domain.plan;

import uk.supportbudget.domain.Refusal;

/** Something the person wants their support to achieve, in their own words. */
public record Outcome(long id, long planYearId, int position, String text) {

    public Outcome {
        if (text == null || text.isBlank()) {
            throw new Refusal("Please write the outcome in a few words, such as \"Go swimming every week\".");
        }
        text = text.strip();
    }
}
