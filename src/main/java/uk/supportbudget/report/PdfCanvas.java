package uk.supportbudget.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small page-flowing writer over PDFBox: A4 pages, embedded DejaVu fonts (so every name and the
 * £ sign render, and the text can be selected), a cursor that moves down the page, and tables whose
 * header row is repeated on every page they run onto.
 */
final class PdfCanvas implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 45;
    static final float RIGHT = WIDTH - 45;
    static final float TOP = HEIGHT - 62;
    static final float BOTTOM = 58;

    static final float[] INK = {0.13f, 0.15f, 0.18f};
    static final float[] MUTED = {0.40f, 0.43f, 0.47f};
    static final float[] ACCENT = {0.05f, 0.33f, 0.45f};
    static final float[] RULE = {0.78f, 0.81f, 0.84f};
    static final float[] SHADE = {0.93f, 0.95f, 0.97f};
    static final float[] WARN = {0.62f, 0.22f, 0.05f};

    /** A table column: its heading, width in points and whether figures line up on the right. */
    record Column(String title, float width, boolean right) {
    }

    final PDDocument document;
    final PDType0Font regular;
    final PDType0Font bold;
    private final java.util.Map<String, Float> regularWidths = new java.util.HashMap<>();
    private final java.util.Map<String, Float> boldWidths = new java.util.HashMap<>();
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document) {
        this.document = document;
        this.regular = font(document, "/fonts/DejaVuSans.ttf");
        this.bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
    }

    private static PDType0Font font(PDDocument document, String resource) {
        try {
            // Glyph substitution (ligatures) is off: PDFBox runs regular expressions over every string
            // for it, the slowest part of a long return, and plain glyphs also copy and search better.
            org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(FontFiles.bytes(resource)));
            ttf.setEnableGsub(false);
            return PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** Starts a new page unless {@code points} still fit on this one. */
    void ensure(float points) {
        if (stream == null || y - points < BOTTOM) {
            newPage();
        }
    }

    // ---- text ----

    void text(float x, float baseline, PDType0Font font, float size, float[] colour, String text) {
        String clean = clean(text);
        if (clean.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
            stream.newLineAtOffset(x, baseline);
            try {
                stream.showText(clean);
            } catch (IllegalArgumentException noGlyph) {
                stream.showText(withoutMissingGlyphs(font, clean));
            }
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void textRight(float right, float baseline, PDType0Font font, float size, float[] colour, String text) {
        text(right - width(font, size, text), baseline, font, size, colour, text);
    }

    float width(PDType0Font font, float size, String text) {
        // Tables repeat the same words (categories, methods, payees) thousands of times: measure each once.
        java.util.Map<String, Float> cache = font == bold ? boldWidths : regularWidths;
        Float units = cache.get(text);
        if (units == null) {
            try {
                units = font.getStringWidth(clean(text));
            } catch (IOException | IllegalArgumentException e) {
                units = clean(text).length() * 550f;
            }
            cache.put(text, units);
        }
        return units / 1000f * size;
    }

    /** Cuts text to fit a width, ending with an ellipsis when it had to be cut. */
    String fit(PDType0Font font, float size, String text, float maxWidth) {
        String clean = clean(text);
        if (width(font, size, clean) <= maxWidth) {
            return clean;
        }
        int end = clean.length();
        while (end > 0 && width(font, size, clean.substring(0, end) + "…") > maxWidth) {
            end = Math.max(0, end - Math.max(1, (end - 1) / 8));
        }
        return clean.substring(0, end).stripTrailing() + "…";
    }

    /** Breaks text into lines that fit a width, keeping the author's own line breaks. */
    List<String> wrap(PDType0Font font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Writes wrapped text at the cursor, moving down; returns the lines written. */
    int paragraph(PDType0Font font, float size, float[] colour, String text, float x, float maxWidth) {
        List<String> lines = wrap(font, size, text, maxWidth);
        float leading = size * 1.45f;
        for (String line : lines) {
            ensure(leading);
            y -= leading;
            text(x, y, font, size, colour, line);
        }
        return lines.size();
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        return clean.toString();
    }

    private static String withoutMissingGlyphs(PDType0Font font, String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String one = new String(Character.toChars(codePoint));
            try {
                font.encode(one);
                kept.append(one);
            } catch (IOException | IllegalArgumentException e) {
                kept.append('?');
            }
        });
        return kept.toString();
    }

    // ---- shapes ----

    void fill(float x, float bottom, float width, float height, float[] colour) {
        try {
            stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
            stream.addRect(x, bottom, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float[] colour, float thickness) {
        try {
            stream.setStrokingColor(colour[0], colour[1], colour[2]);
            stream.setLineWidth(thickness);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void box(float x, float bottom, float width, float height, float[] colour) {
        try {
            stream.setStrokingColor(colour[0], colour[1], colour[2]);
            stream.setLineWidth(0.6f);
            stream.addRect(x, bottom, width, height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDPageContentStream stream() {
        return stream;
    }

    // ---- tables ----

    static final float ROW = 13.5f;
    static final float CELL_SIZE = 8.3f;

    void tableHeader(List<Column> columns) {
        ensure(ROW * 2);
        fill(LEFT, y - ROW, RIGHT - LEFT, ROW, SHADE);
        float x = LEFT;
        for (Column column : columns) {
            String title = fit(bold, CELL_SIZE, column.title(), column.width() - 6);
            if (column.right()) {
                textRight(x + column.width() - 3, y - ROW + 4, bold, CELL_SIZE, INK, title);
            } else {
                text(x + 3, y - ROW + 4, bold, CELL_SIZE, INK, title);
            }
            x += column.width();
        }
        y -= ROW;
        line(LEFT, y, RIGHT, y, RULE, 0.6f);
    }

    /**
     * One table row; on a new page the header is drawn again first, with {@code continued} (if any)
     * above it so the reader knows which group the rows belong to.
     */
    void row(List<Column> columns, List<String> cells, boolean strong, String continued) {
        if (stream == null || y - ROW < BOTTOM) {
            newPage();
            if (continued != null) {
                y -= 12;
                text(LEFT, y, bold, 9, ACCENT, continued + " (continued)");
                y -= 4;
            }
            tableHeader(columns);
        }
        PDType0Font font = strong ? bold : regular;
        float baseline = y - ROW + 4;
        float x = LEFT;
        float lineStart = 0;
        try {
            // One text object per row, moving from cell to cell: far fewer operators on long returns.
            stream.beginText();
            stream.setFont(font, CELL_SIZE);
            stream.setNonStrokingColor(INK[0], INK[1], INK[2]);
            boolean started = false;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                // A left-aligned cell may run on into empty cells after it (subtotal labels do).
                float room = column.width();
                for (int next = i + 1; !column.right() && next < columns.size() && cells.get(next).isEmpty()
                        && !columns.get(next).right(); next++) {
                    room += columns.get(next).width();
                }
                String cell = fit(font, CELL_SIZE, cells.get(i), room - 6);
                if (!cell.isEmpty()) {
                    float cellX = column.right() ? x + column.width() - 3 - width(font, CELL_SIZE, cell) : x + 3;
                    if (started) {
                        stream.newLineAtOffset(cellX - lineStart, 0);
                    } else {
                        stream.newLineAtOffset(cellX, baseline);
                        started = true;
                    }
                    lineStart = cellX;
                    try {
                        stream.showText(cell);
                    } catch (IllegalArgumentException noGlyph) {
                        stream.showText(withoutMissingGlyphs(font, cell));
                    }
                }
                x += column.width();
            }
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= ROW;
        line(LEFT, y, RIGHT, y, strong ? MUTED : SHADE, strong ? 0.6f : 0.4f);
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    @Override
    public void close() {
        closeStream();
    }
}
