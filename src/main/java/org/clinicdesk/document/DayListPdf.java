package org.clinicdesk.document;

import java.awt.Color;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.List;
import org.clinicdesk.domain.consultation.DayList;
import org.clinicdesk.domain.consultation.DayListDocument;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a centre's day list as a clean A4 PDF with real, searchable text, through the one PDF set-up
 * ({@link ShapedPdf}): names in Devanagari, Kannada, Telugu and Urdu are shaped, each script in its own font.
 */
public final class DayListPdf implements DayListDocument {
    private static final float BODY = 10.5f;
    private static final float[] WIDTHS = {9, 31, 20, 24, 16};
    private static final Color INK = Color.BLACK;

    @Override
    public void write(DayList list, OutputStream out) {
        Document document = new Document(PageSize.A4, 40, 40, 48, 56);
        ShapedPdf pdf = ShapedPdf.start(document, out);
        PdfFonts fonts = pdf.fonts();
        pdf.writer().setPageEvent(new Footer(list.footer(), fonts));
        document.addTitle(list.title());
        document.open();
        Paragraph title = new Paragraph(fonts.phrase(list.title(), 15, true, INK));
        title.setSpacingAfter(2);
        document.add(title);
        Paragraph subtitle = new Paragraph(fonts.phrase(list.subtitle(), BODY, false, INK));
        subtitle.setSpacingAfter(12);
        document.add(subtitle);
        if (list.rows().isEmpty()) {
            document.add(new Paragraph(fonts.phrase(list.empty(), BODY, false, INK)));
        } else {
            document.add(table(list, fonts));
        }
        document.close();
    }

    private static PdfPTable table(DayList list, PdfFonts fonts) {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : list.headings()) {
            PdfPCell cell = cell(fonts.phrase(heading, BODY, true, INK));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidthBottom(1.2f);
            table.addCell(cell);
        }
        for (DayList.Row row : list.rows()) {
            for (String value : List.of(row.time(), row.name(), row.phone(), row.clinician(), row.status())) {
                table.addCell(cell(fonts.phrase(value, BODY, false, INK)));
            }
        }
        return table;
    }

    private static PdfPCell cell(Phrase text) {
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(0xC8, 0xCC, 0xD0));
        cell.setPaddingTop(5);
        cell.setPaddingBottom(6);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** The footer line of every page; {0} in the pattern is the page number. */
    private static final class Footer extends PdfPageEventHelper {
        private final String pattern;
        private final PdfFonts fonts;

        Footer(String pattern, PdfFonts fonts) {
            this.pattern = pattern;
            this.fonts = fonts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String text = MessageFormat.format(pattern, String.valueOf(writer.getPageNumber()));
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(text, 8.5f, false, INK),
                    document.left(), document.bottom() - 24, 0);
        }
    }
}
