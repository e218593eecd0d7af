package uk.supportbudget.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.service.AppLog;
import uk.supportbudget.service.AppSettings;
import uk.supportbudget.store.PassphraseNeeded;
import uk.supportbudget.store.WrongPassphrase;

/** The command line: one subcommand per entry of CLI.md. Exit 0 done, 1 refused, 2 usage. */
@Command(name = "supportbudget",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Support Budget: budget book, PA payroll and council returns. With no command, opens the app.",
        subcommands = {
                NewBookCommand.class,
                DemoBookCommand.class,
                CheckCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                LedgerCommand.class,
                PayrollCalcCommand.class,
                ImportBankCommand.class,
                GenerateCommand.class,
                ReturnCommand.class,
        })
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Please name a command; --help lists them.");
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException ? USAGE : REFUSED);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof PassphraseNeeded && !(exception instanceof WrongPassphrase)) {
                line.getErr().println("This budget book is encrypted; give its passphrase with --passphrase-file.");
            } else if (exception instanceof Refusal) {
                line.getErr().println(exception.getMessage());
            } else {
                AppLog.toFolder(AppSettings.defaultFolder());
                AppLog.failure("Command " + line.getCommandName(), exception);
                line.getErr().println("Something went wrong inside Support Budget (" + exception.getClass().getSimpleName()
                        + "). Nothing was changed. Please report this with the command you ran.");
                if (Boolean.getBoolean("supportbudget.debug")) {
                    exception.printStackTrace(line.getErr());
                }
            }
            line.getErr().flush();
            return REFUSED;
        });
        int exit = commandLine.execute(args);
        out.flush();
        err.flush();
        return exit;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Support Budget " + (version == null ? "development build" : version)};
        }
    }
}
