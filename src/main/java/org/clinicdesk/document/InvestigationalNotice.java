package org.clinicdesk.document;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;

/** The standard notice every investigational treatment sheet carries, in an amber box near the top. */
final class InvestigationalNotice {
    private InvestigationalNotice() {
    }

    static Element box(SheetFonts fonts) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(SheetStyle.NOTICE_FILL);
        cell.setBorderColor(SheetStyle.NOTICE_BORDER);
        cell.setBorderWidth(1.2f);
        cell.setPadding(11);
        cell.setPaddingTop(7);
        Paragraph title = new Paragraph(fonts.phrase(SheetLabels.get("notice.title"), 12, true, SheetStyle.NOTICE_INK));
        title.setSpacingAfter(3);
        cell.addElement(title);
        org.openpdf.text.List list = new org.openpdf.text.List(false, 12);
        list.setListSymbol(new Chunk("\u2022", fonts.font(10.5f, true, SheetStyle.NOTICE_BORDER)));
        for (int i = 1; i <= 4; i++) {
            org.openpdf.text.ListItem item = new org.openpdf.text.ListItem(
                    fonts.phrase(SheetLabels.get("notice." + i), 10.5f, false, SheetStyle.INK));
            item.setLeading(14.5f);
            item.setSpacingAfter(2);
            list.add(item);
        }
        cell.addElement(list);
        return MarkdownLayout.boxed(cell, 2, 12);
    }
}
