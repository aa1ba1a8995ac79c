package org.clinicdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnquiryCsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesUtf8WithHeaderAndKeepsFormulasAsText() throws Exception {
        Path file = dir.resolve("e.csv");
        try (var out = java.nio.file.Files.newOutputStream(file);
             EnquiryCsvWriter writer = new EnquiryCsvWriter(out, ZoneId.of("Asia/Kolkata"))) {
            writer.accept(new EnquirySummary(7, 7L, "ಕಾವ್ಯ ಹೆಗ್ಡೆ", "+919845012345", null, null, "Mysuru", Channel.PHONE,
                    EnquiryStatus.NEW, 1, "Bangalore", LocalDate.of(2026, 11, 27), Instant.parse("2026-11-25T04:30:00Z"),
                    null, 1));
            writer.accept(new EnquirySummary(8, 8L, "=HYPERLINK(\"x\")", null, null, null, null, Channel.WALK_IN,
                    EnquiryStatus.NEW, 1, "Bangalore", null, Instant.parse("2026-11-25T04:30:00Z"), null, 1));
        }
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,person_id,name,phone");
        assertThat(csv).contains("7,7,ಕಾವ್ಯ ಹೆಗ್ಡೆ,+919845012345,,,Mysuru,PHONE,NEW,Bangalore,2026-11-27,2026-11-25 10:00,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
