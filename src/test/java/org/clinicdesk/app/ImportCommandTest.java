package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditEntry;
import org.clinicdesk.domain.audit.AuditFilter;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.enquiry.EnquiryQuery;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --import} as a scheduled job or the person moving in runs it: the command-line actor, the encoding refusal. */
class ImportCommandTest {
    @TempDir
    Path dir;
    private Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void clinic() {
        data = dir.resolve("data");
        try (AppContext context = AppContext.open(data, false, TestDb.CLOCK)) {
            context.clinicService().completeFirstStart("Deccan Rheumatology",
                    Centre.newCentre("Indiranagar", "Bengaluru", "", "", ""));
        }
    }

    private int importFile(Path file) {
        return new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestDb.CLOCK)
                .run(data, false, file, java.util.Optional.empty(), false);
    }

    private int enquiries() {
        return asCommandLine(c -> c.enquiryService().search(EnquiryQuery.ALL, 0, 100).size());
    }

    private <T> T asCommandLine(java.util.function.Function<AppContext, T> read) {
        try (AppContext context = AppContext.open(data, false, TestDb.CLOCK)) {
            context.currentUser().actAsCommandLine();
            return read.apply(context);
        }
    }

    @Test
    void theJobActsAsTheAuditedCommandLineActor() throws Exception {
        Path file = dir.resolve("book.csv");
        Files.writeString(file, "Name,Phone,Channel,Centre,Consent\nAsha Rao,98450 12345,phone,Indiranagar,spoken\n",
                StandardCharsets.UTF_8);

        assertThat(importFile(file)).isZero();

        List<AuditEntry> imports = asCommandLine(c -> c.auditService().find(
                new AuditFilter(null, null, AuditAction.IMPORT, null, null)));
        assertThat(imports).singleElement().satisfies(e -> {
            assertThat(e.staffId()).isNull();
            assertThat(e.byCommandLine()).isTrue();
            assertThat(e.summary()).contains("imported 1 enquiries");
        });
        assertThat(enquiries()).isEqualTo(1);
    }

    @Test
    void aMixedEncodingFileIsRefusedWithItsLineAndByteAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("mixed.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Name,Phone,Channel,Centre,Consent\nمحمد عمران,98480 22222,phone,Indiranagar,spoken\n"
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Sunita,98450 12345,phone,Indiranagar,spoken ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0x96);
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        assertThat(importFile(file)).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mixed.csv", "line 3, byte 45 of that line",
                "CSV UTF-8");
        assertThat(enquiries()).isZero();
    }
}
