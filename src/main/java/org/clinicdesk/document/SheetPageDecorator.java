package org.clinicdesk.document;

import java.awt.Color;
import org.clinicdesk.domain.sheet.Letterhead;
import org.clinicdesk.domain.sheet.SheetRenderOptions;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page carries: the letterhead at the top; title, version, review dates, page x of y and the "general
 * information" line at the bottom; the DRAFT watermark on drafts and the DEMO mark in the demo.
 */
final class SheetPageDecorator extends PdfPageEventHelper {
    private final SheetVersion sheet;
    private final SheetRenderOptions options;
    private final SheetFonts fonts;
    private final int totalPages;

    /** @param totalPages the page count from a first layout pass (0 on that first pass) */
    SheetPageDecorator(SheetVersion sheet, SheetRenderOptions options, SheetFonts fonts, int totalPages) {
        this.sheet = sheet;
        this.options = options;
        this.fonts = fonts;
        this.totalPages = totalPages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        PdfContentByte over = writer.getDirectContent();
        header(over, page);
        footer(over, page, writer.getPageNumber());
        if (options.draftWatermark()) {
            watermark(over, page, SheetLabels.get("watermark.draft"), SheetStyle.DRAFT, 46, 0.16f);
        }
    }

    private void header(PdfContentByte cb, Rectangle page) {
        float left = SheetStyle.MARGIN_SIDE;
        float right = page.getWidth() - SheetStyle.MARGIN_SIDE;
        float top = page.getHeight();
        cb.saveState();
        cb.setColorFill(SheetStyle.BRAND);
        cb.rectangle(0, top - 10, page.getWidth(), 10);
        cb.fill();
        cb.restoreState();
        Letterhead head = options.letterhead();
        text(cb, Element.ALIGN_LEFT, fonts.phrase(head.clinicName(), 13, true, SheetStyle.BRAND), left, top - 38);
        text(cb, Element.ALIGN_RIGHT, fonts.phrase(head.centreName(), 9.5f, true, SheetStyle.INK), right, top - 34);
        if (!head.centrePhone().isEmpty()) {
            text(cb, Element.ALIGN_RIGHT, fonts.phrase(SheetLabels.format("header.phone", head.centrePhone()), 9,
                    false, SheetStyle.MUTED), right, top - 47);
        }
        if (options.demo()) {
            demoBadge(cb, left, top - 60);
        }
        rule(cb, left, right, top - 66, SheetStyle.RULE, 0.8f);
    }

    private void demoBadge(PdfContentByte cb, float x, float y) {
        String line = SheetLabels.get("demo.line");
        Phrase phrase = fonts.phrase(line, 8, true, Color.WHITE);
        float width = ColumnText.getWidth(phrase) + 12;
        cb.saveState();
        cb.setColorFill(SheetStyle.DEMO);
        cb.roundRectangle(x, y - 3, width, 13, 3);
        cb.fill();
        cb.restoreState();
        text(cb, Element.ALIGN_LEFT, phrase, x + 6, y);
    }

    private void footer(PdfContentByte cb, Rectangle page, int pageNumber) {
        float left = SheetStyle.MARGIN_SIDE;
        float right = page.getWidth() - SheetStyle.MARGIN_SIDE;
        rule(cb, left, right, 66, SheetStyle.RULE, 0.8f);
        String titleLine = sheet.title() + "  ·  " + SheetLabels.format("footer.version", sheet.version());
        text(cb, Element.ALIGN_LEFT, fonts.phrase(titleLine, 8.5f, true, SheetStyle.INK), left, 52);
        String pages = SheetLabels.format("footer.page", pageNumber, totalPages == 0 ? "?" : totalPages);
        text(cb, Element.ALIGN_RIGHT, fonts.phrase(pages, 8.5f, true, SheetStyle.INK), right, 52);
        String reviewed = sheet.reviewedOn() == null ? SheetLabels.get("footer.notReviewed")
                : SheetLabels.format("footer.lastReviewed", SheetLabels.date(sheet.reviewedOn()));
        String next = sheet.nextReview() == null ? SheetLabels.get("footer.noNextReview")
                : SheetLabels.format("footer.nextReview", SheetLabels.date(sheet.nextReview()));
        text(cb, Element.ALIGN_LEFT, fonts.phrase(reviewed + "  ·  " + next, 8, false, SheetStyle.MUTED), left, 40);
        text(cb, Element.ALIGN_LEFT, fonts.phrase(SheetLabels.get("footer.disclaimer"), 8, true, SheetStyle.BRAND),
                left, 27);
        if (options.demo()) {
            text(cb, Element.ALIGN_RIGHT, fonts.phrase(SheetLabels.get("demo.badge"), 8, true, SheetStyle.DEMO), right, 27);
        }
    }

    private void watermark(PdfContentByte cb, Rectangle page, String text, Color color, float size, float opacity) {
        cb.saveState();
        PdfGState state = new PdfGState();
        state.setFillOpacity(opacity);
        cb.setGState(state);
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, fonts.phrase(text, size, true, color),
                page.getWidth() / 2, page.getHeight() / 2, 54);
        cb.restoreState();
    }

    private static void rule(PdfContentByte cb, float x1, float x2, float y, Color color, float width) {
        cb.saveState();
        cb.setColorStroke(color);
        cb.setLineWidth(width);
        cb.moveTo(x1, y);
        cb.lineTo(x2, y);
        cb.stroke();
        cb.restoreState();
    }

    private static void text(PdfContentByte cb, int align, Phrase phrase, float x, float y) {
        ColumnText.showTextAligned(cb, align, phrase, x, y, 0);
    }
}
