package org.clinicdesk.document;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;

/**
 * Paragraphs in the direction of the sheet's language: left to right through OpenPDF's own line breaking, or right
 * to left (Urdu) through {@link RtlLines}, with lines flush right, list markers at the right and Nastaliq's taller
 * lines given more leading.
 */
final class TextBlocks {
    /** Nastaliq climbs and descends far more than Latin or Indic letters at the same size. */
    private static final float NASTALIQ_LEADING = 1.6f;
    private final PdfFonts fonts;
    private final RtlLines rtl;

    /** @param rtl null for a left-to-right document */
    TextBlocks(PdfFonts fonts, RtlLines rtl) {
        this.fonts = fonts;
        this.rtl = rtl;
    }

    boolean rightToLeft() {
        return rtl != null;
    }

    PdfFonts fonts() {
        return fonts;
    }

    RtlLines rtl() {
        return rtl;
    }

    float leading(float leading) {
        return rtl == null ? leading : leading * NASTALIQ_LEADING;
    }

    /** Where a line's text starts: left, or right in a right-to-left document. */
    int align() {
        return rtl == null ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
    }

    /** A paragraph {@code width} wide (used only right to left; left to right OpenPDF breaks the lines). */
    Paragraph paragraph(Phrase phrase, float width, float leading) {
        return item(null, phrase, width, leading);
    }

    /** A paragraph led by a list marker (null for none). */
    Paragraph item(Chunk marker, Phrase phrase, float width, float leading) {
        if (rtl == null) {
            Paragraph p = new Paragraph(phrase);
            if (marker != null) {
                p.add(0, marker);
            }
            p.setLeading(leading);
            return p;
        }
        Paragraph p = rtl.paragraph(phrase, marker, width, leading(leading));
        p.setAlignment(Element.ALIGN_RIGHT);
        return p;
    }

    /** The tinted box with a bar on the reading side (left, or right for Urdu). */
    PdfPCell tintedBox() {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(SheetStyle.BRAND_TINT);
        cell.setBorder(rtl == null ? PdfPCell.LEFT : PdfPCell.RIGHT);
        cell.setBorderColor(SheetStyle.BRAND);
        cell.setBorderWidthLeft(rtl == null ? 3 : 0);
        cell.setBorderWidthRight(rtl == null ? 0 : 3);
        cell.setPadding(10);
        if (rtl == null) {
            cell.setPaddingLeft(12);
        } else {
            cell.setPaddingRight(12);
        }
        return cell;
    }

    /** The text width inside {@link #tintedBox()} in a column {@code width} wide. */
    static float insideTintedBox(float width) {
        return width - 10 - 12 - 3;
    }
}
