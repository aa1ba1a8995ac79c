package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program as scripts and support use it: exit codes and what it prints. */
class CommandLineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--data-dir DIR", "--demo", "--check");
        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("ClinicDesk ");
    }

    @Test
    void badUsageExitsTwoWithTheReasonAndTheUsage() {
        assertThat(run("--nonsense")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: --nonsense", "Usage:");
    }

    @Test
    void checkOnANewFolderMigratesAndSummarises() throws IOException {
        assertThat(run("--data-dir", dir.toString(), "--check")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Integrity:      ok", "Schema version:", "enquiry", "File size:");
        Path db = dir.resolve("clinicdesk.db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
    }

    @Test
    void demoCheckBuildsTheDemoDatabaseWithoutAWindow() {
        assertThat(run("--demo", "--data-dir", dir.toString(), "--check")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).containsPattern("enquiry\\s+600");
        assertThat(text).containsPattern("centre\\s+2");
        // the four bundled sheets in five languages, approved by the demo clinician, as the window would show them
        assertThat(text).containsPattern("sheet\\s+4\\b").containsPattern("sheet_version\\s+20\\b")
                .containsPattern("staff_language\\s+5\\b");
    }

    @Test
    void checkReportsADamagedFileWithExitOne() throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("clinicdesk.db"), "this is not a database, it is a shopping list".repeat(200).getBytes());
        assertThat(run("--data-dir", dir.toString(), "--check")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isNotBlank();
    }

    @Test
    void aSecondClinicDeskOnTheSameFolderIsRefusedAndLeavesTheFileAlone() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "--check")).isZero();
        Path db = dir.resolve("clinicdesk.db");
        byte[] before = Files.readAllBytes(db);
        try (InstanceLock held = InstanceLock.acquire(dir)) {
            // another process, as a second start from the desktop would be
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--data-dir", dir.toString(), "--check"));
            Process second = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(output).contains("already running");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
