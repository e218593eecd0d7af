package uk.supportbudget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A stylesheet with an unclosed rule silently drops every rule after it; catch that here. */
class StylesheetTest {

    @Test
    void everyRuleIsClosed() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path css : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
                int depth = 0;
                int line = 1;
                for (char c : text.toCharArray()) {
                    if (c == '\n') {
                        line++;
                    } else if (c == '{') {
                        depth++;
                        assertTrue(depth == 1, css + ": a rule opens inside another near line " + line);
                    } else if (c == '}') {
                        depth--;
                        assertTrue(depth == 0, css + ": a stray } near line " + line);
                    }
                }
                assertEquals(0, depth, css + " ends inside a rule");
            }
        }
    }
}
