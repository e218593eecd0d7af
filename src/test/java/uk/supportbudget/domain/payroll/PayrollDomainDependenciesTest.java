package uk.supportbudget.domain.payroll;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The payroll domain depends on nothing but the JDK and the domain itself, and never on binary floating point. */
class PayrollDomainDependenciesTest {

    @Test
    void payrollDomainImportsOnlyTheJdkAndTheDomain() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/uk/supportbudget/domain"))) {
            offending = files.filter(path -> path.toString().endsWith(".java")).flatMap(PayrollDomainDependenciesTest::lines)
                    .filter(line -> line.startsWith("import ") && !line.startsWith("import java.") && !line.startsWith("import static java.")
                            && !line.startsWith("import uk.supportbudget.domain.") && !line.startsWith("import static uk.supportbudget.domain."))
                    .collect(Collectors.toList());
        }
        assertTrue(offending.isEmpty(), offending.toString());
    }

    @Test
    void payrollDomainNeverUsesDoubleOrFloat() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/uk/supportbudget/domain/payroll"))) {
            offending = files.filter(path -> path.toString().endsWith(".java")).flatMap(PayrollDomainDependenciesTest::lines)
                    .filter(line -> line.matches(".*\\b(double|float|Double|Float)\\b.*") && !line.strip().startsWith("*"))
                    .collect(Collectors.toList());
        }
        assertTrue(offending.isEmpty(), offending.toString());
    }

    private static Stream<String> lines(Path path) {
        try {
            return Files.readAllLines(path).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
