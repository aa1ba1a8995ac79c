package org.clinicdesk.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    public void write(List<SheetVersion> sheets, SheetRenderOptions options, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Files.write(tmp, renderAll(sheets, options));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
        SheetFonts fonts = new SheetFonts(sheet.language());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(rectangle(options.pageSize()), SheetStyle.MARGIN_SIDE, SheetStyle.MARGIN_SIDE,
                SheetStyle.MARGIN_TOP, SheetStyle.MARGIN_BOTTOM);
        // before getInstance: the writer copies the layout manager when it is created, and never again
        doc.setGlyphLayoutManager(fonts.layoutManager());
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new SheetPageDecorator(sheet, options, fonts, totalPages));
        doc.addTitle(sheet.title());
        doc.addAuthor(options.letterhead().clinicName());
        doc.addCreator("ClinicDesk");
        doc.open();
        MarkdownLayout markdown = new MarkdownLayout(fonts);
        titleBlock(doc, sheet, fonts);
        if (sheet.content().investigational()) {
            doc.add(InvestigationalNotice.box(fonts));
        }
        for (Element e : markdown.layout(sheet.content().bodyMarkdown())) {
            if (e instanceof MarkdownLayout.SectionHeading) {
                keepWithNext(doc, writer);
            }
            doc.add(e);
        }
        keepWithNext(doc, writer);
        sources(doc, sheet, fonts);
        doc.close();
        return out.toByteArray();
    }

    private static void keepWithNext(Document doc, PdfWriter writer) {
        if (writer.getVerticalPosition(true) - doc.bottom() < HEADING_WITH_TEXT) {
            doc.newPage();
        }
    }

    private static void titleBlock(Document doc, SheetVersion sheet, SheetFonts fonts) {
        String kind = SheetLabels.get("kind." + sheet.kind().name()).toUpperCase(Locale.ENGLISH);
        Paragraph label = new Paragraph(fonts.phrase(kind, 8.5f, true, SheetStyle.BRAND));
        if (sheet.content().evidence() != null) {
            boolean trial = sheet.content().investigational();
            label.add(fonts.phrase("   " + SheetLabels.get("evidence." + sheet.content().evidence().name()), 8.5f, true,
                    trial ? SheetStyle.NOTICE_BORDER : SheetStyle.MUTED));
        }
        label.setSpacingBefore(2);
        doc.add(label);
        Paragraph title = new Paragraph(fonts.phrase(sheet.title(), SheetStyle.TITLE, true, SheetStyle.INK));
        title.setLeading(SheetStyle.TITLE * 1.22f);
        title.setSpacingBefore(4);
        title.setSpacingAfter(8);
        doc.add(title);
        if (!sheet.content().summary().isEmpty()) {
            PdfPCell cell = new PdfPCell();
            cell.setBackgroundColor(SheetStyle.BRAND_TINT);
            cell.setBorder(PdfPCell.LEFT);
            cell.setBorderColor(SheetStyle.BRAND);
            cell.setBorderWidthLeft(3);
            cell.setPadding(10);
            cell.setPaddingLeft(12);
            Paragraph summary = new Paragraph(fonts.phrase(sheet.content().summary(), 11.5f, false, SheetStyle.INK));
            summary.setLeading(16.5f);
            cell.addElement(summary);
            doc.add(MarkdownLayout.boxed(cell, 0, 10));
        }
    }

    private static void sources(Document doc, SheetVersion sheet, SheetFonts fonts) {
        Paragraph heading = new Paragraph(fonts.phrase(SheetLabels.get("sources.title"), 10, true, SheetStyle.MUTED));
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
                + (sheet.reviewerName().isEmpty() ? "" : ".  " + SheetLabels.format("reviewedBy", sheet.reviewerName()));
        Paragraph by = new Paragraph(fonts.phrase(credit, 7.5f, false, SheetStyle.MUTED));
        by.setSpacingBefore(6);
        doc.add(by);
    }

    private static Rectangle rectangle(SheetPageSize size) {
        return size == SheetPageSize.LETTER ? PageSize.LETTER : PageSize.A4;
    }
}
