package org.clinicdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.domain.privacy.ConsentNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentNoticePdfTest {
    @Test
    void theNoticeIsRealTextOnOnePage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notice.pdf");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            new ConsentNoticePdf().write(new ConsentNotice("Consent notice — Deccan Rheumatology Clinic",
                "Deccan Rheumatology Clinic", "How we use your contact details",
                "We keep your name and phone number to call you back.\n\n"
                        + "You may withdraw consent at any time — ask at the desk.", "Printed 2026-11-25"), out);
        }

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Deccan Rheumatology Clinic", "We keep your name and phone number",
                    "withdraw consent at any time — ask at the desk", "Printed 2026-11-25");
        }
    }
}
