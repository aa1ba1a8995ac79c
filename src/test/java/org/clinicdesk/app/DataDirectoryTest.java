package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/asha");

    @Test
    void followsEachOperatingSystemsConvention() {
        assertThat(DataDirectory.resolve(Optional.empty(), false, Map.of("LOCALAPPDATA", "C:\\Users\\asha\\AppData\\Local"),
                "Windows 11", HOME)).isEqualTo(Path.of("C:\\Users\\asha\\AppData\\Local").resolve("ClinicDesk"));
        assertThat(DataDirectory.resolve(Optional.empty(), false, Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/ClinicDesk"));
        assertThat(DataDirectory.resolve(Optional.empty(), false, Map.of(), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/clinicdesk"));
        assertThat(DataDirectory.resolve(Optional.empty(), false, Map.of("XDG_DATA_HOME", "/data/asha"), "Linux", HOME))
                .isEqualTo(Path.of("/data/asha/clinicdesk"));
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of(DataDirectory.ENV, "/srv/from-env");
        assertThat(DataDirectory.resolve(Optional.of(Path.of("/srv/from-option")), false, env, "Linux", HOME))
                .isEqualTo(Path.of("/srv/from-option"));
        assertThat(DataDirectory.resolve(Optional.empty(), false, env, "Linux", HOME)).isEqualTo(Path.of("/srv/from-env"));
    }

    @Test
    void demoUsesItsOwnFolderUnlessOneIsGiven() {
        assertThat(DataDirectory.resolve(Optional.empty(), true, Map.of(DataDirectory.ENV, "/srv/real"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/clinicdesk-demo"));
        assertThat(DataDirectory.resolve(Optional.of(Path.of("/tmp/demo")), true, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/tmp/demo"));
    }

    @Test
    void preparedFolderIsOwnerOnlyAndHasLogs(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("data");
        DataDirectory.prepare(dir);
        assertThat(dir.resolve("logs")).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }
}
