package uk.supportbudget.store;

import java.util.List;

/** Lets tests in other packages (such as a crash worker) try extra migrations. */
public final class MigrationsForTests {

    private MigrationsForTests() {
    }

    public static void use(List<String> files) {
        Migrations.useForTests(files);
    }

    /** The real migrations with one test-only migration after them. */
    public static void useWithExtra(String file) {
        java.util.List<String> files = new java.util.ArrayList<>(Migrations.FILES);
        files.add(file);
        Migrations.useForTests(files);
    }

    /** The schema version a new book has in this build. */
    public static int realVersion() {
        return Migrations.FILES.size();
    }

    public static void reset() {
        Migrations.useForTests(Migrations.FILES);
    }
}
