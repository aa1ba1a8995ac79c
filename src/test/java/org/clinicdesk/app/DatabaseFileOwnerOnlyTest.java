package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.clinicdesk.testing.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On Linux and macOS only the owner may read the data folder and the database (with its WAL). */
class DatabaseFileOwnerOnlyTest {
    @Test
    void dataFolderAndDatabaseFilesAreOwnerOnly(@TempDir Path temp) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path data = temp.resolve("data");
        try (AppContext context = AppContext.open(data, false, new SettableClock())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path f = data.resolve("clinicdesk.db" + suffix);
                if (Files.exists(f)) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                            .isEqualTo("rw-------");
                }
            }
            assertThat(data.resolve("clinicdesk.db")).exists();
        }
    }
}
