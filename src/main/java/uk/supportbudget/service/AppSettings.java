package uk.supportbudget.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.supportbudget.store.OwnerOnly;

/**
 * The app's own settings (not a book's): recent books and display preferences, kept as JSON in
 * the user's configuration folder. A damaged settings file is ignored, never fatal.
 */
public final class AppSettings {

    /** What is saved. Unknown fields from newer versions are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Values {
        public List<String> recentBooks = new ArrayList<>();
        public String lastBook;
        public int textSizePercent = 100;
        public String theme = "light";
        /** Books whose cloud-sync warning has been shown once already. */
        public List<String> syncWarningShown = new ArrayList<>();
        /**
         * The example book was opened by itself on a first run (or tried to be). Later runs never
         * open it unasked: someone who cancelled it, or left it for the welcome page, meant it.
         * Tests that start on the welcome page set it before the window starts.
         */
        public boolean exampleOffered;
    }

    private static final int MAX_RECENT = 10;

    private final Path folder;
    private Values values;

    public AppSettings(Path folder) {
        this.folder = folder;
        this.values = load(folder.resolve("settings.json"));
    }

    /** Where settings and the example book live; {@code -Dsupportbudget.home} moves it (tests do). */
    public static Path defaultFolder() {
        String override = System.getProperty("supportbudget.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home : Path.of(appData)).resolve("Support Budget");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Support Budget");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("supportbudget");
    }

    /** Where new books are suggested: the user's Documents folder when there is one. */
    public static Path defaultBooksFolder() {
        String override = System.getProperty("supportbudget.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    public Path folder() {
        return folder;
    }

    public Values values() {
        return values;
    }

    public List<Path> recentBooks() {
        return values.recentBooks.stream().map(Path::of).toList();
    }

    public void rememberOpened(Path book) {
        String path = book.toAbsolutePath().normalize().toString();
        values.recentBooks.remove(path);
        values.recentBooks.add(0, path);
        while (values.recentBooks.size() > MAX_RECENT) {
            values.recentBooks.remove(values.recentBooks.size() - 1);
        }
        values.lastBook = path;
        save();
    }

    public void forget(Path book) {
        String path = book.toAbsolutePath().normalize().toString();
        values.recentBooks.remove(path);
        if (path.equals(values.lastBook)) {
            values.lastBook = null;
        }
        save();
    }

    public void save() {
        try {
            OwnerOnly.createDirectories(folder);
            Path file = folder.resolve("settings.json");
            Path temporary = folder.resolve("settings.json.tmp");
            Files.deleteIfExists(temporary);
            OwnerOnly.createFile(temporary);
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), values);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Settings are a convenience; the books themselves are unaffected.
        }
    }

    private static Values load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Values();
        }
        try {
            Values loaded = Json.MAPPER.readValue(file.toFile(), Values.class);
            if (loaded.recentBooks == null) {
                loaded.recentBooks = new ArrayList<>();
            }
            if (loaded.syncWarningShown == null) {
                loaded.syncWarningShown = new ArrayList<>();
            }
            return loaded;
        } catch (IOException e) {
            return new Values();
        }
    }
}
