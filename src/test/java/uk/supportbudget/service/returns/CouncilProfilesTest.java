package uk.supportbudget.service.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.service.Json;

class CouncilProfilesTest {

    @TempDir
    Path folder;

    @Test
    void theShippedProfilesDifferInEveryRespect() {
        List<CouncilProfile> shipped = new CouncilProfiles(folder).shipped();
        assertTrue(shipped.size() >= 3);
        assertEquals("westshire", shipped.get(0).id());
        assertEquals("Westshire County Council", shipped.get(0).councilName());
        int count = shipped.size();
        assertEquals(count, distinct(shipped, CouncilProfile::frequency));
        assertEquals(count, distinct(shipped, CouncilProfile::dueDays));
        assertEquals(count, distinct(shipped, CouncilProfile::categories));
        assertEquals(count, distinct(shipped, CouncilProfile::mapping));
        assertEquals(count, distinct(shipped, CouncilProfile::evidenceRequired));
        assertEquals(count, distinct(shipped, CouncilProfile::declaration));
        assertEquals(count, distinct(shipped, CouncilProfile::contactAddress));
        assertTrue(distinct(shipped, CouncilProfile::surplusWeeks) >= 3);
        assertTrue(distinct(shipped, CouncilProfile::retentionYears) >= 3);
    }

    private static <T> int distinct(List<CouncilProfile> profiles, java.util.function.Function<CouncilProfile, T> field) {
        return profiles.stream().map(field).collect(Collectors.toSet()).size();
    }

    static List<String> requiredFields() {
        return CouncilProfiles.REQUIRED;
    }

    @ParameterizedTest
    @MethodSource("requiredFields")
    void aMissingFieldIsNamedWithTheFile(String field) throws IOException {
        byte[] westshire = CouncilProfiles.toJson(new CouncilProfiles(folder).find("westshire"));
        ObjectNode json = (ObjectNode) Json.MAPPER.readTree(westshire);
        json.remove(field);
        Refusal refusal = assertThrows(Refusal.class,
                () -> CouncilProfiles.parse(Json.MAPPER.writeValueAsBytes(json), "broken.json"));
        assertEquals("The council profile broken.json has no \"" + field
                + "\" field; add it (see the shipped westshire.json for an example).", refusal.getMessage());
    }

    @Test
    void surplusWeeksDefaultsToEight() throws IOException {
        ObjectNode json = (ObjectNode) Json.MAPPER.readTree(CouncilProfiles.toJson(new CouncilProfiles(folder).find("northmoor")));
        json.remove("surplusWeeks");
        assertEquals(8, CouncilProfiles.parse(Json.MAPPER.writeValueAsBytes(json), "x.json").surplusWeeks());
    }

    @Test
    void nonsenseIsRefusedWithTheFileAndTheReason() {
        Refusal notJson = assertThrows(Refusal.class,
                () -> CouncilProfiles.parse("{ nope".getBytes(StandardCharsets.UTF_8), "odd.json"));
        assertTrue(notJson.getMessage().startsWith("The council profile odd.json is not valid JSON"));
    }

    @Test
    void ownProfilesAreSavedOwnerOnlyAndReplaceTheShippedOneWithTheSameId() throws IOException {
        CouncilProfiles profiles = new CouncilProfiles(folder.resolve("councils"));
        CouncilProfile copy = profiles.find("westshire").withId("westshire-copy", "My copy");
        Path saved = profiles.save(copy);
        assertEquals(copy, CouncilProfiles.read(saved));
        assertEquals(copy, profiles.find("westshire-copy"));
        assertTrue(profiles.all().containsKey("westshire-copy"));
        if (saved.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(saved)));
        }
        Set<String> ids = profiles.all().keySet();
        assertTrue(ids.containsAll(Set.of("westshire", "northmoor", "eastvale", "riverford")));
    }
}
