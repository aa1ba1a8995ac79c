package org.clinicdesk.document;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;

/** The standard notice every investigational treatment sheet carries, in an amber box near the top. */
final class InvestigationalNotice {
    private static final float PADDING = 11;
    private static final float ITEM_LEADING = 14.5f;

    private InvestigationalNotice() {
    }

    /** @param width the text column's width */
    static Element box(TextBlocks blocks, SheetLabels labels, float width) {
        PdfFonts fonts = blocks.fonts();
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(SheetStyle.NOTICE_FILL);
        cell.setBorderColor(SheetStyle.NOTICE_BORDER);
        cell.setBorderWidth(1.2f);
        cell.setPadding(PADDING);
        cell.setPaddingTop(7);
        float inside = width - 2 * PADDING - 2.4f;
        Paragraph title = blocks.rightToLeft()
                ? blocks.paragraph(fonts.phrase(labels.get("notice.title"), 12, true, SheetStyle.NOTICE_INK), inside, 16)
                : new Paragraph(fonts.phrase(labels.get("notice.title"), 12, true, SheetStyle.NOTICE_INK));
        title.setSpacingAfter(3);
        cell.addElement(title);
        if (blocks.rightToLeft()) {
            for (int i = 1; i <= 4; i++) {
                Chunk bullet = new Chunk("\u2022", fonts.font(10.5f, true, SheetStyle.NOTICE_BORDER));
                Paragraph item = blocks.item(bullet, fonts.phrase(labels.get("notice." + i), 10.5f, false,
                        SheetStyle.INK), inside, ITEM_LEADING);
                item.setSpacingAfter(2);
                cell.addElement(item);
            }
        } else {
            org.openpdf.text.List list = new org.openpdf.text.List(false, 12);
            list.setListSymbol(new Chunk("\u2022", fonts.font(10.5f, true, SheetStyle.NOTICE_BORDER)));
            for (int i = 1; i <= 4; i++) {
                org.openpdf.text.ListItem item = new org.openpdf.text.ListItem(
                        fonts.phrase(labels.get("notice." + i), 10.5f, false, SheetStyle.INK));
                item.setLeading(ITEM_LEADING);
                item.setSpacingAfter(2);
                list.add(item);
            }
            cell.addElement(list);
        }
        return MarkdownLayout.boxed(cell, 2, 12);
    }
}
