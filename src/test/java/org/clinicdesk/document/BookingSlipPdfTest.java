package org.clinicdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.consultation.BookingSlip;
import org.clinicdesk.domain.consultation.ConsultationMode;
import org.clinicdesk.domain.consultation.SlipPaper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The booking slip in every language the desk prints: one page of A5 or A4, the words from the language's labels,
 * the centre's facts, and every run drawn as shaped glyphs (names in the visitor's script included).
 * With {@code -DbookingSlip.dir=...} the slips are also written there, to be looked at.
 */
class BookingSlipPdfTest {
    /** A name in the script of each language (Latin for English), shaped as HarfBuzz shapes it (ShapingLayoutTest). */
    static String nameIn(Language l) {
        return switch (l) {
            case HINDI -> "सीता शर्मा";
            case KANNADA -> "ರಮೇಶ್ ಗೌಡ";
            case TELUGU -> "వెంకట రెడ్డి";
            case URDU -> "فاطمہ قریشی";
            default -> "Lakshmi Narayanan";
        };
    }

    static BookingSlip slip(Language language, SlipPaper paper, ConsultationMode mode, String videoLink) {
        return new BookingSlip(7, 3, language, paper, "Deccan Rheumatology Clinic", nameIn(language),
                LocalDateTime.of(2026, 12, 2, 10, 30), 30, mode, "Dr Kavitha Rao", "Bangalore — Indiranagar",
                "12, 100 Feet Road, Indiranagar, Bengaluru 560038", "+918041234567", "+919845000001", videoLink,
                LocalDate.of(2026, 11, 25), false);
    }

    static byte[] pdf(BookingSlip slip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookingSlipPdf().write(slip, out);
        byte[] bytes = out.toByteArray();
        String dir = System.getProperty("bookingSlip.dir");
        if (dir != null) {
            try {
                Files.write(Path.of(dir, "slip-" + slip.language().code() + "-" + slip.paper() + "-" + slip.mode() + ".pdf"),
                        bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return bytes;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ENGLISH", "HINDI", "KANNADA", "TELUGU", "URDU"})
    void aSlipInEachLanguageIsOnePageOfShapedGlyphsOnA5AndA4(Language language) throws IOException {
        for (SlipPaper paper : SlipPaper.values()) {
            for (ConsultationMode mode : new ConsultationMode[] {ConsultationMode.IN_PERSON, ConsultationMode.VIDEO}) {
                byte[] pdf = pdf(slip(language, paper, mode, mode == ConsultationMode.VIDEO ? "https://meet.example/blr" : ""));
                String what = language + " " + paper + " " + mode;
                ShapingLayoutTest.assertShaped(what, pdf);
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertThat(doc.getNumberOfPages()).as(what).isEqualTo(1);
                    PDRectangle size = doc.getPage(0).getMediaBox();
                    assertThat(Math.round(size.getWidth())).as(what).isEqualTo(paper == SlipPaper.A5 ? 420 : 595);
                }
                SheetLabels labels = new SheetLabels(language.code(), "org.clinicdesk.document.booking-slip");
                String text = text(pdf).replace("\n", " ");
                assertThat(text).as(what).contains(nameIn(language), "Dr Kavitha Rao", "10:30", "2026",
                        "Bangalore — Indiranagar", "+91 80 4123 4567");
                if (!language.rightToLeft()) {
                    // PDFBox re-orders a mixed Urdu line by strict bidi; the Urdu number's drawn order is checked below
                    assertThat(text).as(what).contains("+91 98450 00001");
                }
                for (String key : new String[] {"slip.title", "slip.date", "slip.time", "slip.doctor", "slip.bring.title",
                        "slip.change.title", "slip.mode." + mode.name()}) {
                    assertThat(text).as(what + " " + key).contains(labels.get(key));
                }
                if (mode == ConsultationMode.VIDEO) {
                    assertThat(text).as(what).contains("https://meet.example/blr");
                }
            }
        }
        if (language.rightToLeft()) {
            // inside the right-to-left sentence on changing the booking, the WhatsApp number keeps its groups in order
            assertThat(DrawnGlyphs.of(pdf(slip(language, SlipPaper.A5, ConsultationMode.IN_PERSON, ""))))
                    .filteredOn(r -> r.actualText().contains("98450")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.actualText()).isEqualTo("+91 98450 00001"))
                    .allSatisfy(r -> assertThat(r.glyphs()).isEqualTo(DrawnGlyphs.unshaped(r.font(), r.actualText())));
        }
        // the visitor's own script is drawn reshaped (conjuncts, matras, joined Urdu), not letter by letter
        if (!language.isEnglish()) {
            assertThat(ShapingLayoutTest.reshapedRuns(pdf(slip(language, SlipPaper.A5, ConsultationMode.IN_PERSON, ""))))
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void anEnglishSlipSaysWhenWhereWhatToBringAndHowToChange() throws IOException {
        String text = text(pdf(slip(Language.ENGLISH, SlipPaper.A5, ConsultationMode.IN_PERSON, ""))).replace("\n", " ");
        assertThat(text).contains("Your appointment", "For Lakshmi Narayanan", "Wednesday 2 December 2026",
                "10:30 · 30 minutes", "Dr Kavitha Rao", "12, 100 Feet Road, Indiranagar, Bengaluru 560038",
                "In person, at the centre", "Please come 15 minutes before your time.", "Please bring",
                "Your earlier medical reports", "To cancel or change the time",
                "Please call +91 80 4123 4567 or send a WhatsApp message to +91 98450 00001", "Booked on 25 Nov 2026 · This slip only confirms the booking.",
                "It is not medical advice.");
        assertThat(text).doesNotContain("video link");
    }

    @Test
    void aVideoConsultationWithoutTheCentresLinkSaysTheLinkWillBeSent() throws IOException {
        String text = text(pdf(slip(Language.TELUGU, SlipPaper.A5, ConsultationMode.VIDEO, ""))).replace("\n", " ");
        assertThat(text).contains("వీడియో కాల్", "అపాయింట్మెంట్కు ముందు మేము మీకు వీడియో లింక్ పంపుతాం.")
                .doesNotContain("https://");
    }
}
