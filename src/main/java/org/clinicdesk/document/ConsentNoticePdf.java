package org.clinicdesk.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.privacy.ConsentNotice;
import org.clinicdesk.domain.privacy.ConsentNoticeDocument;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/** The clinic's consent notice on one A4 page, for the visitor to read and keep. */
public final class ConsentNoticePdf implements ConsentNoticeDocument {
    private static final String FONT = "/org/clinicdesk/fonts/NotoSans-Regular.ttf";
    private static final String BOLD = "/org/clinicdesk/fonts/NotoSans-Bold.ttf";

    public ConsentNoticePdf() {
    }

    @Override
    public void write(ConsentNotice notice, Path file) {
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter.getInstance(document, out);
            document.addTitle(notice.title());
            document.addCreator("ClinicDesk");
            document.open();
            Font title = new Font(font(BOLD), 16);
            Font body = new Font(font(FONT), 11);
            Font small = new Font(font(FONT), 9);
            document.add(new Paragraph(notice.clinicName(), title));
            document.add(new Paragraph(notice.heading(), new Font(font(BOLD), 12)));
            for (String paragraph : notice.body().split("\\R\\s*\\R")) {
                Paragraph p = new Paragraph(paragraph.strip(), body);
                p.setSpacingBefore(8);
                document.add(p);
            }
            Paragraph footer = new Paragraph(notice.footer(), small);
            footer.setSpacingBefore(24);
            document.add(footer);
            document.close();
        } catch (IOException | DocumentException e) {
            throw new ClinicDeskException(UserMessage.of("document.error.couldWriteChooseAnother", file, e.getMessage()), e);
        }
    }

    private static BaseFont font(String resource) throws IOException {
        try (InputStream in = ConsentNoticePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the bundled font " + resource + " is missing");
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        }
    }
}
