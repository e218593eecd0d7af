package uk.supportbudget.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Books kept in a cloud-synced or network folder can be copied half-written, or edited on two
 * computers at once, and the sync then keeps one copy and drops the other. We say so once.
 */
public final class SyncFolderCheck {

    private static final List<String> SYNCED_FOLDERS = List.of("onedrive", "dropbox", "google drive", "googledrive",
            "my drive", "icloud", "icloud drive", "mobile documents", "box sync", "box", "nextcloud", "owncloud",
            "pcloud", "mega", "sync");
    private static final List<String> NETWORK_FILE_SYSTEMS = List.of("nfs", "nfs4", "cifs", "smb", "smb2", "smbfs",
            "afpfs", "webdav", "davfs", "9p", "fuse.sshfs", "fuse.rclone", "fuse.gcsfuse", "fuse.s3fs");

    private SyncFolderCheck() {
    }

    /** The kind of risky place the book is in, if any: "OneDrive", "a network drive (cifs)". */
    public static Optional<String> riskyPlace(Path book) {
        Path absolute = book.toAbsolutePath();
        for (Path part : absolute) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            for (String synced : SYNCED_FOLDERS) {
                if (name.equals(synced) || name.startsWith(synced + " ") || name.startsWith(synced + "-")
                        || (synced.length() > 4 && name.contains(synced))) {
                    return Optional.of(part.toString());
                }
            }
        }
        try {
            Path existing = Files.exists(absolute) ? absolute : absolute.getParent();
            String type = Files.getFileStore(existing).type().toLowerCase(Locale.ROOT);
            if (NETWORK_FILE_SYSTEMS.contains(type)) {
                return Optional.of("a network drive (" + type + ")");
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
