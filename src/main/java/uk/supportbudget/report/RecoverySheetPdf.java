package uk.supportbudget.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The one page to print when a book is encrypted: its recovery key, large and spaced for
 * copying back, with what to keep and how to use it. It names the book's file, not the person,
 * so a sheet found on its own says little.
 */
public final class RecoverySheetPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private RecoverySheetPdf() {
    }

    public static byte[] render(String bookFileName, String recoveryKey, LocalDate madeOn) {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle("Support Budget recovery key");
            PdfCanvas canvas = new PdfCanvas(pdf);
            canvas.newPage();
            float x = PdfCanvas.LEFT;
            float width = PdfCanvas.RIGHT - PdfCanvas.LEFT;
            canvas.text(x, canvas.y(), canvas.bold, 20, PdfCanvas.INK, "Recovery key for an encrypted budget book");
            canvas.down(28);
            canvas.text(x, canvas.y(), canvas.regular, 11, PdfCanvas.MUTED, "Book file: " + bookFileName + "    Made on "
                    + madeOn.format(DAY));
            canvas.down(36);
            float boxHeight = 70;
            canvas.box(x, canvas.y() - boxHeight + 20, width, boxHeight, PdfCanvas.ACCENT);
            canvas.text(x + 20, canvas.y() - 22, canvas.bold, 19, PdfCanvas.INK, recoveryKey.replace("-", " - "));
            canvas.down(boxHeight + 20);
            String[] paragraphs = {
                    "This key opens the book if the passphrase is forgotten. Anyone who has this sheet and a copy of the "
                            + "book can read it, so keep the sheet somewhere safe and separate from the computer, "
                            + "such as with other important papers.",
                    "What you need to keep: the book file (and its backups), and either the passphrase or this sheet. "
                            + "The small file ending in .keys beside the book is a spare copy of the locked keys; losing "
                            + "it loses nothing while you have the passphrase or this key.",
                    "If both the passphrase and this sheet are lost, nobody can open the book, not even Support Budget. "
                            + "There is no other way in.",
                    "To use it: open the book in Support Budget, tick \"I am typing the recovery key instead\" when asked for the "
                            + "passphrase, and type the key. Capital letters, spaces and dashes do not matter; O and I "
                            + "are read as 0 and 1. Then set a new passphrase in Settings, Privacy.",
                    "Backups made before a passphrase change still open with this key. If you make a new recovery key, "
                            + "keep this sheet too until the older backups are no longer needed.",
            };
            for (String paragraph : paragraphs) {
                int lines = canvas.paragraph(canvas.regular, 11, PdfCanvas.INK, paragraph, x, width);
                canvas.down(lines > 0 ? 10 : 0);
            }
            canvas.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
