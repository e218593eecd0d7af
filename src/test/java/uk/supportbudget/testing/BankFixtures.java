package uk.supportbudget.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The statements in {@code src/test/resources/bank}, for tests outside the io.bank package. */
public final class BankFixtures {

    private BankFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = BankFixtures.class.getResourceAsStream("/bank/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path path(String name) {
        URL url = BankFixtures.class.getResource("/bank/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
