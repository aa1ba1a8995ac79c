package org.clinicdesk.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.domain.consultation.DayList;
import org.clinicdesk.domain.consultation.DayListDocument;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a centre's day list as a clean A4 PDF with real, searchable text. Names in Devanagari, Kannada, Telugu and
 * Urdu are shaped by OpenPDF's GlyphLayoutManager with the bundled Noto fonts, one font per script.
 */
public final class DayListPdf implements DayListDocument {
    private static final String FONTS = "/org/clinicdesk/fonts/";
    private static final float BODY = 10.5f;
    private static final float[] WIDTHS = {9, 31, 20, 24, 16};

    @Override
    public void write(DayList list, OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 48, 56);
        GlyphLayoutManager layout = new GlyphLayoutManager().setWriteActualText(true);
        try {
            Fonts fonts = new Fonts(layout);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(list.footer(), fonts.small));
            document.setGlyphLayoutManager(layout);
            document.addTitle(list.title());
            document.open();
            Paragraph title = new Paragraph(list.title(), fonts.font(list.title(), true, 15));
            title.setSpacingAfter(2);
            document.add(title);
            Paragraph subtitle = new Paragraph(list.subtitle(), fonts.font(list.subtitle(), false, BODY));
            subtitle.setSpacingAfter(12);
            document.add(subtitle);
            if (list.rows().isEmpty()) {
                document.add(new Paragraph(list.empty(), fonts.font(list.empty(), false, BODY)));
            } else {
                document.add(table(list, fonts));
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPTable table(DayList list, Fonts fonts) throws IOException {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : list.headings()) {
            PdfPCell cell = cell(heading, fonts.font(heading, true, BODY));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidthBottom(1.2f);
            table.addCell(cell);
        }
        for (DayList.Row row : list.rows()) {
            for (String value : List.of(row.time(), row.name(), row.phone(), row.clinician(), row.status())) {
                table.addCell(cell(value, fonts.font(value, false, BODY)));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new java.awt.Color(0xC8, 0xCC, 0xD0));
        cell.setPaddingTop(5);
        cell.setPaddingBottom(6);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** The bundled Noto fonts, one per script, regular and bold. */
    private static final class Fonts {
        private final GlyphLayoutManager layout;
        private final Map<UnicodeScript, String> families = new EnumMap<>(UnicodeScript.class);
        private final Map<String, Font> cache = new java.util.HashMap<>();
        private final Font small;

        Fonts(GlyphLayoutManager layout) throws IOException {
            this.layout = layout;
            families.put(UnicodeScript.LATIN, "NotoSans");
            families.put(UnicodeScript.DEVANAGARI, "NotoSansDevanagari");
            families.put(UnicodeScript.KANNADA, "NotoSansKannada");
            families.put(UnicodeScript.TELUGU, "NotoSansTelugu");
            families.put(UnicodeScript.ARABIC, "NotoSansArabic");
            this.small = load("NotoSans", false, 8.5f);
        }

        /** The font for the script of the text's first letter outside Latin, else Noto Sans. */
        Font font(String text, boolean bold, float size) throws IOException {
            UnicodeScript script = UnicodeScript.LATIN;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                UnicodeScript s = UnicodeScript.of(cp);
                if (families.containsKey(s) && s != UnicodeScript.LATIN) {
                    script = s;
                    break;
                }
                i += Character.charCount(cp);
            }
            return load(families.get(script), bold, size);
        }

        private Font load(String family, boolean bold, float size) throws IOException {
            String key = family + bold + size;
            Font known = cache.get(key);
            if (known != null) {
                return known;
            }
            Font loaded = read(family, bold, size);
            cache.put(key, loaded);
            return loaded;
        }

        private Font read(String family, boolean bold, float size) throws IOException {
            String file = family + (bold ? "-Bold" : "-Regular") + ".ttf";
            try (InputStream in = DayListPdf.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IOException("bundled font " + file + " is missing");
                }
                return layout.loadFont(file, in, size);
            } catch (org.openpdf.text.pdf.GlyphLayoutFontManager.FontLoadException e) {
                throw new IOException("bundled font " + file + " cannot be loaded", e);
            }
        }
    }

    /** The footer line of every page; {0} in the pattern is the page number. */
    private static final class Footer extends PdfPageEventHelper {
        private final String pattern;
        private final Font font;

        Footer(String pattern, Font font) {
            this.pattern = pattern;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String text = MessageFormat.format(pattern, writer.getPageNumber());
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font),
                    document.left(), document.bottom() - 24, 0);
        }
    }
}
