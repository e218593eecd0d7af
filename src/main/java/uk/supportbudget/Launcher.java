package uk.supportbudget;

import uk.supportbudget.cli.Cli;

/**
 * The jar's entry point. With no arguments it opens the desktop app; given just a book file (as
 * a desktop does when a .sbook is double-clicked) it opens the app on that book; anything else is
 * the command line described in CLI.md. This class must not extend {@code Application}: that is
 * what lets JavaFX run from the class path, and keeps the CLI from loading JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].endsWith(".sbook") && !args[0].startsWith("-"))) {
            App.main(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
