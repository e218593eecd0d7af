package uk.supportbudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (DESIGN.md): ui and cli call service; service uses domain, store,
 * io and report; domain depends on nothing but the JDK. Checked on the source text, imports and
 * fully qualified names alike.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/uk/supportbudget");
    private static final Pattern REFERENCE = Pattern.compile("\\b(javafx|java\\.sql|uk\\.supportbudget\\.(\\w+))\\.");

    /** Which layers each layer must never reach. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "domain", List.of("javafx", "java.sql", "store", "service", "io", "report", "cli", "ui"),
            "store", List.of("javafx", "service", "io", "report", "cli", "ui"),
            "io", List.of("javafx", "java.sql", "store", "service", "report", "cli", "ui"),
            "report", List.of("javafx", "java.sql", "store", "service", "cli", "ui"),
            "service", List.of("javafx", "cli", "ui"),
            "cli", List.of("javafx", "ui"));

    @Test
    void layersDependOnlyDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var rule : FORBIDDEN.entrySet()) {
            Path layer = MAIN.resolve(rule.getKey());
            if (!Files.isDirectory(layer)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(layer)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = withoutComments(Files.readString(file));
                    Matcher matcher = REFERENCE.matcher(code);
                    while (matcher.find()) {
                        String target = matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
                        if (rule.getValue().contains(target)) {
                            violations.add(MAIN.relativize(file) + " uses " + matcher.group().replaceAll("\\.$", ""));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theRuleItselfCatchesAViolation() {
        Matcher matcher = REFERENCE.matcher("import javafx.scene.Node; import uk.supportbudget.ui.main.Page;");
        assertTrue(matcher.find());
        assertEquals("javafx", matcher.group(1));
        assertTrue(matcher.find());
        assertEquals("ui", matcher.group(2));
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
