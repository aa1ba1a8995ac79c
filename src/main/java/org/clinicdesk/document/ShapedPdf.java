package org.clinicdesk.document;

import java.io.OutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The one way ClinicDesk starts a PDF: the bundled fonts for every script, shaped by {@link ShapingLayout}, which
 * the document is given before its {@link PdfWriter} exists (the writer copies the layout manager when it is made and
 * never again; given later, every Indian script is drawn unshaped while the extracted text still looks right).
 * Build every element's font from {@link #fonts()} ({@link PdfFonts#phrase} for any text a person typed or reads).
 */
record ShapedPdf(Document document, PdfWriter writer, PdfFonts fonts) {
    static ShapedPdf start(Document document, OutputStream out) {
        return start(document, out, false);
    }

    /** @param rightToLeft the document's language reads right to left (Urdu); lay its text out with {@link RtlLines} */
    static ShapedPdf start(Document document, OutputStream out, boolean rightToLeft) {
        PdfFonts fonts = new PdfFonts(rightToLeft);
        document.setGlyphLayoutManager(fonts.layoutManager());
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addCreator("ClinicDesk");
        return new ShapedPdf(document, writer, fonts);
    }
}
