package org.clinicdesk.document;

import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.consultation.BookingSlip;
import org.clinicdesk.domain.consultation.BookingSlipDocument;
import org.clinicdesk.domain.consultation.ConsultationMode;
import org.clinicdesk.domain.consultation.SlipPaper;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The booking slip on one A5 (or A4) page, in the visitor's language ({@code booking-slip_LANG.properties}), through
 * the one PDF set-up ({@link ShapedPdf}): Urdu right to left with {@link RtlLines}, each script in its own font.
 */
public final class BookingSlipPdf implements BookingSlipDocument {
    private static final String BUNDLE = "org.clinicdesk.document.booking-slip";
    /** Share of the facts table taken by the labels. */
    private static final float LABEL_SHARE = 0.3f;
    private static final float CELL_PADDING = 3;
    /** Body text on A5; A4 scales everything up. */
    private static final float BODY = 9.5f;

    @Override
    public void write(BookingSlip slip, OutputStream out) {
        boolean a4 = slip.paper() == SlipPaper.A4;
        float scale = a4 ? 1.25f : 1f;
        float margin = a4 ? 56 : 32;
        Document document = new Document(a4 ? PageSize.A4 : PageSize.A5, margin, margin, margin * 0.9f, margin * 0.9f);
        Language language = slip.language();
        ShapedPdf pdf = ShapedPdf.start(document, out, language.rightToLeft());
        TextBlocks blocks = new TextBlocks(pdf.fonts(), language.rightToLeft() ? new RtlLines(pdf.writer(), pdf.fonts()) : null);
        SheetLabels labels = new SheetLabels(language.code(), BUNDLE);
        document.addTitle(labels.get("slip.title"));
        document.addAuthor(slip.clinicName());
        document.open();
        new Layout(document, blocks, labels, slip, scale, document.right() - document.left()).write();
        document.close();
    }

    /** One slip's page, top to bottom. */
    private record Layout(Document doc, TextBlocks blocks, SheetLabels labels, BookingSlip slip, float scale,
                          float width) {
        void write() {
            line(slip.clinicName(), BODY, true, SheetStyle.BRAND, 0);
            if (slip.demo()) {
                line(new SheetLabels(slip.language().code()).get("demo.line"), 8.5f, true, SheetStyle.DEMO, 2);
            }
            line(labels.get("slip.title"), 16, true, SheetStyle.INK, 4);
            line(labels.format("slip.for", slip.personName()), 11, false, SheetStyle.INK, 0);
            doc.add(facts());
            if (slip.mode() == ConsultationMode.IN_PERSON) {
                line(labels.get("slip.arrive"), BODY, true, SheetStyle.INK, 6);
            }
            line(labels.get("slip.bring.title"), 10.5f, true, SheetStyle.BRAND, 6);
            List<String> bring = new ArrayList<>(List.of(labels.get("slip.bring.1"), labels.get("slip.bring.2"),
                    labels.get("slip.bring.3")));
            if (slip.mode() == ConsultationMode.VIDEO) {
                bring.add(labels.get("slip.bring.video"));
            }
            bring.forEach(this::bullet);
            line(labels.get("slip.change.title"), 10.5f, true, SheetStyle.BRAND, 6);
            line(change(), BODY, false, SheetStyle.INK, 0);
            line(labels.format("slip.bookedOn", labels.date(slip.bookedOn())) + " · " + labels.get("slip.footer"), 7.5f,
                    false, SheetStyle.MUTED, 8);
        }

        /** How to cancel or change, from the centre's own phone and WhatsApp numbers. */
        private String change() {
            String phone = phone(slip.centrePhone());
            String whatsapp = phone(slip.centreWhatsapp());
            if (whatsapp.isEmpty() || whatsapp.equals(phone)) {
                return labels.format("slip.change.call", phone.isEmpty() ? whatsapp : phone);
            }
            return phone.isEmpty() ? labels.format("slip.change.call", whatsapp)
                    : labels.format("slip.change.whatsapp", phone, whatsapp);
        }

        private PdfPTable facts() {
            List<String[]> rows = new ArrayList<>();
            Locale locale = slip.language().isEnglish() ? Locale.ENGLISH : slip.language().locale();
            rows.add(new String[] {labels.get("slip.date"), slip.start().format(DateFormats.LONG_DAY.withLocale(locale))});
            String time = slip.start().toLocalTime().format(DateFormats.TIME);
            String duration = labels.format("slip.duration", slip.durationMinutes());
            rows.add(new String[] {labels.get("slip.time"), time + " · " + duration});
            rows.add(new String[] {labels.get("slip.doctor"), slip.clinicianName()});
            rows.add(new String[] {labels.get("slip.centre"), slip.centreName()});
            if (!slip.centreAddress().isEmpty()) {
                rows.add(new String[] {labels.get("slip.address"), slip.centreAddress()});
            }
            if (!slip.centrePhone().isEmpty()) {
                rows.add(new String[] {labels.get("slip.phone"), phone(slip.centrePhone())});
            }
            rows.add(new String[] {labels.get("slip.mode"), labels.get("slip.mode." + slip.mode().name())});
            if (slip.mode() == ConsultationMode.VIDEO) {
                rows.add(new String[] {"", slip.videoLink().isEmpty() ? labels.get("slip.videoLinkLater")
                        : labels.format("slip.videoLink", slip.videoLink())});
            }
            float labelWidth = width * LABEL_SHARE;
            float valueWidth = width - labelWidth;
            boolean rtl = blocks.rightToLeft();
            PdfPTable table = new PdfPTable(rtl ? new float[] {valueWidth, labelWidth} : new float[] {labelWidth, valueWidth});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6 * scale);
            for (String[] row : rows) {
                PdfPCell label = cell(row[0], true, labelWidth);
                PdfPCell value = cell(row[1], false, valueWidth);
                table.addCell(rtl ? value : label);
                table.addCell(rtl ? label : value);
            }
            return table;
        }

        private PdfPCell cell(String text, boolean label, float cellWidth) {
            float size = BODY * scale;
            Phrase phrase = blocks.fonts().phrase(text, size, label, label ? SheetStyle.MUTED : SheetStyle.INK);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(SheetStyle.RULE);
            cell.setPadding(CELL_PADDING);
            cell.setPaddingBottom(CELL_PADDING + 2);
            Paragraph p = blocks.rightToLeft() ? blocks.paragraph(phrase, cellWidth - 2 * CELL_PADDING, size * 1.2f)
                    : new Paragraph(phrase);
            if (!blocks.rightToLeft()) {
                p.setLeading(size * 1.3f);
            }
            p.setAlignment(blocks.align());
            cell.addElement(p);
            return cell;
        }

        private void bullet(String text) {
            float size = BODY * scale;
            Chunk marker = new Chunk("\u2022  ", blocks.fonts().font(size, true, SheetStyle.BRAND));
            Phrase phrase = blocks.fonts().phrase(text, size, false, SheetStyle.INK);
            Paragraph p = blocks.item(marker, phrase, width - 8, size * (blocks.rightToLeft() ? 1.2f : 1.35f));
            if (blocks.rightToLeft()) {
                p.setIndentationRight(8);
            } else {
                // a hanging indent: the lines after the first start under the text, not under the bullet
                float bulletWidth = marker.getWidthPoint();
                p.setIndentationLeft(8 + bulletWidth);
                p.setFirstLineIndent(-bulletWidth);
            }
            p.setSpacingBefore(1);
            doc.add(p);
        }

        private void line(String text, float size, boolean bold, Color color, float spacingBefore) {
            float scaled = size * scale;
            Phrase phrase = blocks.fonts().phrase(text, scaled, bold, color);
            Paragraph p = blocks.rightToLeft() ? blocks.paragraph(phrase, width, scaled * 1.2f) : new Paragraph(phrase);
            if (!blocks.rightToLeft()) {
                p.setLeading(scaled * 1.3f);
            }
            p.setAlignment(blocks.align());
            p.setSpacingBefore(spacingBefore * scale);
            doc.add(p);
        }

        private static String phone(String e164) {
            return e164 == null || e164.isEmpty() ? "" : new PhoneNumber(e164).formatted();
        }
    }
}
