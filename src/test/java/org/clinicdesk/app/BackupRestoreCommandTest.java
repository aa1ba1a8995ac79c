package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.clinicdesk.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void backupThenRestoreFromTheCommandLine() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "--backup")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backup written").contains("integrity ok");
        Path backup;
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }

        Path usb = dir.resolve("usb");
        assertThat(run("--data-dir", data.toString(), "--backup", usb.toString())).isEqualTo(0);
        try (Stream<Path> files = Files.list(usb)) {
            assertThat(files.filter(f -> f.toString().endsWith(".db")).count()).isEqualTo(1);
        }

        assertThat(run("--data-dir", data.toString(), "--restore", backup.toString())).as(err()).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Restored").contains("restore-safety");
        assertThat(data.resolve("restore-safety")).isDirectory();
        assertThat(run("--data-dir", data.toString(), "--check")).isEqualTo(0);
    }

    @Test
    void restoreFromAMissingOrForeignFileIsRefusedWithTheReason() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "--restore", dir.resolve("nope.db").toString())).isEqualTo(1);
        assertThat(err()).contains("Cannot read").contains("nope.db");

        Path csv = dir.resolve("enquiries.csv");
        Files.writeString(csv, "name,phone\nAsha,9845012345\n");
        assertThat(run("--data-dir", data.toString(), "--restore", csv.toString())).isEqualTo(1);
        assertThat(err()).contains("enquiries.csv").contains("not changed");
    }

    @Test
    void restoreWorksWhenTheCurrentDataFileIsDamaged() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "--backup")).isEqualTo(0);
        Path backup;
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        Path live = data.resolve(Database.FILE_NAME);
        byte[] bytes = Files.readAllBytes(live);
        for (int i = 100; i < bytes.length; i += 7) {
            bytes[i] = 0x33;
        }
        Files.write(live, bytes);
        assertThat(run("--data-dir", data.toString(), "--check")).isEqualTo(1);

        assertThat(run("--data-dir", data.toString(), "--restore", backup.toString())).as(err()).isEqualTo(0);
        assertThat(run("--data-dir", data.toString(), "--check")).isEqualTo(0);
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("--restore")).isEqualTo(2);
        assertThat(err()).contains("--restore needs a backup file");
        assertThat(run("--backup", "--check")).isEqualTo(2);
        assertThat(run("--mapping", "old sheet")).isEqualTo(2);
        assertThat(run("--import")).isEqualTo(2);
    }

    @Test
    void parsesTheNewOptions() {
        LaunchOptions o = LaunchOptions.parse("--import", "a.csv", "--mapping", "Old sheet", "--all-or-nothing");
        assertThat(o.importFile()).contains(Path.of("a.csv"));
        assertThat(o.mapping()).contains("Old sheet");
        assertThat(o.allOrNothing()).isTrue();
        assertThat(LaunchOptions.parse("--backup").backupDir()).isEmpty();
        assertThat(LaunchOptions.parse("--backup", "/media/usb", "--demo").backupDir()).contains(Path.of("/media/usb"));
        assertThat(LaunchOptions.USAGE).contains("--backup [DIR]", "--restore FILE", "--import FILE.csv",
                "--mapping NAME", "--all-or-nothing");
    }
}
