package uk.supportbudget.domain.ledger;

import java.util.Objects;

/**
 * A receipt or other document kept in the book (its bytes are stored separately).
 *
 * @param sha256    the content's hash, hex: the same file is kept once however often it is attached
 * @param mediaType what the content is, judged from its bytes
 */
public record Evidence(long id, String sha256, String fileName, EvidenceType mediaType, long sizeBytes,
                       String addedAt) {

    public Evidence {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        addedAt = addedAt == null ? "" : addedAt;
    }
}
