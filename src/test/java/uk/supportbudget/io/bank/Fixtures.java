package uk.supportbudget.io.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads test statements from {@code src/test/resources/bank}. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/bank/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedStatement read(String name) {
        return StatementReader.read(bytes(name), name, ReadOptions.defaults());
    }

    static ParsedStatement read(String name, ReadOptions options) {
        return StatementReader.read(bytes(name), name, options);
    }
}
