package uk.supportbudget.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.service.returns.CouncilProfiles;

/** The profile editor's fields: what it accepts and the sentence it shows when it cannot. */
class CouncilProfileFormTest {

    private static final CouncilProfile WESTSHIRE = new CouncilProfiles(Path.of("unused")).find("westshire");

    @Test
    void aProfileSurvivesTheFormUnchanged() {
        assertEquals(WESTSHIRE, CouncilProfileForm.of(WESTSHIRE).toProfile());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "id | My Council | may use only small letters, digits and hyphens",
            "dueDays | soon | The days allowed after the period ends must be a whole number",
            "surplusWeeks | 60 | between 0 and 52",
            "evidenceThreshold | lots | is not an amount",
            "categories | '' | The profile's \"categories\" list is empty",
            "name | '   ' | The profile's \"name\" is empty",
    })
    void badFieldsAreRefusedWithASentence(String field, String value, String message) {
        CouncilProfileForm changed = with(field, value);
        Refusal refusal = assertThrows(Refusal.class, changed::toProfile);
        assertEquals(true, refusal.getMessage().contains(message), refusal.getMessage());
    }

    private static CouncilProfileForm with(String field, String value) {
        CouncilProfileForm f = CouncilProfileForm.of(WESTSHIRE);
        Map<String, String> v = new java.util.HashMap<>(Map.of("id", f.id(), "name", f.name(), "dueDays", f.dueDays(),
                "surplusWeeks", f.surplusWeeks(), "evidenceThreshold", f.evidenceThreshold(), "categories", f.categories()));
        v.put(field, value);
        return new CouncilProfileForm(v.get("id"), v.get("name"), f.councilName(), f.contactAddress(), f.frequency(),
                v.get("dueDays"), v.get("surplusWeeks"), f.contingencyWeeks(), v.get("evidenceThreshold"),
                f.retentionYears(), v.get("categories"), f.mapping(), f.evidenceRequired(), f.declaration());
    }

    @Test
    void everyCategoryMustBeMapped() {
        CouncilProfileForm form = CouncilProfileForm.of(WESTSHIRE);
        Map<Category, String> mapping = new EnumMap<>(form.mapping());
        mapping.put(Category.EQUIPMENT, null);
        Refusal refusal = assertThrows(Refusal.class, () -> new CouncilProfileForm(form.id(), form.name(),
                form.councilName(), form.contactAddress(), form.frequency(), form.dueDays(), form.surplusWeeks(),
                form.contingencyWeeks(), form.evidenceThreshold(), form.retentionYears(), form.categories(), mapping,
                form.evidenceRequired(), form.declaration()).toProfile());
        assertEquals("The mapping does not say where \"Equipment\" (EQUIPMENT) goes; choose one of the council's categories for it.",
                refusal.getMessage());
    }
}
