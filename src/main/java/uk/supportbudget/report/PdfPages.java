package uk.supportbudget.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes lines of text down A4 pages with DejaVu Sans embedded (so £ and every name print as typed),
 * starting a new page when one is full. The reports share it.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 50;
    static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;

    private final PDDocument document = new PDDocument();
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream stream;
    private float y;

    PdfPages() {
        try {
            regular = font("/fonts/DejaVuSans.ttf");
            bold = font("/fonts/DejaVuSans-Bold.ttf");
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the PDF", e);
        }
    }

    private PDFont font(String resource) throws IOException {
        return PDType0Font.load(document, new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(FontFiles.bytes(resource))), true);
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void pageBreakIfNeeded(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    void text(PDFont font, float size, float x, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** Text ending at {@code right}, for figures in a column. */
    void textRight(PDFont font, float size, float right, String text) throws IOException {
        text(font, size, right - font.getStringWidth(text) / 1000 * size, text);
    }

    /**
     * Text wrapped to fit between {@code x} and {@code right}, moving down {@code leading} for each line after the first;
     * ends on the last line written.
     */
    void wrapped(PDFont font, float size, float x, float right, float leading, String text) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > right - x && !line.isEmpty()) {
                pageBreakIfNeeded(leading);
                text(font, size, x, line.toString());
                down(leading);
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        pageBreakIfNeeded(leading);
        text(font, size, x, line.toString());
    }

    /** A thin rule across the page at the current line. */
    void rule() throws IOException {
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN, y);
        stream.lineTo(RIGHT, y);
        stream.stroke();
    }

    void down(float by) {
        y -= by;
    }

    byte[] finish() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            stream.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the PDF", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the PDF", e);
        }
    }
}
