package org.clinicdesk.document;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import org.clinicdesk.domain.privacy.ConsentNotice;
import org.clinicdesk.domain.privacy.ConsentNoticeDocument;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

/** The clinic's consent notice on one A4 page, for the visitor to read and keep; set up like every PDF ({@link ShapedPdf}). */
public final class ConsentNoticePdf implements ConsentNoticeDocument {
    private static final Color INK = Color.BLACK;

    public ConsentNoticePdf() {
    }

    @Override
    public void write(ConsentNotice notice, OutputStream out) {
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfFonts fonts = ShapedPdf.start(document, out).fonts();
            document.addTitle(notice.title());
            document.open();
            document.add(new Paragraph(fonts.phrase(notice.clinicName(), 16, true, INK)));
            document.add(new Paragraph(fonts.phrase(notice.heading(), 12, true, INK)));
            for (String paragraph : notice.body().split("\\R\\s*\\R")) {
                Paragraph p = new Paragraph(fonts.phrase(paragraph.strip(), 11, false, INK));
                p.setSpacingBefore(8);
                document.add(p);
            }
            Paragraph footer = new Paragraph(fonts.phrase(notice.footer(), 9, false, INK));
            footer.setSpacingBefore(24);
            document.add(footer);
            document.close();
        } catch (DocumentException e) {
            throw new java.io.UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }
}
