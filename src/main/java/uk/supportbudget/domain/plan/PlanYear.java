package uk.supportbudget.domain.plan;

import java.time.LocalDate;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;

/** One year of a support plan: its dates and the assessed needs in the person's own words. */
public record PlanYear(long id, LocalDate startsOn, LocalDate endsOn, String assessedNeeds) {

    public PlanYear {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (!endsOn.isAfter(startsOn)) {
            throw new Refusal("The plan year must end after it starts.");
        }
        assessedNeeds = assessedNeeds == null ? "" : assessedNeeds.strip();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public PlanYear withId(long newId) {
        return new PlanYear(newId, startsOn, endsOn, assessedNeeds);
    }
}
