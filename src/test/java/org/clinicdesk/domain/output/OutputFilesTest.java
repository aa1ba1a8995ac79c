package org.clinicdesk.domain.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    @TempDir
    Path dir;
    private Path data;
    private Path db;
    private Path backups;
    private final List<String> audited = new ArrayList<>();
    private OutputFiles outputs;

    @BeforeEach
    void setUp() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        db = Files.writeString(data.resolve("clinicdesk.db"), "the live data");
        backups = Files.createDirectories(dir.resolve("usb"));
        outputs = new OutputFiles(List.of(db, data.resolve("clinicdesk.db-wal"), data.resolve("clinicdesk.lock")),
                () -> List.of(backups), (action, entity, id, summary) ->
                audited.add(action + " " + summary + " present=" + Files.exists(dir.resolve("out.csv"))));
    }

    private Path write(OutputTarget target, String text) {
        return outputs.write(target, OutputFiles.Contents.PERSONAL_DATA, out -> out.write(text.getBytes(StandardCharsets.UTF_8)),
                new OutputFiles.AuditNote(AuditAction.CSV_EXPORT, "enquiry", null, "rows=1"));
    }

    @Test
    void refusesTheDatabaseItsSideFilesTheLockAndTheBackupFolderHoweverTheyAreNamed() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), db);
        for (Path target : List.of(db, data.resolve("clinicdesk.db-wal"), data.resolve("clinicdesk.lock"),
                data.resolve("sub").resolve("..").resolve("clinicdesk.db"), data.resolve("CLINICDESK.DB"), link,
                backups.resolve("clinicdesk-20261125-180000-000.db"), backups.resolve("notes.pdf"))) {
            assertThatThrownBy(() -> write(OutputTarget.replacing(target), "a PDF"))
                    .as(target.toString()).isInstanceOf(OutputRefusedException.class)
                    .hasMessageContaining("ClinicDesk's own data");
        }
        assertThat(Files.readString(db)).isEqualTo("the live data");
        assertThat(audited).isEmpty();
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenThePersonAgreed() throws IOException {
        Path file = Files.writeString(dir.resolve("out.csv"), "someone else's file");
        assertThatThrownBy(() -> write(OutputTarget.newFile(file), "export"))
                .isInstanceOfSatisfying(OutputRefusedException.class, e -> assertThat(e.becauseItExists()).isTrue());
        assertThat(Files.readString(file)).isEqualTo("someone else's file");
        assertThat(outputs.exists(file)).isTrue();

        write(OutputTarget.replacing(file), "export");
        assertThat(Files.readString(file)).isEqualTo("export");
    }

    @Test
    void aFailedWriteLeavesNoFileNoPartAndNoAuditEntry() throws IOException {
        Path file = dir.resolve("out.csv");
        assertThatThrownBy(() -> outputs.write(OutputTarget.newFile(file), OutputFiles.Contents.PERSONAL_DATA, out -> {
            out.write("half a row".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }, new OutputFiles.AuditNote(AuditAction.CSV_EXPORT, "enquiry", null, "rows=1")))
                .isInstanceOf(ClinicDeskException.class).hasMessageContaining("disk full").hasMessageContaining("Nothing was written");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "usb");
        }
        assertThat(audited).isEmpty();
    }

    @Test
    void personalDataIsOwnerOnlyAndAuditedOnceTheFileIsInPlace() throws IOException {
        Path file = Files.writeString(dir.resolve("out.csv"), "old");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        write(OutputTarget.replacing(file), "name,phone");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(audited).containsExactly("CSV_EXPORT rows=1 present=true");
    }

    @Test
    void aFolderIsNotAFile() {
        assertThatThrownBy(() -> write(OutputTarget.replacing(dir), "x")).isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining("is a folder");
    }
}
