package org.clinicdesk.document;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * The bundled Noto fonts (SIL OFL), embedded and shaped by {@link ShapingLayout}: each run of text in one script is
 * set in that script's font (Urdu and other Arabic-script text in Noto Nastaliq Urdu), Latin in Noto Sans. Spaces,
 * digits and punctuation stay with the run before them, an opening bracket with the word after it, so a line never
 * breaks between a bracket and its word where the font changes. A font that lacks a character hands just that
 * character to Noto Sans. The font files are read and parsed once per program run ({@link Bundled}) and shared by
 * every document: parsing them for each PDF cost more than laying the sheet out.
 */
final class PdfFonts {
    private static final String FOLDER = "/org/clinicdesk/fonts/";
    private static final String LATIN = "NotoSans";
    private static final String ARABIC = "NotoNastaliqUrdu";
    private static final String OPENING = "([{\u201C\u2018\"'";
    private static final Map<UnicodeScript, String> FAMILIES = Map.of(
            UnicodeScript.LATIN, LATIN,
            UnicodeScript.DEVANAGARI, "NotoSansDevanagari",
            UnicodeScript.KANNADA, "NotoSansKannada",
            UnicodeScript.TELUGU, "NotoSansTelugu",
            UnicodeScript.ARABIC, ARABIC);
    private static final String[] FILES = {"NotoSans", "NotoSansDevanagari", "NotoSansKannada", "NotoSansTelugu",
        "NotoNastaliqUrdu"};
    private final GlyphLayoutManager layout = new ShapingLayout(Bundled.MANAGER);
    /** Where a character no run font has is looked for, in this order. */
    private static final List<String> FALLBACK_ORDER = List.of("NotoSansDevanagari",
            "NotoSansKannada", "NotoSansTelugu", ARABIC, LATIN);
    private final boolean rightToLeft;

    /** @param rightToLeft the document reads right to left (Urdu): neutral characters resolve to its direction */
    PdfFonts(boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
    }

    GlyphLayoutManager layoutManager() {
        return layout;
    }

    /** Noto Sans: for list symbols and the phrase's own spacing, never a non-embedded Helvetica. */
    Font font(float size, boolean bold, Color color) {
        return new Font(base(LATIN, bold), size, Font.NORMAL, color);
    }

    /** A phrase of one chunk per script run, each in its script's font. */
    Phrase phrase(String text, float size, boolean bold, Color color) {
        Phrase phrase = new Phrase();
        phrase.setFont(font(size, bold, color));
        phrase.setLeading(size * 1.45f);
        for (ScriptRuns.Run run : ScriptRuns.split(text, PdfFonts::family, rightToLeft ? ARABIC : null)) {
            appendCovered(phrase, run, size, bold, color);
        }
        return phrase;
    }

    /** The family of a character's script, or null for spaces, digits, punctuation and joiners. */
    static String family(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
            return null;
        }
        return FAMILIES.getOrDefault(script, LATIN);
    }

    static boolean opening(int codePoint) {
        return OPENING.indexOf(codePoint) >= 0;
    }

    /** Adds the run, handing the characters its font lacks to the regular face, then to Noto Sans. */
    private void appendCovered(Phrase phrase, ScriptRuns.Run run, float size, boolean bold, Color color) {
        StringBuilder part = new StringBuilder();
        BaseFont current = null;
        for (int i = 0; i < run.text().length(); ) {
            int cp = run.text().codePointAt(i);
            BaseFont font = covering(run.family(), bold, cp);
            if (current != null && font != current) {
                phrase.add(new Chunk(part.toString(), new Font(current, size, Font.NORMAL, color)));
                part.setLength(0);
            }
            current = font;
            part.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current != null) {
            phrase.add(new Chunk(part.toString(), new Font(current, size, Font.NORMAL, color)));
        }
    }

    /**
     * The run's font, else its regular face, else Noto Sans, else any bundled font that has the character: a danda
     * (U+0964, of no one script) after a bracketed English term must come from the Devanagari font, not be a box.
     */
    private BaseFont covering(String family, boolean bold, int cp) {
        for (BaseFont candidate : new BaseFont[] {base(family, bold), base(family, false), base(LATIN, bold)}) {
            if (candidate.charExists(cp)) {
                return candidate;
            }
        }
        for (String other : FALLBACK_ORDER) {
            if (base(other, false).charExists(cp)) {
                return base(other, bold && base(other, true).charExists(cp));
            }
        }
        return base(LATIN, false);
    }

    BaseFont base(String family, boolean bold) {
        BaseFont font = Bundled.FONTS.get(family + (bold ? "-Bold" : "-Regular") + ".ttf");
        if (font == null) {
            throw new IllegalStateException("Not a bundled font family: " + family);
        }
        return font;
    }

    /**
     * Every bundled face, loaded together on first use (class initialisation makes that thread-safe) and never
     * changed afterwards, so documents rendered at the same time on different workers can share them: OpenPDF keeps
     * what a document used (subset, cmap entries) in that document's writer, not in the font.
     */
    private static final class Bundled {
        static final GlyphLayoutFontManager MANAGER = new GlyphLayoutFontManager();
        static final Map<String, BaseFont> FONTS = loadAll();

        private static Map<String, BaseFont> loadAll() {
            Map<String, BaseFont> fonts = new HashMap<>();
            for (String family : FILES) {
                for (String face : new String[] {"-Regular.ttf", "-Bold.ttf"}) {
                    fonts.put(family + face, load(family + face));
                }
            }
            return Map.copyOf(fonts);
        }

        private static BaseFont load(String file) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled font missing: " + file);
                }
                return MANAGER.loadFont(file, in, 10f).getBaseFont();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GlyphLayoutFontManager.FontLoadException e) {
                throw new IllegalStateException("Bundled font unreadable: " + file, e);
            }
        }
    }
}
