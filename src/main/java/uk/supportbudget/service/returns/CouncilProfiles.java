package uk.supportbudget.service.returns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnFrequency;
import uk.supportbudget.service.AppSettings;
import uk.supportbudget.service.Json;
import uk.supportbudget.store.OwnerOnly;

/**
 * Council profiles: the examples shipped in {@code councils/*.json} and the person's own in the
 * settings folder's {@code councils/} (an own profile with the same id replaces the shipped one).
 * A file that is missing a field, or has one that makes no sense, is refused with a sentence that
 * names the file and the field.
 */
public final class CouncilProfiles {

    /** Fields every profile file must have; the others have defaults. */
    static final List<String> REQUIRED = List.of("id", "name", "councilName", "contactAddress", "frequency", "dueDays",
            "categories", "mapping", "evidenceRequired", "retentionYears", "declaration");

    private final Path userFolder;

    public CouncilProfiles(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** The person's own profiles live beside the app's settings. */
    public static CouncilProfiles standard() {
        return new CouncilProfiles(AppSettings.defaultFolder().resolve("councils"));
    }

    public Path userFolder() {
        return userFolder;
    }

    /** Every profile by id: shipped first, then the person's own (which win on the same id). */
    public Map<String, CouncilProfile> all() {
        Map<String, CouncilProfile> profiles = new LinkedHashMap<>();
        for (CouncilProfile shipped : shipped()) {
            profiles.put(shipped.id(), shipped);
        }
        if (Files.isDirectory(userFolder)) {
            try (Stream<Path> files = Files.list(userFolder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    try {
                        CouncilProfile own = read(file);
                        profiles.put(own.id(), own);
                    } catch (Refusal damaged) {
                        // A broken own profile must not hide the others; find() names the problem.
                    }
                }
            } catch (IOException e) {
                // The shipped profiles are still there.
            }
        }
        return profiles;
    }

    /** A profile by id, or from a {@code .json} file when {@code idOrFile} names one. */
    public CouncilProfile find(String idOrFile) {
        if (idOrFile.endsWith(".json") && Files.isRegularFile(Path.of(idOrFile))) {
            return read(Path.of(idOrFile));
        }
        Path own = userFolder.resolve(idOrFile + ".json");
        if (Files.isRegularFile(own)) {
            return read(own);
        }
        CouncilProfile profile = all().get(idOrFile.strip());
        if (profile == null) {
            throw new Refusal("There is no council profile called \"" + idOrFile + "\". The profiles available are: "
                    + String.join(", ", all().keySet()) + ".");
        }
        return profile;
    }

    public List<CouncilProfile> shipped() {
        List<CouncilProfile> profiles = new ArrayList<>();
        try (InputStream index = resource("index.json")) {
            for (JsonNode name : Json.MAPPER.readTree(index)) {
                try (InputStream in = resource(name.asText())) {
                    profiles.add(parse(in.readAllBytes(), name.asText()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The shipped council profiles cannot be read", e);
        }
        return profiles;
    }

    public static CouncilProfile read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new Refusal("The council profile " + file + " cannot be read (" + e.getMessage() + ").");
        }
    }

    /** Reads one profile file; every refusal names the file. */
    public static CouncilProfile parse(byte[] json, String fileName) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Refusal("The council profile " + fileName + " is not valid JSON (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new Refusal("The council profile " + fileName + " cannot be read (" + e.getMessage() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new Refusal("The council profile " + fileName + " must be a JSON object like the shipped westshire.json.");
        }
        for (String field : REQUIRED) {
            if (!root.hasNonNull(field)) {
                throw new Refusal("The council profile " + fileName + " has no \"" + field
                        + "\" field; add it (see the shipped westshire.json for an example).");
            }
        }
        try {
            String frequencyText = root.get("frequency").asText();
            ReturnFrequency frequency = ReturnFrequency.find(frequencyText).orElseThrow(() -> new Refusal(
                    "\"frequency\" is \"" + frequencyText + "\"; use one of four-weekly, monthly, quarterly, six-monthly, annual."));
            Map<Category, String> mapping = new EnumMap<>(Category.class);
            Iterator<Map.Entry<String, JsonNode>> fields = root.get("mapping").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                Category ours = Category.find(field.getKey()).orElseThrow(() -> new Refusal(
                        "\"mapping\" names \"" + field.getKey() + "\", which is not one of our categories."));
                mapping.put(ours, field.getValue().asText());
            }
            return new CouncilProfile(text(root, "id"), text(root, "name"), text(root, "councilName"),
                    text(root, "contactAddress"), frequency, number(root, "dueDays", null),
                    strings(root, "categories"), mapping,
                    number(root, "surplusWeeks", CouncilProfile.DEFAULT_SURPLUS_WEEKS), number(root, "contingencyWeeks", 0),
                    root.hasNonNull("evidenceThreshold") ? Money.parse(root.get("evidenceThreshold").asText()) : Money.ZERO,
                    strings(root, "evidenceRequired"), number(root, "retentionYears", null), text(root, "declaration"));
        } catch (Refusal refusal) {
            throw new Refusal("The council profile " + fileName + " cannot be used: " + refusal.getMessage(), refusal);
        }
    }

    /** Saves a profile as {@code <id>.json} in the person's own folder (owner-only), replacing one with the same id. */
    public Path save(CouncilProfile profile) {
        try {
            OwnerOnly.createDirectories(userFolder);
            Path file = userFolder.resolve(profile.id() + ".json");
            Path temporary = userFolder.resolve(profile.id() + ".json.tmp");
            Files.deleteIfExists(temporary);
            OwnerOnly.createFile(temporary);
            Files.write(temporary, toJson(profile));
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new Refusal("The council profile could not be saved in " + userFolder + " (" + e.getMessage()
                    + "). Check that the folder can be written to.");
        }
    }

    /** The profile in the same shape as the shipped files. */
    public static byte[] toJson(CouncilProfile profile) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("id", profile.id());
        root.put("name", profile.name());
        root.put("councilName", profile.councilName());
        root.put("contactAddress", profile.contactAddress());
        root.put("frequency", profile.frequency().code());
        root.put("dueDays", profile.dueDays());
        root.put("surplusWeeks", profile.surplusWeeks());
        root.put("contingencyWeeks", profile.contingencyWeeks());
        root.put("evidenceThreshold", profile.evidenceThreshold().plain());
        root.put("retentionYears", profile.retentionYears());
        ArrayNode categories = root.putArray("categories");
        profile.categories().forEach(categories::add);
        ObjectNode mapping = root.putObject("mapping");
        profile.mapping().forEach((ours, theirs) -> mapping.put(ours.name(), theirs));
        ArrayNode evidence = root.putArray("evidenceRequired");
        profile.evidenceRequired().forEach(evidence::add);
        root.put("declaration", profile.declaration());
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a council profile", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CouncilProfiles.class.getResourceAsStream("/councils/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing shipped council profile " + name);
        }
        return in;
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new Refusal("\"" + field + "\" must be text in quotes.");
        }
        return node.asText();
    }

    private static int number(JsonNode root, String field, Integer fallback) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (fallback == null) {
                throw new Refusal("\"" + field + "\" is missing.");
            }
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new Refusal("\"" + field + "\" must be a whole number, such as 28.");
        }
        return node.asInt();
    }

    private static List<String> strings(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (!node.isArray()) {
            throw new Refusal("\"" + field + "\" must be a list in square brackets.");
        }
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }
}
