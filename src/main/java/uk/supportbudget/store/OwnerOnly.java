package uk.supportbudget.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold personal data are readable by their owner only. On file systems without POSIX
 * permissions (Windows, FAT on a USB stick) the folder's own protection applies.
 */
public final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    public static Path createFile(Path path) throws IOException {
        if (POSIX && supportsPosix(path.toAbsolutePath().getParent())) {
            FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(FILE);
            return Files.createFile(path, attribute);
        }
        return Files.createFile(path);
    }

    public static Path createDirectories(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return path;
        }
        Files.createDirectories(path);
        restrictFolder(path);
        return path;
    }

    public static Path createTempDirectory(Path parent, String prefix) throws IOException {
        if (POSIX && supportsPosix(parent)) {
            return Files.createTempDirectory(parent, prefix, PosixFilePermissions.asFileAttribute(FOLDER));
        }
        return Files.createTempDirectory(parent, prefix);
    }

    public static void restrict(Path file) throws IOException {
        if (POSIX && Files.exists(file) && supportsPosix(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static void restrictFolder(Path folder) throws IOException {
        if (POSIX && supportsPosix(folder)) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
    }

    private static boolean supportsPosix(Path path) {
        try {
            return path != null && Files.getFileStore(path).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }
}
