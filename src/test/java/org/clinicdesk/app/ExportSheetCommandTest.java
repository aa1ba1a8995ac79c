package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.SHEET_VERSION;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSheetCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void demoExportsAnApprovedSheetWithTheChosenCentreAndDemoMark() throws IOException {
        Path data = dir.resolve("data");
        Path pdf = dir.resolve("msc.pdf");
        int code = run("--data-dir", data.toString(), "--demo", "--export-sheet", "msc-therapy-lupus",
                "--centre", "hyderabad", "--pdf", pdf.toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("Wrote", "version 1");
        assertThat(text(pdf)).contains("Hyderabad — Banjara Hills", "DEMO", "Important: this treatment is investigational",
                "Reviewed by Dr Kavitha Rao", "Page 1 of");

        // a sheet past its next-review date is refused with the reason
        try (Database db = Database.open(data.resolve(Database.FILE_NAME))) {
            db.writeVoid(ctx -> ctx.update(SHEET_VERSION).set(SHEET_VERSION.NEXT_REVIEW, "2020-01-01").execute());
        }
        assertThat(run("--data-dir", data.toString(), "--demo", "--export-sheet", "sle", "--pdf",
                dir.resolve("sle.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("needs review");
        assertThat(dir.resolve("sle.pdf")).doesNotExist();
    }

    @Test
    void aNewDatabaseHasTheBundledSheetsOnlyAsDraftsSoExportIsRefused() {
        Path data = dir.resolve("fresh");
        assertThat(run("--data-dir", data.toString(), "--export-sheet", "sle", "--pdf", dir.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no approved version");
        assertThat(run("--data-dir", data.toString(), "--export-sheet", "nope", "--pdf", dir.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no sheet called nope");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }

    @Test
    void theDatabaseAndItsSideFilesAreNeverAnOutputAndAnExistingFileNeedsForce() throws IOException {
        Path data = dir.resolve("data");
        Path pdf = dir.resolve("sle.pdf");
        assertThat(run("--data-dir", data.toString(), "--demo", "--export-sheet", "sle", "--pdf", pdf.toString()))
                .as(err.toString()).isEqualTo(0);
        Path db = data.resolve(Database.FILE_NAME);
        byte[] before = Files.readAllBytes(db);
        for (String target : new String[] {db.toString(), db + "-wal", db + "-shm", data.resolve("clinicdesk.lock").toString(),
            data.resolve("backups").resolve("x.pdf").toString(), data.resolve("logs").resolve("..").resolve("clinicdesk.db").toString()}) {
            assertThat(run("--data-dir", data.toString(), "--demo", "--export-sheet", "sle", "--pdf", target, "--force"))
                    .as(target).isEqualTo(1);
            assertThat(out.toString()).doesNotContain("Wrote");
            assertThat(err.toString()).contains("ClinicDesk's own data");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (Database opened = Database.open(db)) {
            int sheets = opened.read(ctx -> ctx.fetchCount(SHEET_VERSION));
            assertThat(sheets).isPositive();
        }

        Files.writeString(pdf, "someone's letter");
        assertThat(run("--data-dir", data.toString(), "--demo", "--export-sheet", "sle", "--pdf", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already there", "--force");
        assertThat(Files.readString(pdf)).isEqualTo("someone's letter");
        assertThat(run("--data-dir", data.toString(), "--demo", "--export-sheet", "sle", "--pdf", pdf.toString(), "--force"))
                .isEqualTo(0);
        assertThat(text(pdf)).contains("lupus");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("--force")).isEqualTo(2);
        assertThat(run("--export-sheet", "sle")).isEqualTo(2);
        assertThat(err.toString()).contains("--pdf");
        assertThat(run("--pdf", "x.pdf")).isEqualTo(2);
        assertThat(run("--export-sheet")).isEqualTo(2);
    }
}
