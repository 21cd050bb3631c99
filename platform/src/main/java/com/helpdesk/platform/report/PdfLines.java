package com.helpdesk.platform.report;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes lines of text and table rows down A4 pages, starting a new page when one is full. Text the
 * font cannot show (a character outside it) is replaced rather than failing the whole report.
 */
final class PdfLines implements AutoCloseable {

    private static final float MARGIN = 48;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream page;
    private float y;

    PdfLines(PDDocument document, PDFont font) {
        this.document = document;
        this.font = font;
    }

    void title(String text) throws IOException {
        write(16, 0, text, 26);
    }

    void heading(String text) throws IOException {
        space(8);
        write(12, 0, text, 18);
    }

    void line(String text) throws IOException {
        write(9.5f, 0, text, 13);
    }

    /** One row of a table: each cell starts at its share of the width ({@code columns} sum to 1). */
    void row(float[] columns, String... cells) throws IOException {
        ensureRoom(13);
        float x = 0;
        for (int i = 0; i < cells.length; i++) {
            float width = columns[i] * WIDTH;
            show(9, MARGIN + x, y, fit(cells[i], 9, width - 4));
            x += width;
        }
        y -= 13;
    }

    private void space(float points) {
        y -= points;
    }

    private void write(float size, float indent, String text, float advance) throws IOException {
        ensureRoom(advance);
        show(size, MARGIN + indent, y, fit(text, size, WIDTH - indent));
        y -= advance;
    }

    private void show(float size, float x, float atY, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, atY);
        page.showText(text);
        page.endText();
    }

    private void ensureRoom(float needed) throws IOException {
        if (page == null || y - needed < MARGIN) {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }

    /** The text with glyphs the font lacks replaced by "?", cut with "…" to the width. */
    private String fit(String text, float size, float width) throws IOException {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(cp -> shown.append(showable(cp) ? Character.toString(cp) : "?"));
        String result = shown.toString();
        while (result.length() > 1 && font.getStringWidth(result) / 1000 * size > width) {
            result = result.substring(0, result.length() - 2) + "…";
        }
        return result;
    }

    private boolean showable(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(Character.toString(codePoint));
            return true;
        }
        catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
        }
    }
}
