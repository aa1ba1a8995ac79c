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
import org.clinicdesk.domain.clinic.MedicalCondition;
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
            context.currentUser().actAsCommandLine();
            context.clinicService().saveCentre(Centre.newCentre("Banjara Hills", "Hyderabad", "", "", ""));
            context.clinicService().saveCondition(MedicalCondition.newCondition("Rheumatoid arthritis", "RA, rheumatoid"));
            context.clinicService().saveCondition(MedicalCondition.newCondition("Systemic lupus erythematosus", "SLE, lupus"));
        }
    }

    private int importFile(Path file) {
        return new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestDb.CLOCK)
                .run(data, false, file, java.util.Optional.empty(), false, java.util.Optional.empty(),
                        java.util.Optional.empty());
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

    private int main(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** An enquiry book as a clinic keeps it in Excel: its own headings, a city for the centre, no consent column. */
    private static final String BOOK = String.join("\r\n",
            "Patient Name;Mobile No;Alternate Mobile;Landline;Email ID;Lead Source;Branch;Diagnosis;Remarks;Received On;Favourite colour",
            "José D'Souza;98450 12345;98450 54321;080 2345 6789;jose@example.in;Referral: Dr. Rao;Bangalore;\"RA; lupus\";knee pain;4-Nov-2026;blue",
            "Renée\u200B Fernandes;98480 22222;;;;WhatsApp msg;Hyderabad;Fibromyalgia and RA;;05/11/2026;green",
            "Ravi Kumar;98490 33333;;;;walk in;banjara hills;;;46331;red") + "\r\n";

    @Test
    void aClinicsOwnSpreadsheetImportsFromTheCommandLineWithConsentAndNothingLostOrDoubled() throws Exception {
        Path file = dir.resolve("enquiry-book.csv");
        Files.write(file, BOOK.replace("\u200B", "").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        // a zero-width space survives only in UTF-8, so write the second row's name into a UTF-8 copy too
        Path utf8 = dir.resolve("enquiry-book-utf8.csv");
        Files.writeString(utf8, BOOK, StandardCharsets.UTF_8);

        assertThat(main("--data-dir", data.toString(), "--import", utf8.toString(), "--consent", "spoken",
                "--consent-date", "1/11/2026")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Not imported (no field takes these columns): \"Landline\", \"Favourite colour\"")
                .contains("Not on the conditions list: Fibromyalgia")
                .contains("Imported 3 enquiries; 0 rows refused; 0 already there");

        try (AppContext context = AppContext.open(data, false, TestDb.CLOCK)) {
            var rows = context.database().read(ctx -> ctx.fetch("SELECT e.full_name, e.channel, e.referrer, c.name, "
                    + "e.consent_method, e.consent_given_at, e.created_at, (SELECT count(*) FROM enquiry_condition ec "
                    + "WHERE ec.enquiry_id = e.id) FROM enquiry e JOIN centre c ON c.id = e.centre_id ORDER BY e.id"));
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).intoList()).containsExactly("José D'Souza", "REFERRAL", "Dr. Rao", "Indiranagar",
                    "SPOKEN", rows.get(0).get(5), "2026-11-04T12:00:00.000Z", 2);
            assertThat((String) rows.get(0).get(5)).startsWith("2026-11-01");
            assertThat(rows.get(1).get(0)).isEqualTo("Renée Fernandes"); // the zero-width space is gone
            assertThat(rows.get(1).intoList().subList(1, 4)).containsExactly("WHATSAPP", null, "Banjara Hills");
            assertThat(rows.get(1).get(7)).isEqualTo(1); // RA; Fibromyalgia is reported, not linked
            assertThat(rows.get(2).get(6)).isEqualTo("2026-11-05T12:00:00.000Z"); // Excel serial 46331
            context.currentUser().actAsCommandLine();
            assertThat(context.enquiryService().search(EnquiryQuery.text("Renée Fernandes"), 0, 10)).hasSize(1);
        }

        out.reset();
        // the Windows-1252 copy of the same book (semicolons): every row is already there
        assertThat(main("--data-dir", data.toString(), "--import", file.toString(), "--consent", "spoken")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Windows-1252", "separator ';'")
                .contains("Already there: 3 rows").contains("Imported 0 enquiries; 0 rows refused; 3 already there");
        assertThat(enquiries()).isEqualTo(3);
    }

    @Test
    void withoutConsentTheCommandLineSaysHowToGiveIt() throws Exception {
        Path file = dir.resolve("book.csv");
        Files.writeString(file, BOOK, StandardCharsets.UTF_8);
        assertThat(main("--data-dir", data.toString(), "--import", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("consent");
        assertThat(main("--data-dir", data.toString(), "--import", file.toString(), "--consent", "maybe")).isEqualTo(2);
        assertThat(enquiries()).isZero();
    }

    @Test
    void theLogIsCleanAfterAHostileImport() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            Path file = dir.resolve("hostile.csv");
            Files.writeString(file, "Name,Phone,E-mail,Channel,Centre,Consent\n"
                    + "Meera Iyer,12,meera.iyer@example.in,phone,Indiranagar,spoken\n"
                    + "Farhan Qureshi,98480 77777,not-an-email farhan@x,carrier pigeon,Nowhere Town,spoken\n"
                    + "Sunita Devi,98450 66666,sunita@example.in,phone,Indiranagar,no\n", StandardCharsets.UTF_8);
            Path all = dir.resolve("all.csv");
            Files.copy(file, all);
            assertThat(importFile(file)).isEqualTo(1);
            assertThat(main("--data-dir", data.toString(), "--import", all.toString(), "--all-or-nothing")).isEqualTo(1);
        } finally {
            root.detachAppender(log);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Row 2", "Row 3"); // the person sees the rows
        String logged = String.join("\n", log.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).toList());
        assertThat(logged).contains("--import");
        for (String secret : List.of("Meera", "Iyer", "Farhan", "Qureshi", "Sunita", "77777", "66666", "98480",
                "meera.iyer", "farhan@", "sunita@", "pigeon", "Nowhere")) {
            assertThat(logged).doesNotContain(secret);
        }
    }
}
