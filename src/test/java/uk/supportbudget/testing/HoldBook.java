package uk.supportbudget.testing;

import java.nio.file.Path;
import java.time.Clock;

import uk.supportbudget.store.Book;

/** A second process for tests: opens a book, says "ready", and holds it until killed. */
public final class HoldBook {
    public static void main(String[] args) throws Exception {
        try (Book book = Book.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    /** Starts the holder in a child JVM and waits until it has the book open. */
    public static Process start(Path book) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldBook.class.getName(), book.toString()).redirectErrorStream(true).start();
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
        String line = reader.readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new AssertionError("holder did not start: " + line);
        }
        return process;
    }
}
