package uk.supportbudget.ui.settings;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnFrequency;

/**
 * The council profile editor's fields as typed, turned into a profile or refused with the
 * sentence to show: no nodes, so it is tested without a screen. Lists are one entry a line.
 */
record CouncilProfileForm(String id, String name, String councilName, String contactAddress, ReturnFrequency frequency,
                          String dueDays, String surplusWeeks, String contingencyWeeks, String evidenceThreshold,
                          String retentionYears, String categories, Map<Category, String> mapping,
                          String evidenceRequired, String declaration) {

    static CouncilProfileForm of(CouncilProfile profile) {
        return new CouncilProfileForm(profile.id(), profile.name(), profile.councilName(), profile.contactAddress(),
                profile.frequency(), String.valueOf(profile.dueDays()), String.valueOf(profile.surplusWeeks()),
                String.valueOf(profile.contingencyWeeks()), profile.evidenceThreshold().plain(),
                String.valueOf(profile.retentionYears()), String.join("\n", profile.categories()), profile.mapping(),
                String.join("\n", profile.evidenceRequired()), profile.declaration());
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    CouncilProfile toProfile() {
        if (frequency == null) {
            throw new Refusal("Choose how often the council asks for a return.");
        }
        Map<Category, String> cleaned = new EnumMap<>(Category.class);
        mapping.forEach((ours, theirs) -> {
            if (theirs != null) {
                cleaned.put(ours, theirs);
            }
        });
        return new CouncilProfile(id == null ? null : id.strip(), name, councilName, contactAddress, frequency,
                whole(dueDays, "days allowed after the period ends"), lines(categories), cleaned,
                whole(surplusWeeks, "weeks that may be held"), whole(contingencyWeeks, "contingency weeks"),
                Money.parseLenient(evidenceThreshold), lines(evidenceRequired),
                whole(retentionYears, "years records are kept"), declaration);
    }

    private static int whole(String text, String what) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal("The " + what + " must be a whole number, such as 8.");
        }
    }
}
