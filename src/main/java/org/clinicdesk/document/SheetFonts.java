package org.clinicdesk.document;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * The bundled Noto fonts, embedded and shaped by OpenPDF's glyph layout (the only engine here that shapes Kannada and
 * Telugu correctly). Text of a sheet in an Indian language is set in that script's font, with Noto Sans as the
 * fallback for Latin letters and digits.
 */
final class SheetFonts {
    private static final String FOLDER = "/org/clinicdesk/fonts/";
    private final GlyphLayoutManager layout = new GlyphLayoutManager().setWriteActualText(true);
    private final BaseFont latin;
    private final BaseFont latinBold;
    private final BaseFont script;
    private final BaseFont scriptBold;

    SheetFonts(String language) {
        latin = load("NotoSans-Regular.ttf");
        latinBold = load("NotoSans-Bold.ttf");
        String family = switch (language == null ? "en" : language) {
            case "hi", "mr", "ne" -> "NotoSansDevanagari";
            case "kn" -> "NotoSansKannada";
            case "te" -> "NotoSansTelugu";
            case "ur", "ar" -> "NotoSansArabic";
            default -> null;
        };
        script = family == null ? null : load(family + "-Regular.ttf");
        scriptBold = family == null ? null : load(family + "-Bold.ttf");
    }

    GlyphLayoutManager layoutManager() {
        return layout;
    }

    private BaseFont load(String file) {
        try (InputStream in = SheetFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing: " + file);
            }
            return layout.loadFont(file, in, 10f).getBaseFont();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GlyphLayoutFontManager.FontLoadException e) {
            throw new IllegalStateException("Bundled font unreadable: " + file, e);
        }
    }

    Font font(float size, boolean bold, Color color) {
        return new Font(bold ? latinBold : latin, size, Font.NORMAL, color);
    }

    BaseFont base(boolean bold) {
        return bold ? latinBold : latin;
    }

    /** A phrase in the right font for each run of characters (script font first, then Latin). */
    Phrase phrase(String text, float size, boolean bold, Color color) {
        FontSelector selector = new FontSelector();
        for (Font f : candidates(size, bold, color)) {
            selector.addFont(f);
        }
        Phrase phrase = selector.process(text);
        // the phrase's own font is used for spacing at line ends: keep it an embedded one, never Helvetica
        phrase.setFont(font(size, bold, color));
        return phrase;
    }

    private List<Font> candidates(float size, boolean bold, Color color) {
        List<Font> fonts = new ArrayList<>();
        if (script != null) {
            fonts.add(new Font(bold ? scriptBold : script, size, Font.NORMAL, color));
        }
        fonts.add(font(size, bold, color));
        // bold text in a script whose bold face lacks a character falls back to the regular face
        if (script != null) {
            fonts.add(new Font(script, size, Font.NORMAL, color));
        }
        fonts.add(font(size, false, color));
        return fonts;
    }
}
