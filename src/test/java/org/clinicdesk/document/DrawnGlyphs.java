package org.clinicdesk.document;

import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * What a PDF really draws, read from its content streams (Form XObjects included): for every text run, the glyph ids
 * shown, the font's name and the run's ActualText. A test holds these glyphs against a shaper, so it fails when
 * shaping breaks even though the extracted text (ActualText) would still read perfectly.
 */
public final class DrawnGlyphs {
    /**
     * One text run as drawn: its ActualText (null when drawn without one), font, glyph ids in drawing order, and the
     * x where it starts in its content stream (a line of a right-to-left paragraph is one Form XObject), to hold
     * runs' visual order.
     */
    public record Run(String actualText, String font, List<Integer> glyphs, float x) {
    }

    private final List<Run> runs = new ArrayList<>();

    private DrawnGlyphs() {
    }

    public static List<Run> of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            DrawnGlyphs drawn = new DrawnGlyphs();
            for (PDPage page : doc.getPages()) {
                drawn.read(page, page.getResources());
            }
            return drawn.runs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(PDContentStream stream, PDResources resources) throws IOException {
        Deque<String> spans = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        String font = null;
        Run open = null;
        float x = 0;
        for (Object token : new PDFStreamParser(stream).parse()) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (op.getName()) {
                case "BDC" -> {
                    String text = null;
                    if (operands.size() > 1 && operands.get(1) instanceof COSDictionary d
                            && d.getDictionaryObject(COSName.ACTUAL_TEXT) instanceof COSString s) {
                        text = s.getString();
                    }
                    spans.push(text == null ? "" : text);
                    open = null;
                }
                case "BMC" -> spans.push("");
                case "EMC" -> {
                    if (!spans.isEmpty()) {
                        spans.pop();
                    }
                    open = null;
                }
                case "Tf" -> font = baseName(resources, (COSName) operands.getFirst());
                case "BT" -> x = 0;
                case "Tm" -> x = ((org.apache.pdfbox.cos.COSNumber) operands.get(4)).floatValue();
                case "Td", "TD" -> x += ((org.apache.pdfbox.cos.COSNumber) operands.getFirst()).floatValue();
                case "Tj", "'", "\"" -> open = add(open, spans, font, codes((COSString) operands.getLast()), x);
                case "TJ" -> {
                    List<Integer> all = new ArrayList<>();
                    for (COSBase b : (COSArray) operands.getFirst()) {
                        if (b instanceof COSString s) {
                            all.addAll(codes(s));
                        }
                    }
                    open = add(open, spans, font, all, x);
                }
                case "Do" -> {
                    if (resources.getXObject((COSName) operands.getFirst()) instanceof PDFormXObject form) {
                        read(form, form.getResources() == null ? resources : form.getResources());
                    }
                }
                default -> { }
            }
            operands.clear();
        }
    }

    /** Glyphs shown inside one ActualText span (which may take several show operators) make one run. */
    private Run add(Run open, Deque<String> spans, String font, List<Integer> glyphs, float x) {
        if (glyphs.isEmpty()) {
            return open;
        }
        String text = spans.isEmpty() || spans.peek().isEmpty() ? null : spans.peek();
        if (open != null && text != null && open.actualText() == text && open.font().equals(font)) {
            open.glyphs().addAll(glyphs);
            return open;
        }
        Run run = new Run(text, font, new ArrayList<>(glyphs), x);
        runs.add(run);
        return run;
    }

    private static String baseName(PDResources resources, COSName name) throws IOException {
        String base = resources.getFont(name).getName();
        return base.contains("+") ? base.substring(base.indexOf('+') + 1) : base;
    }

    /** Identity-H: two bytes per glyph id. */
    private static List<Integer> codes(COSString s) {
        byte[] b = s.getBytes();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i + 1 < b.length; i += 2) {
            ids.add(((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF));
        }
        return ids;
    }

    private static final Map<String, java.awt.Font> FONTS = new HashMap<>();

    /**
     * The glyph ids a shaper (Java's HarfBuzz, as OpenPDF uses) gives the text in the bundled font, in drawing order,
     * without the invisible joiner glyphs.
     */
    static synchronized List<Integer> shaped(String fontName, String text) {
        java.awt.Font font = FONTS.computeIfAbsent(fontName, n -> {
            try (InputStream in = DrawnGlyphs.class.getResourceAsStream("/org/clinicdesk/fonts/" + n + ".ttf")) {
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(10f);
            } catch (Exception e) {
                throw new IllegalStateException(n, e);
            }
        });
        boolean rtl = Bidi.requiresBidi(text.toCharArray(), 0, text.length())
                && new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).isRightToLeft();
        char[] chars = text.toCharArray();
        GlyphVector gv = font.layoutGlyphVector(new FontRenderContext(new AffineTransform(), false, true), chars, 0,
                chars.length, rtl ? java.awt.Font.LAYOUT_RIGHT_TO_LEFT : java.awt.Font.LAYOUT_LEFT_TO_RIGHT);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            if (gv.getGlyphCode(i) != 0xFFFF) {
                ids.add(gv.getGlyphCode(i));
            }
        }
        return ids;
    }

    /** The glyph ids each character maps to on its own: what an unshaped run draws. */
    static synchronized List<Integer> unshaped(String fontName, String text) {
        shaped(fontName, "a");
        java.awt.Font font = FONTS.get(fontName);
        GlyphVector gv = font.createGlyphVector(new FontRenderContext(new AffineTransform(), false, true), text);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            ids.add(gv.getGlyphCode(i));
        }
        return ids;
    }
}
