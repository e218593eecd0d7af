package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncFolderCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/home/jo/OneDrive/Budget/jo.sbook|OneDrive",
            "/home/jo/OneDrive - Westshire Council/jo.sbook|OneDrive - Westshire Council",
            "/Users/jo/Dropbox/jo.sbook|Dropbox",
            "/Users/jo/Library/Mobile Documents/com~apple~CloudDocs/jo.sbook|Mobile Documents",
            "/home/jo/Google Drive/jo.sbook|Google Drive",
            "/home/jo/Nextcloud/jo.sbook|Nextcloud"})
    void syncedFoldersAreRecognisedByName(String path, String place) {
        assertEquals(Optional.of(place), SyncFolderCheck.riskyPlace(Path.of(path)));
    }

    @ParameterizedTest
    @CsvSource({"/home/jo/Documents/jo.sbook", "/tmp/books/dropboxes-are-not-synced-here/../jo.sbook"})
    void ordinaryFoldersAreFine(String path) {
        assertEquals(Optional.empty(), SyncFolderCheck.riskyPlace(Path.of(path).normalize()));
    }
}
