package org.clinicdesk.document;

import java.awt.font.GlyphVector;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * OpenPDF's glyph layout (Java's HarfBuzz shaping) without the invisible glyphs: Java gives ZWNJ and ZWJ (U+200C,
 * U+200D) the glyph code 0xFFFF, which OpenPDF writes into the page as it is, and every glyph after it on the line
 * then vanishes in the PDF. The joiners have done their work once the text is shaped, so their glyphs are dropped
 * and the other glyphs keep their positions; the ActualText still holds the joiners.
 */
final class ShapingLayout extends GlyphLayoutManager {
    private static final int INVISIBLE = 0xFFFF;

    /** @param fonts the loaded fonts the layout finds each PDF font's Java font in (shared between documents) */
    ShapingLayout(GlyphLayoutFontManager fonts) {
        super(fonts);
        setWriteActualText(true);
    }

    @Override
    public GlyphVector computeGlyphVector(BaseFont baseFont, float fontSize, String text) {
        GlyphVector shaped = super.computeGlyphVector(baseFont, fontSize, text);
        int count = shaped.getNumGlyphs();
        int visible = 0;
        for (int i = 0; i < count; i++) {
            visible += shaped.getGlyphCode(i) == INVISIBLE ? 0 : 1;
        }
        if (visible == count) {
            return shaped;
        }
        int[] codes = new int[visible];
        int[] from = new int[visible + 1];
        for (int i = 0, k = 0; i < count; i++) {
            if (shaped.getGlyphCode(i) != INVISIBLE) {
                from[k] = i;
                codes[k++] = shaped.getGlyphCode(i);
            }
        }
        from[visible] = count;
        GlyphVector kept = shaped.getFont().createGlyphVector(shaped.getFontRenderContext(), codes);
        for (int k = 0; k <= visible; k++) {
            kept.setGlyphPosition(k, shaped.getGlyphPosition(from[k]));
        }
        return kept;
    }
}
