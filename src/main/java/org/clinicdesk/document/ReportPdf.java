package org.clinicdesk.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.report.Report;
import org.clinicdesk.domain.report.ReportDocument;
import org.clinicdesk.domain.report.ReportTable;
import org.clinicdesk.domain.sheet.Letterhead;
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
 * A report on A4, through the sheets' engine (OpenPDF with the bundled, shaped Noto fonts): the clinic's letterhead,
 * the report, range and centre as the title, the day it was printed, its tables, and page x of y on every page.
 */
public final class ReportPdf implements ReportDocument {
    private static final float MARGIN_TOP = 96;
    private static final float MARGIN_BOTTOM = 64;
    private static final float BODY = 9.5f;
    /** The letterhead's own words (the phone line) as the English sheets write them. */
    private static final SheetLabels LABELS = new SheetLabels("en");

    /** Laid out twice: the first pass counts the pages for "page x of y". */
    @Override
    public void write(Report report, Letterhead letterhead, OutputStream out) throws IOException {
        int pages = SheetPdfRenderer.pageCount(pass(report, letterhead, 0));
        out.write(pass(report, letterhead, pages));
    }

    private static byte[] pass(Report report, Letterhead letterhead, int totalPages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, SheetStyle.MARGIN_SIDE, SheetStyle.MARGIN_SIDE, MARGIN_TOP,
                MARGIN_BOTTOM);
        ShapedPdf pdf = ShapedPdf.start(doc, bytes);
        PdfFonts fonts = pdf.fonts();
        PdfWriter writer = pdf.writer();
        String title = en(report.title()) + " — " + en(report.scope());
        writer.setPageEvent(new Decorator(letterhead, title, fonts, totalPages));
        doc.addTitle(title);
        doc.addAuthor(letterhead.clinicName());
        doc.open();
        Paragraph heading = new Paragraph(fonts.phrase(en(report.title()), 18, true, SheetStyle.BRAND));
        doc.add(heading);
        doc.add(new Paragraph(fonts.phrase(en(report.scope()), 11, true, SheetStyle.INK)));
        Paragraph printed = new Paragraph(fonts.phrase(en(UserMessage.of("report.printedOn",
                DateFormats.DATE.format(report.printed()))), 9, false, SheetStyle.MUTED));
        printed.setSpacingAfter(10);
        doc.add(printed);
        if (report.empty()) {
            doc.add(new Paragraph(fonts.phrase(en(report.emptyText()), 11, false, SheetStyle.INK)));
        } else {
            for (ReportTable table : report.tables()) {
                doc.add(table(table, fonts));
            }
        }
        doc.close();
        return bytes.toByteArray();
    }

    private static PdfPTable table(ReportTable t, PdfFonts fonts) {
        int columns = t.columns().size();
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = i < t.labelColumns() ? 3f : 1.4f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setSpacingAfter(6);
        table.setHeaderRows(2);
        table.setKeepTogether(t.rows().size() < 25);
        PdfPCell title = cell(en(t.title()), fonts, 11, true, SheetStyle.BRAND, Element.ALIGN_LEFT);
        title.setColspan(columns);
        title.setBorder(Rectangle.NO_BORDER);
        table.addCell(title);
        for (int i = 0; i < columns; i++) {
            PdfPCell h = cell(en(t.columns().get(i)), fonts, BODY, true, SheetStyle.INK, align(t, i));
            h.setBorderWidthBottom(1.1f);
            h.setBorderColor(SheetStyle.INK);
            table.addCell(h);
        }
        if (t.rows().isEmpty()) {
            PdfPCell none = cell(en(UserMessage.of("report.tableEmpty")), fonts, BODY, false, SheetStyle.MUTED,
                    Element.ALIGN_LEFT);
            none.setColspan(columns);
            table.addCell(none);
        }
        for (ReportTable.Row row : t.rows()) {
            for (UserMessage label : row.labels()) {
                table.addCell(cell(en(label), fonts, BODY, false, SheetStyle.INK, Element.ALIGN_LEFT));
            }
            for (Number value : row.values()) {
                String text = value == null ? "—" : ReportTable.figure(value);
                table.addCell(cell(text, fonts, BODY, false, SheetStyle.INK, Element.ALIGN_RIGHT));
            }
        }
        return table;
    }

    private static int align(ReportTable t, int column) {
        return column < t.labelColumns() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
    }

    private static PdfPCell cell(String text, PdfFonts fonts, float size, boolean bold, Color color, int align) {
        PdfPCell cell = new PdfPCell(fonts.phrase(text, size, bold, color));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(SheetStyle.RULE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        cell.setHorizontalAlignment(align);
        return cell;
    }

    private static String en(UserMessage message) {
        return message.english();
    }

    /** The letterhead at the top of every page; the report's title and page x of y at the foot. */
    private static final class Decorator extends PdfPageEventHelper {
        private final Letterhead letterhead;
        private final String title;
        private final PdfFonts fonts;
        private final int totalPages;

        Decorator(Letterhead letterhead, String title, PdfFonts fonts, int totalPages) {
            this.letterhead = letterhead;
            this.title = title;
            this.fonts = fonts;
            this.totalPages = totalPages;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            PdfContentByte cb = writer.getDirectContent();
            String phone = letterhead.centrePhone().isEmpty() ? ""
                    : LABELS.format("header.phone", letterhead.centrePhone());
            PageLetterhead.draw(cb, page, fonts, letterhead, phone, PageLetterhead.left(page), PageLetterhead.right(page));
            float left = SheetStyle.MARGIN_SIDE;
            float right = page.getWidth() - SheetStyle.MARGIN_SIDE;
            PageLetterhead.rule(cb, left, right, 48);
            text(cb, Element.ALIGN_LEFT, fonts.phrase(title, 8.5f, false, SheetStyle.MUTED), left, 34);
            String pages = en(UserMessage.of("report.page", String.valueOf(writer.getPageNumber()),
                    totalPages == 0 ? "?" : String.valueOf(totalPages)));
            text(cb, Element.ALIGN_RIGHT, fonts.phrase(pages, 8.5f, true, SheetStyle.INK), right, 34);
        }

        private static void text(PdfContentByte cb, int align, Phrase phrase, float x, float y) {
            ColumnText.showTextAligned(cb, align, phrase, x, y, 0);
        }
    }
}
