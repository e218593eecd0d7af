package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every key the code asks for exists in the bundle, and every key in the bundle is used. */
class I18nKeysTest {

    private static final Pattern TR_CALL = Pattern.compile("I18n\\.tr\\(\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+)\"");

    @Test
    void keysUsedExistAndKeysExistInUse() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = I18nKeysTest.class.getResourceAsStream("/uk/supportbudget/i18n/messages.properties")) {
            bundle.load(in);
        }
        Set<String> called = new TreeSet<>();
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher call = TR_CALL.matcher(code);
                while (call.find()) {
                    called.add(call.group(1));
                }
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
            }
        }
        Set<String> missing = new TreeSet<>(called);
        missing.removeAll(bundle.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys used in code but missing from messages.properties");

        Set<String> loneApostrophes = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (bundle.getProperty(key).replace("''", "").contains("'")) {
                loneApostrophes.add(key);
            }
        }
        assertEquals(Set.of(), loneApostrophes, "values are MessageFormat patterns: write an apostrophe as ''");

        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(literals);
        assertEquals(Set.of(), unused, "keys in messages.properties that no code uses");
    }
}
