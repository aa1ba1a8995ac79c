package org.clinicdesk.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetRenderOptions;
import org.clinicdesk.domain.sheet.SheetRendering;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The one layout engine for sheets: the PDF it makes is what the screen shows (rasterised), what the printer gets,
 * and what is saved. Real text with embedded, shaped fonts.
 */
public final class SheetPdfRenderer implements SheetRendering {
    /** Room a heading needs below it (itself and about three lines of text), or it goes to the next page. */
    private static final float HEADING_WITH_TEXT = 72f;

    /** Laid out twice: the first pass counts the pages for "page x of y". */
    @Override
    public byte[] render(SheetVersion sheet, SheetRenderOptions options) {
        int pages = pageCount(pass(sheet, options, 0));
        return pass(sheet, options, pages);
    }

    @Override
    public byte[] renderAll(List<SheetVersion> sheets, SheetRenderOptions options) {
        if (sheets.size() == 1) {
            return render(sheets.getFirst(), options);
        }
        try (PDDocument merged = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (SheetVersion sheet : sheets) {
                try (PDDocument one = Loader.loadPDF(render(sheet, options))) {
                    merger.appendDocument(merged, one);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            merged.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<BufferedImage> pages(byte[] pdf, float dpi) {
        return PdfRaster.pages(pdf, dpi);
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] pass(SheetVersion sheet, SheetRenderOptions options, int totalPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(rectangle(options.pageSize()), SheetStyle.MARGIN_SIDE, SheetStyle.MARGIN_SIDE,
                SheetStyle.MARGIN_TOP, SheetStyle.MARGIN_BOTTOM);
        ShapedPdf pdf = ShapedPdf.start(doc, out, rightToLeft(sheet.language()));
        PdfWriter writer = pdf.writer();
        SheetLabels labels = new SheetLabels(sheet.language());
        TextBlocks blocks = new TextBlocks(pdf.fonts(),
                rightToLeft(sheet.language()) ? new RtlLines(writer, pdf.fonts()) : null);
        writer.setPageEvent(new SheetPageDecorator(sheet, options, blocks, labels, totalPages));
        doc.addTitle(sheet.title());
        doc.addAuthor(options.letterhead().clinicName());
        doc.open();
        float width = doc.right() - doc.left();
        titleBlock(doc, sheet, blocks, labels, width);
        if (sheet.content().investigational()) {
            doc.add(InvestigationalNotice.box(blocks, labels, width));
        }
        List<Element> body = new MarkdownLayout(blocks, width).layout(sheet.content().bodyMarkdown());
        for (int i = 0; i < body.size(); i++) {
            Element e = body.get(i);
            if (e instanceof MarkdownLayout.SectionHeading && i + 1 < body.size()) {
                HeadingRoom.keepWithNext(doc, writer, e, body.get(i + 1), width);
            }
            doc.add(e);
        }
        if (writer.getVerticalPosition(true) - doc.bottom() < HEADING_WITH_TEXT) {
            doc.newPage();
        }
        sources(doc, sheet, blocks, labels, width);
        doc.close();
        return out.toByteArray();
    }

    /** Urdu (and any Arabic-script language) is read right to left. */
    static boolean rightToLeft(String language) {
        return "ur".equals(language) || "ar".equals(language);
    }

    private static Paragraph line(TextBlocks blocks, org.openpdf.text.Phrase phrase, float width, float leading) {
        Paragraph p = blocks.rightToLeft() ? blocks.paragraph(phrase, width, leading) : new Paragraph(phrase);
        if (!blocks.rightToLeft()) {
            p.setLeading(leading);
        }
        return p;
    }

    private static void titleBlock(Document doc, SheetVersion sheet, TextBlocks blocks, SheetLabels labels,
                                   float width) {
        PdfFonts fonts = blocks.fonts();
        String kind = labels.get("kind." + sheet.kind().name()).toUpperCase(Locale.ENGLISH);
        org.openpdf.text.Phrase kindLine = fonts.phrase(kind, 8.5f, true, SheetStyle.BRAND);
        if (sheet.content().evidence() != null) {
            boolean trial = sheet.content().investigational();
            kindLine.addAll(fonts.phrase("   " + labels.get("evidence." + sheet.content().evidence().name()), 8.5f,
                    true, trial ? SheetStyle.NOTICE_BORDER : SheetStyle.MUTED));
        }
        Paragraph label = line(blocks, kindLine, width, 8.5f * 1.45f);
        label.setSpacingBefore(2);
        doc.add(label);
        Paragraph title = line(blocks, fonts.phrase(sheet.title(), SheetStyle.TITLE, true, SheetStyle.INK), width,
                SheetStyle.TITLE * 1.22f);
        title.setSpacingBefore(4);
        title.setSpacingAfter(8);
        doc.add(title);
        if (!sheet.content().summary().isEmpty()) {
            PdfPCell cell = blocks.tintedBox();
            Paragraph summary = line(blocks, fonts.phrase(sheet.content().summary(), 11.5f, false, SheetStyle.INK),
                    TextBlocks.insideTintedBox(width), 16.5f);
            cell.addElement(summary);
            doc.add(MarkdownLayout.boxed(cell, 0, 10));
        }
    }

    /** The sources are English references: left to right, even on an Urdu sheet. */
    private static void sources(Document doc, SheetVersion sheet, TextBlocks blocks, SheetLabels labels, float width) {
        PdfFonts fonts = blocks.fonts();
        Paragraph heading = line(blocks, fonts.phrase(labels.get("sources.title"), 10, true, SheetStyle.MUTED), width,
                14.5f);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(2);
        heading.setKeepTogether(true);
        doc.add(heading);
        org.openpdf.text.List list = new org.openpdf.text.List(true, 14);
        list.setListSymbol(new org.openpdf.text.Chunk("", fonts.font(7.5f, false, SheetStyle.MUTED)));
        for (String source : sheet.content().sources()) {
            org.openpdf.text.ListItem item = new org.openpdf.text.ListItem(fonts.phrase(source, 7.5f, false, SheetStyle.MUTED));
            item.setLeading(10);
            list.add(item);
        }
        doc.add(list);
        String credit = sheet.content().author()
                + (sheet.reviewerName().isEmpty() ? "" : ".  " + labels.format("reviewedBy", sheet.reviewerName()));
        Paragraph by = line(blocks, fonts.phrase(credit, 7.5f, false, SheetStyle.MUTED), width, 11);
        by.setSpacingBefore(6);
        doc.add(by);
    }

    private static Rectangle rectangle(SheetPageSize size) {
        return size == SheetPageSize.LETTER ? PageSize.LETTER : PageSize.A4;
    }
}
