package uk.supportbudget;

import uk.supportbudget.cli.Cli;

/**
 * The jar's entry point. With no arguments it opens the desktop app; with arguments it is the
 * command line described in CLI.md. This class must not extend {@code Application}: that is what
 * lets JavaFX run from the class path, and keeps the CLI from loading JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            App.main(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
