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
import java.util.List;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.ExportedEnquiry;
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
            writer.accept(new ExportedEnquiry(Enquiry.builder().id(7).personId(7L).fullName("ಕಾವ್ಯ ಹೆಗ್ಡೆ")
                    .phone("+919845012345").city("Mysuru").channel(Channel.PHONE).status(EnquiryStatus.NEW).centreId(1)
                    .nextFollowUp(LocalDate.of(2026, 11, 27)).createdAt(Instant.parse("2026-11-25T04:30:00Z"))
                    .language(Language.KANNADA).conditionIds(List.of(1L, 2L)).notes("line one\nline two").build(),
                    "Bangalore", List.of("SLE", "Aches and pains"), null));
            writer.accept(new ExportedEnquiry(Enquiry.builder().id(8).personId(8L).fullName("=HYPERLINK(\"x\")")
                    .channel(Channel.WALK_IN).status(EnquiryStatus.NEW).centreId(1)
                    .createdAt(Instant.parse("2026-11-25T04:30:00Z")).build(), "Bangalore", List.of(), null));
        }
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,person_id,name,phone");
        assertThat(csv).contains("7,7,ಕಾವ್ಯ ಹೆಗ್ಡೆ,+919845012345,,,Mysuru,,,Kannada,PHONE,,Bangalore,SLE; Aches and pains,"
                + "\"line one\nline two\",NEW,,2026-11-27,,,,2026-11-25 10:00,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
