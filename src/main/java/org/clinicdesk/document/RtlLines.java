package org.clinicdesk.document;

import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Right-to-left paragraphs (Urdu). OpenPDF lays a paragraph's chunks out left to right and measures them unshaped;
 * Nastaliq shaped is much narrower than its letters alone, and an English word between Urdu words would come out on
 * the wrong side. So lines are broken here on the shaped widths, each line is cut into direction runs
 * ({@link LineDirections}: English, digits and phone numbers keep their own left-to-right order) put in visual order, and each line is drawn into a template of the full width, flush
 * right, that the paragraph carries as an inline image. OpenPDF's own right-to-left mode is not used: it reverses the
 * text a second time (see TOOLCHAIN.md).
 */
final class RtlLines {
    /**
     * Where a line's baseline sits in its template, in leadings from the bottom: room for Nastaliq's deep descenders.
     * The template is one leading taller than that, so a line never grows past its leading.
     */
    static final float BASELINE = 0.55f;
    private final PdfWriter writer;
    private final PdfFonts fonts;

    RtlLines(PdfWriter writer, PdfFonts fonts) {
        this.writer = writer;
        this.fonts = fonts;
    }

    /** Text in one font; {@code rtl} is known once a line is cut into direction runs ({@link LineDirections}). */
    private record Piece(String text, Font font, float width, boolean rtl) {
    }

    /**
     * The phrase as a paragraph of lines {@code width} wide; {@code marker} (a bullet or "1.", may be null) stands at
     * the right of the first line and the other lines are indented under the text after it.
     */
    Paragraph paragraph(Phrase phrase, Chunk marker, float width, float leading) {
        List<List<Piece>> words = words(phrase);
        float indent = 0;
        Piece markerPiece = null;
        if (marker != null) {
            // drawn left to right at the right end of the line: the gap goes on its left, towards the text
            markerPiece = piece("  " + marker.getContent(), marker.getFont());
            indent = markerPiece.width();
        }
        Paragraph out = new Paragraph();
        out.setFont(fonts.font(leading / 2, false, null));
        out.setLeading(leading);
        List<Piece> line = new ArrayList<>();
        float used = 0;
        boolean first = true;
        for (List<Piece> word : words) {
            float w = (float) word.stream().mapToDouble(Piece::width).sum();
            if (!line.isEmpty() && used + trimmedWidth(word) > width - indent) {
                addLine(out, line, first ? markerPiece : null, width, indent, leading);
                first = false;
                line = new ArrayList<>();
                used = 0;
            }
            line.addAll(word);
            used += w;
        }
        if (!line.isEmpty() || markerPiece != null) {
            addLine(out, line, first ? markerPiece : null, width, indent, leading);
        }
        return out;
    }

    /** One line (header, footer, watermark) drawn right to left, its right end at {@code x} or its left end there. */
    void show(PdfContentByte cb, Phrase phrase, float x, float y, boolean rightEnd) {
        List<Piece> pieces = new ArrayList<>();
        words(phrase).forEach(pieces::addAll);
        List<Piece> visual = visualOrder(directionRuns(merge(pieces)));
        float width = (float) visual.stream().mapToDouble(Piece::width).sum();
        draw(cb, visual, rightEnd ? x - width : x, y);
    }

    float width(Phrase phrase) {
        List<Piece> pieces = new ArrayList<>();
        words(phrase).forEach(pieces::addAll);
        return (float) pieces.stream().mapToDouble(Piece::width).sum();
    }

    private float trimmedWidth(List<Piece> word) {
        float w = (float) word.stream().mapToDouble(Piece::width).sum();
        Piece last = word.getLast();
        String trimmed = last.text().stripTrailing();
        return trimmed.length() == last.text().length() ? w : w - last.width() + measure(trimmed, last.font());
    }

    private void addLine(Paragraph out, List<Piece> line, Piece marker, float width, float indent, float leading) {
        List<Piece> merged = merge(line);
        if (!merged.isEmpty()) {
            Piece last = merged.getLast();
            merged.set(merged.size() - 1, piece(last.text().stripTrailing(), last.font()));
        }
        List<Piece> visual = visualOrder(directionRuns(merged));
        if (marker != null) {
            visual.add(marker);
        }
        if (!out.isEmpty()) {
            out.add(new Chunk("\n", fonts.font(leading / 2, false, null)));
        }
        float right = width - (marker == null ? indent : 0);
        // the template reaches below the baseline (Nastaliq's deep descenders): the offset takes that back
        out.add(new Chunk(image(visual, width, right, leading), 0, -leading * BASELINE, false));
    }

    /** The pieces drawn left to right so that they end at {@code right}, in a template {@code width} wide. */
    private Image image(List<Piece> visual, float width, float right, float leading) {
        float height = leading * (1 + BASELINE);
        float baseline = leading * BASELINE;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        draw(template, visual, right - (float) visual.stream().mapToDouble(Piece::width).sum(), baseline);
        return Image.getInstance(template);
    }

    /**
     * Draws the pieces at their places left to right, but in reading order in the content stream, so a text extractor
     * meets the words in the order they are read.
     */
    private static void draw(PdfContentByte cb, List<Piece> visual, float x, float y) {
        java.util.Map<Piece, Float> at = new java.util.IdentityHashMap<>();
        for (Piece p : visual) {
            at.put(p, x);
            x += p.width();
        }
        for (Piece p : readingOrder(visual)) {
            if (p.text().isEmpty()) {
                continue;
            }
            cb.beginText();
            cb.setFontAndSize(p.font().getBaseFont(), p.font().getSize());
            if (p.font().getColor() != null) {
                cb.setColorFill(p.font().getColor());
            }
            cb.setTextMatrix(at.get(p), y);
            cb.showText(p.text());
            cb.endText();
        }
    }

    /** Visual order undone: the groups back from right to left, each left-to-right group kept in its order. */
    private static List<Piece> readingOrder(List<Piece> visual) {
        return visualOrder(visual);
    }

    /** Runs in visual order, left to right: right-to-left runs reversed, each group of left-to-right runs kept. */
    private static List<Piece> visualOrder(List<Piece> logical) {
        List<List<Piece>> groups = new ArrayList<>();
        for (Piece p : logical) {
            boolean ltr = !p.rtl();
            if (ltr && !groups.isEmpty() && !groups.getLast().getFirst().rtl()) {
                groups.getLast().add(p);
            } else {
                groups.add(new ArrayList<>(List.of(p)));
            }
        }
        List<Piece> visual = new ArrayList<>();
        for (int i = groups.size() - 1; i >= 0; i--) {
            visual.addAll(groups.get(i));
        }
        return visual;
    }

    /**
     * The line cut wherever the font or the direction changes, in reading order: each right-to-left run is shaped
     * (and measured) right to left on its own, each left-to-right run (English, digits, a phone number) in its order.
     */
    private List<Piece> directionRuns(List<Piece> logical) {
        StringBuilder line = new StringBuilder();
        logical.forEach(p -> line.append(p.text()));
        boolean[] rtl = LineDirections.rightToLeft(line.toString());
        List<Piece> runs = new ArrayList<>();
        int at = 0;
        for (Piece p : logical) {
            int start = 0;
            for (int i = 1; i <= p.text().length(); i++) {
                if (i == p.text().length() || rtl[at + i] != rtl[at + start]) {
                    addRun(runs, p.text().substring(start, i), p.font(), rtl[at + start]);
                    start = i;
                }
            }
            at += p.text().length();
        }
        return runs;
    }

    /**
     * A right-to-left run of only spaces and punctuation (a closing quote and a space in Noto Sans, which Nastaliq
     * lacks) is laid out left to right by the shaper: one piece per character, so its order is reversed too.
     */
    private void addRun(List<Piece> runs, String text, Font font, boolean rtl) {
        boolean neutralOnly = text.codePoints().noneMatch(cp -> Character.getDirectionality(cp)
                == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
        if (!rtl || !neutralOnly) {
            runs.add(new Piece(text, font, measure(text, font), rtl));
            return;
        }
        text.codePoints().mapToObj(Character::toString)
                .forEach(c -> runs.add(new Piece(c, font, measure(c, font), true)));
    }

    /** Neighbouring pieces in one font become one, so they are shaped (and extracted) together. */
    private List<Piece> merge(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (!out.isEmpty() && sameFont(out.getLast().font(), p.font())) {
                Piece last = out.removeLast();
                // words are shaped apart across a space anyway: their widths add up
                out.add(new Piece(last.text() + p.text(), p.font(), last.width() + p.width(), false));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean sameFont(Font a, Font b) {
        return a.getBaseFont() == b.getBaseFont() && a.getSize() == b.getSize()
                && java.util.Objects.equals(a.getColor(), b.getColor());
    }

    /** Words: pieces up to and including a space; a word may span fonts. */
    private List<List<Piece>> words(Phrase phrase) {
        List<List<Piece>> words = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        for (Element e : phrase) {
            if (!(e instanceof Chunk chunk)) {
                continue;
            }
            String text = chunk.getContent();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ' ' && (i + 1 == text.length() || text.charAt(i + 1) != ' ')) {
                    word.add(piece(text.substring(start, i + 1), chunk.getFont()));
                    words.add(word);
                    word = new ArrayList<>();
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                word.add(piece(text.substring(start), chunk.getFont()));
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private Piece piece(String text, Font font) {
        return new Piece(text, font, measure(text, font), false);
    }

    private float measure(String text, Font font) {
        if (text.isEmpty()) {
            return 0;
        }
        if (text.isBlank()) {
            // the shaper gives a run of only spaces no advance: the font's own space width
            return font.getBaseFont().getWidthPoint(text, font.getSize());
        }
        java.text.Bidi bidi = new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isMixed()) {
            // the glyph layout shapes each direction's run on its own, as it draws them
            float sum = 0;
            for (int i = 0; i < bidi.getRunCount(); i++) {
                sum += measure(text.substring(bidi.getRunStart(i), bidi.getRunLimit(i)), font);
            }
            return sum;
        }
        GlyphVector shaped = fonts.layoutManager().computeGlyphVector(font.getBaseFont(), font.getSize(), text);
        return (float) shaped.getGlyphPosition(shaped.getNumGlyphs()).getX();
    }
}
