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
 * What every page carries, in the sheet's language: the letterhead at the top; title, version (and for a translation
 * the English version it was made from), review dates, page x of y and the "general information" line at the bottom; the DRAFT watermark on drafts and the DEMO marks in the
 * demo. On a right-to-left sheet the page is mirrored: what starts at the left margin starts at the right one.
 */
final class SheetPageDecorator extends PdfPageEventHelper {
    private static final double WATERMARK_ANGLE = Math.toRadians(54);
    private final SheetVersion sheet;
    private final SheetRenderOptions options;
    private final TextBlocks blocks;
    private final PdfFonts fonts;
    private final SheetLabels labels;
    private final int totalPages;

    /** @param totalPages the page count from a first layout pass (0 on that first pass) */
    SheetPageDecorator(SheetVersion sheet, SheetRenderOptions options, TextBlocks blocks, SheetLabels labels,
                       int totalPages) {
        this.sheet = sheet;
        this.options = options;
        this.blocks = blocks;
        this.fonts = blocks.fonts();
        this.labels = labels;
        this.totalPages = totalPages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        PdfContentByte over = writer.getDirectContent();
        header(over, page);
        footer(over, page, writer.getPageNumber());
        if (options.draftWatermark()) {
            watermark(over, page, labels.get("watermark.draft"));
        }
    }

    /** The x where a line's reading starts (left margin, or right margin for right to left) and where it ends. */
    private float start(Rectangle page) {
        return blocks.rightToLeft() ? page.getWidth() - SheetStyle.MARGIN_SIDE : SheetStyle.MARGIN_SIDE;
    }

    private float end(Rectangle page) {
        return blocks.rightToLeft() ? SheetStyle.MARGIN_SIDE : page.getWidth() - SheetStyle.MARGIN_SIDE;
    }

    private void header(PdfContentByte cb, Rectangle page) {
        Letterhead head = options.letterhead();
        String phone = head.centrePhone().isEmpty() ? "" : labels.format("header.phone", head.centrePhone());
        PageLetterhead.draw(cb, page, fonts, head, phone, (c, p, y) -> atStart(c, p, start(page), y),
                (c, p, y) -> atEnd(c, p, end(page), y));
        if (options.demo()) {
            demoBadge(cb, page, page.getHeight() - 60);
        }
    }

    private void demoBadge(PdfContentByte cb, Rectangle page, float y) {
        Phrase phrase = fonts.phrase(labels.get("demo.line"), 8, true, Color.WHITE);
        float textWidth = blocks.rightToLeft() ? blocks.rtl().width(phrase) : ColumnText.getWidth(phrase);
        float width = textWidth + 12;
        float x = blocks.rightToLeft() ? start(page) - width : start(page);
        cb.saveState();
        cb.setColorFill(SheetStyle.DEMO);
        cb.roundRectangle(x, y - 3, width, 13, 3);
        cb.fill();
        cb.restoreState();
        atStart(cb, phrase, blocks.rightToLeft() ? start(page) - 6 : start(page) + 6, y);
    }

    private void footer(PdfContentByte cb, Rectangle page, int pageNumber) {
        rule(cb, SheetStyle.MARGIN_SIDE, page.getWidth() - SheetStyle.MARGIN_SIDE, 66);
        String titleLine = sheet.title() + "  ·  " + labels.format("footer.version", sheet.version());
        if (sheet.translationOf() != null && labels.has("footer.translatedFrom")) {
            titleLine += "  ·  " + labels.format("footer.translatedFrom", sheet.translationOf().englishVersion());
        }
        atStart(cb, fonts.phrase(titleLine, 8.5f, true, SheetStyle.INK), start(page), 52);
        String pages = labels.format("footer.page", pageNumber, totalPages == 0 ? "?" : totalPages);
        atEnd(cb, fonts.phrase(pages, 8.5f, true, SheetStyle.INK), end(page), 52);
        String reviewed = sheet.reviewedOn() == null ? labels.get("footer.notReviewed")
                : labels.format("footer.lastReviewed", labels.date(sheet.reviewedOn()));
        String next = sheet.nextReview() == null ? labels.get("footer.noNextReview")
                : labels.format("footer.nextReview", labels.date(sheet.nextReview()));
        atStart(cb, fonts.phrase(reviewed + "  ·  " + next, 8, false, SheetStyle.MUTED), start(page), 40);
        atStart(cb, fonts.phrase(labels.get("footer.disclaimer"), 8, true, SheetStyle.BRAND), start(page), 27);
        if (options.demo()) {
            atEnd(cb, fonts.phrase(labels.get("demo.badge"), 8, true, SheetStyle.DEMO), end(page), 27);
        }
    }

    private void watermark(PdfContentByte cb, Rectangle page, String text) {
        cb.saveState();
        PdfGState state = new PdfGState();
        state.setFillOpacity(0.16f);
        cb.setGState(state);
        Phrase phrase = fonts.phrase(text, 46, true, SheetStyle.DRAFT);
        if (blocks.rightToLeft()) {
            float cos = (float) Math.cos(WATERMARK_ANGLE);
            float sin = (float) Math.sin(WATERMARK_ANGLE);
            cb.concatCTM(cos, sin, -sin, cos, page.getWidth() / 2, page.getHeight() / 2);
            blocks.rtl().show(cb, phrase, blocks.rtl().width(phrase) / 2, -12, true);
        } else {
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, phrase, page.getWidth() / 2, page.getHeight() / 2,
                    (float) Math.toDegrees(WATERMARK_ANGLE));
        }
        cb.restoreState();
    }

    /** Text whose reading starts at x: left-aligned there, or right-aligned there for right to left. */
    private void atStart(PdfContentByte cb, Phrase phrase, float x, float y) {
        if (blocks.rightToLeft()) {
            blocks.rtl().show(cb, phrase, x, y, true);
        } else {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase, x, y, 0);
        }
    }

    /** Text on the far side of the line from its start. */
    private void atEnd(PdfContentByte cb, Phrase phrase, float x, float y) {
        if (blocks.rightToLeft()) {
            blocks.rtl().show(cb, phrase, x, y, false);
        } else {
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, phrase, x, y, 0);
        }
    }

    private static void rule(PdfContentByte cb, float x1, float x2, float y) {
        PageLetterhead.rule(cb, x1, x2, y);
    }
}
