package uk.supportbudget.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.store.Unlock;

/**
 * {@code --passphrase-file FILE} on every command that opens a book: the passphrase of an
 * encrypted book, read from the first line of a file (never from the command line, where other
 * users could see it), or else from the environment variable {@code SUPPORTBUDGET_PASSPHRASE}.
 * A plain book ignores both.
 */
final class PassphraseOption {

    static final String ENVIRONMENT = "SUPPORTBUDGET_PASSPHRASE";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "For an encrypted book: a file whose first line is its passphrase "
                    + "(or set the environment variable " + ENVIRONMENT + ")")
    Path file;

    Unlock unlock() {
        if (file != null) {
            return Unlock.passphrase(read(file));
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? Unlock.none() : Unlock.passphrase(fromEnvironment.toCharArray());
    }

    private char[] read(Path passphraseFile) {
        String text;
        try {
            text = Files.readString(passphraseFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Refusal("Cannot read the passphrase file " + passphraseFile + " (" + e.getMessage() + ").");
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isEmpty()) {
            throw new Refusal("The passphrase file " + passphraseFile + " is empty; put the passphrase on its first line.");
        }
        warnIfOthersCanRead(passphraseFile);
        return firstLine.toCharArray();
    }

    private void warnIfOthersCanRead(Path passphraseFile) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(passphraseFile);
            if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ)) {
                command.commandLine().getErr().println("Warning: other users can read " + passphraseFile
                        + "; make it readable by you only (chmod 600).");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own protection applies
        }
    }
}
