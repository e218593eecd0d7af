package uk.supportbudget.domain.returns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;

/**
 * How one council wants its spending return: how often and by when, its own list of spending
 * categories and where each of ours goes in it, how much may be held before the council claws
 * money back, what evidence it asks for, how long records are kept, and the declaration wording.
 *
 * @param surplusWeeks      weeks of gross budget a person may hold before the rest is surplus
 * @param contingencyWeeks  weeks of gross budget set aside as a contingency commitment (often 0)
 * @param evidenceThreshold payments above this need a receipt or invoice (£0.00: every payment)
 */
public record CouncilProfile(String id, String name, String councilName, String contactAddress,
                             ReturnFrequency frequency, int dueDays, List<String> categories,
                             Map<Category, String> mapping, int surplusWeeks, int contingencyWeeks,
                             Money evidenceThreshold, List<String> evidenceRequired, int retentionYears,
                             String declaration) {

    public static final int DEFAULT_SURPLUS_WEEKS = 8;

    public CouncilProfile {
        id = required(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new Refusal("The profile id \"" + id + "\" may use only small letters, digits and hyphens, such as westshire-quarterly.");
        }
        name = required(name, "name");
        councilName = required(councilName, "councilName");
        contactAddress = required(contactAddress, "contactAddress");
        declaration = required(declaration, "declaration");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(evidenceThreshold, "evidenceThreshold");
        if (dueDays < 0 || dueDays > 366) {
            throw new Refusal("The days allowed after the period ends (dueDays) must be between 0 and 366.");
        }
        if (surplusWeeks < 0 || surplusWeeks > 52) {
            throw new Refusal("The weeks of budget that may be held (surplusWeeks) must be between 0 and 52.");
        }
        if (contingencyWeeks < 0 || contingencyWeeks > 52) {
            throw new Refusal("The contingency weeks (contingencyWeeks) must be between 0 and 52.");
        }
        if (retentionYears < 1 || retentionYears > 25) {
            throw new Refusal("The years records must be kept (retentionYears) must be between 1 and 25.");
        }
        if (evidenceThreshold.isNegative()) {
            throw new Refusal("The evidence threshold cannot be negative; use 0.00 to ask for evidence of every payment.");
        }
        categories = cleanList(categories, "categories");
        evidenceRequired = cleanList(evidenceRequired, "evidenceRequired");
        Objects.requireNonNull(mapping, "mapping");
        Map<Category, String> checked = new EnumMap<>(Category.class);
        for (Category ours : Category.values()) {
            if (!ours.isSpending()) {
                continue;
            }
            String theirs = mapping.get(ours);
            if (theirs == null || theirs.isBlank()) {
                throw new Refusal("The mapping does not say where \"" + ours.label() + "\" (" + ours.name()
                        + ") goes; choose one of the council's categories for it.");
            }
            theirs = theirs.strip();
            if (!categories.contains(theirs)) {
                throw new Refusal("\"" + ours.label() + "\" is mapped to \"" + theirs
                        + "\", which is not in the council's category list; add it to the list or choose another.");
            }
            checked.put(ours, theirs);
        }
        mapping = java.util.Collections.unmodifiableMap(checked);
    }

    /** The council's category for one of ours (only spending categories have one). */
    public String councilCategory(Category ours) {
        return mapping.get(ours);
    }

    /** Our spending categories grouped under the council's, in the council's order. */
    public Map<String, List<Category>> grouped() {
        Map<String, List<Category>> groups = new LinkedHashMap<>();
        for (String theirs : categories) {
            groups.put(theirs, new ArrayList<>());
        }
        mapping.forEach((ours, theirs) -> groups.get(theirs).add(ours));
        return groups;
    }

    public CouncilProfile withId(String newId, String newName) {
        return new CouncilProfile(newId, newName, councilName, contactAddress, frequency, dueDays, categories, mapping,
                surplusWeeks, contingencyWeeks, evidenceThreshold, evidenceRequired, retentionYears, declaration);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Refusal("The profile's \"" + field + "\" is empty; fill it in.");
        }
        return value.strip();
    }

    private static List<String> cleanList(List<String> values, String field) {
        List<String> cleaned = values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (cleaned.isEmpty()) {
            throw new Refusal("The profile's \"" + field + "\" list is empty; add at least one entry.");
        }
        return cleaned;
    }
}
