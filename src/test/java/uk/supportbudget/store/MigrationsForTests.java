package uk.supportbudget.store;

import java.util.List;

/** Lets tests in other packages (such as a crash worker) try extra migrations. */
public final class MigrationsForTests {

    private MigrationsForTests() {
    }

    public static void use(List<String> files) {
        Migrations.useForTests(files);
    }

    public static void reset() {
        Migrations.useForTests(Migrations.FILES);
    }
}
