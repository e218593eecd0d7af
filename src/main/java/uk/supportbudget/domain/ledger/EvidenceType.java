package uk.supportbudget.domain.ledger;

import java.util.Arrays;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;

/**
 * The kinds of file kept as evidence: photos of receipts and PDFs. Judged from the file's first
 * bytes, not its name, so a renamed file is still recognised and anything else is refused.
 */
public enum EvidenceType {
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png"),
    PDF("application/pdf", ".pdf");

    /** How far into a file we look: PDF readers accept "%PDF-" within the first kilobyte. */
    public static final int SNIFF_BYTES = 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};

    private final String mediaType;
    private final String extension;

    EvidenceType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension a copy should carry so the computer opens it with the right program. */
    public String extension() {
        return extension;
    }

    public static Optional<EvidenceType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** What the first bytes of a file say it is, or a refusal naming what we accept. */
    public static EvidenceType sniff(byte[] head, String fileName) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (startsWith(head, PNG_SIGNATURE, 0)) {
            return PNG;
        }
        for (int at = 0; at + PDF_SIGNATURE.length <= Math.min(head.length, SNIFF_BYTES); at++) {
            if (startsWith(head, PDF_SIGNATURE, at)) {
                return PDF;
            }
        }
        throw new Refusal(fileName + " is not a photo (JPEG or PNG) or a PDF, so it was not attached;"
                + " save the receipt as a PDF or take a photo of it and attach that.");
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int at) {
        if (data.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
