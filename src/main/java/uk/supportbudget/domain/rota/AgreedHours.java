package uk.supportbudget.domain.rota;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.plan.PlanLine;

/**
 * The PA hours a week the support plan agrees, read from the PA wages lines that state them
 * ("PA support 28 hours a week"). An explicit figure stored with the rota takes precedence.
 */
public final class AgreedHours {

    private static final Pattern HOURS_A_WEEK = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:hours?|hrs?|h)\\s*(?:a|per|each|/|every)\\s*(?:week|wk)", Pattern.CASE_INSENSITIVE);

    private AgreedHours() {
    }

    /** The total of hours a week stated in the plan's PA wages lines, if any states them. */
    public static Optional<BigDecimal> fromPlan(List<PlanLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        boolean found = false;
        for (PlanLine line : lines) {
            if (line.category() != Category.PA_WAGES) {
                continue;
            }
            Optional<BigDecimal> stated = stated(line.description());
            if (stated.isPresent()) {
                total = total.add(stated.get());
                found = true;
            }
        }
        return found ? Optional.of(total) : Optional.empty();
    }

    /** Hours a week stated in a sentence: "28 hours a week", "12.5 hrs per week", "20h/week". */
    public static Optional<BigDecimal> stated(String text) {
        Matcher matcher = HOURS_A_WEEK.matcher(text == null ? "" : text);
        return matcher.find() ? Optional.of(new BigDecimal(matcher.group(1))) : Optional.empty();
    }
}
