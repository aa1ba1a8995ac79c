package org.clinicdesk.document;

import org.clinicdesk.domain.sheet.Letterhead;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The letterhead at the top of every page of every ClinicDesk PDF (sheets, reports): the brand band, the clinic's
 * name where a line starts, the centre and its phone on the far side, and the rule under them. Where "start" and
 * "far side" are is the caller's: a right-to-left sheet mirrors them.
 */
final class PageLetterhead {
    /** How far below the top of the page the letterhead's rule is drawn; a page's text starts below it. */
    static final float RULE_FROM_TOP = 66;

    /** Shows a phrase on one side of a line, at height y. */
    @FunctionalInterface
    interface Side {
        void show(PdfContentByte cb, Phrase phrase, float y);
    }

    private PageLetterhead() {
    }

    /** Draws the letterhead; {@code phoneLine} is the centre's phone as the page's language writes it (may be empty). */
    static void draw(PdfContentByte cb, Rectangle page, PdfFonts fonts, Letterhead head, String phoneLine, Side start,
                     Side end) {
        float top = page.getHeight();
        cb.saveState();
        cb.setColorFill(SheetStyle.BRAND);
        cb.rectangle(0, top - 10, page.getWidth(), 10);
        cb.fill();
        cb.restoreState();
        start.show(cb, fonts.phrase(head.clinicName(), 13, true, SheetStyle.BRAND), top - 38);
        end.show(cb, fonts.phrase(head.centreName(), 9.5f, true, SheetStyle.INK), top - 34);
        if (!phoneLine.isEmpty()) {
            end.show(cb, fonts.phrase(phoneLine, 9, false, SheetStyle.MUTED), top - 47);
        }
        rule(cb, SheetStyle.MARGIN_SIDE, page.getWidth() - SheetStyle.MARGIN_SIDE, top - RULE_FROM_TOP);
    }

    /** Left to right: a line starts at the left margin and its far side is the right margin. */
    static Side left(Rectangle page) {
        return (cb, phrase, y) -> ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase, SheetStyle.MARGIN_SIDE, y, 0);
    }

    static Side right(Rectangle page) {
        return (cb, phrase, y) -> ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, phrase,
                page.getWidth() - SheetStyle.MARGIN_SIDE, y, 0);
    }

    /** A thin rule across the page, as under the letterhead and over the footer. */
    static void rule(PdfContentByte cb, float x1, float x2, float y) {
        cb.saveState();
        cb.setColorStroke(SheetStyle.RULE);
        cb.setLineWidth(0.8f);
        cb.moveTo(x1, y);
        cb.lineTo(x2, y);
        cb.stroke();
        cb.restoreState();
    }
}
