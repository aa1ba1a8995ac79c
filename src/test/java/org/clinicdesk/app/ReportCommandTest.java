package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.ReportSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report}: the screen's figures as CSV from the command line, with the usual exit codes. */
class ReportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheSheetsReportForOneCentreAsCsv() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext context = AppContext.open(data, false, java.time.Clock.systemUTC())) {
            context.clinicService().completeFirstStart("Deccan Rheumatology Clinic",
                    org.clinicdesk.domain.clinic.Centre.newCentre("Bangalore", "Bengaluru", "", "", ""));
            ReportSeed.seed(context.database());
        }
        Path csv = dir.resolve("sheets.csv");
        int code = run("--data-dir", data.toString(), "--report", "sheets", "--from", "2026-11-01", "--to",
                "2026-11-30", "--centre", "hyderabad", "--csv", csv.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote", "Information sheets, 1 Nov 2026 to 30 Nov 2026, Hyderabad");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).endsWith("report,from,to,centre,table,group,subgroup,measure,value");
        assertThat(lines).contains("sheets,2026-11-01,2026-11-30,Hyderabad,\"Sheets handed out, by language\","
                + "Kannada,,Handed out,1");
        try (Database db = Database.open(data.resolve(Database.FILE_NAME))) {
            String summary = db.read(ctx -> String.valueOf(ctx.fetchValue(
                    "SELECT summary FROM audit_event WHERE action = 'CSV_EXPORT' ORDER BY id DESC LIMIT 1")));
            assertThat(summary).contains("report sheets 2026-11-01 to 2026-11-30");
        }
    }

    @Test
    void badNamesAndDatesAreRefusedWithTheReason() {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "--report", "money", "--from", "2026-11-01", "--to",
                "2026-11-30", "--csv", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("enquiries, funnel, consultations, follow-ups, sheets");
        assertThat(run("--report", "funnel", "--from", "2026-11-01", "--csv", "x.csv")).isEqualTo(2);
        assertThat(run("--data-dir", data.toString(), "--report", "funnel", "--from", "2026-11-31", "--to",
                "2026-12-01", "--csv", dir.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot read the date 2026-11-31");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--report NAME");
    }

    @Test
    void theReportNeverLandsOnTheDatabaseAndReplacesAFileOnlyWithForce() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext context = AppContext.open(data, false, java.time.Clock.systemUTC())) {
            context.clinicService().completeFirstStart("Deccan Rheumatology Clinic",
                    org.clinicdesk.domain.clinic.Centre.newCentre("Bangalore", "Bengaluru", "", "", ""));
        }
        Path database = data.resolve(Database.FILE_NAME);
        byte[] before = Files.readAllBytes(database);
        for (String own : List.of(Database.FILE_NAME, Database.FILE_NAME + "-wal")) {
            assertThat(run("--data-dir", data.toString(), "--report", "funnel", "--from", "2026-11-01", "--to",
                    "2026-11-30", "--csv", data.resolve(own).toString(), "--force")).as(own).isEqualTo(1);
            assertThat(err.toString()).contains("ClinicDesk's own data");
        }
        assertThat(Files.readAllBytes(database)).isEqualTo(before);

        Path csv = dir.resolve("funnel.csv");
        Files.writeString(csv, "keep me");
        assertThat(run("--data-dir", data.toString(), "--report", "funnel", "--from", "2026-11-01", "--to",
                "2026-11-30", "--csv", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already there", "--force");
        assertThat(Files.readString(csv)).isEqualTo("keep me");
        assertThat(run("--data-dir", data.toString(), "--report", "funnel", "--from", "2026-11-01", "--to",
                "2026-11-30", "--csv", csv.toString(), "--force")).as(err.toString()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("report,from,to");
    }
}
