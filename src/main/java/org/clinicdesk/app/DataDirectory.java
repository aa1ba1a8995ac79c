package org.clinicdesk.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** Where ClinicDesk keeps its data: the OS convention, or --data-dir, or CLINICDESK_DATA_DIR. */
public final class DataDirectory {
    public static final String ENV = "CLINICDESK_DATA_DIR";

    private DataDirectory() {
    }

    /** --data-dir wins, then the environment variable, then the OS default (a separate one for --demo). */
    public static Path resolve(Optional<Path> option, boolean demo, Map<String, String> env, String osName, Path home) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank() && !demo) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        Path base = defaultDirectory(env, osName, home);
        return demo ? base.resolveSibling(base.getFileName() + "-demo") : base;
    }

    static Path defaultDirectory(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("ClinicDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ClinicDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("clinicdesk");
    }

    /** Creates the folder (and logs/) if needed; on Linux and macOS only the owner may read it. */
    public static void prepare(Path dir) {
        try {
            Files.createDirectories(dir.resolve("logs"));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("app.error.createDataFolderChoose", dir, e.getMessage()), e);
        }
        if (!Files.isWritable(dir)) {
            throw new ClinicDeskException(UserMessage.of("app.error.dataFolderReadOnly", dir));
        }
    }

    /** Makes the database file (and its WAL and shared-memory files) readable by the owner only. */
    public static void restrictFile(Path file) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(f)) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (IOException e) {
                throw new ClinicDeskException(UserMessage.of("app.error.restrictAccess", f, e.getMessage()), e);
            }
        }
    }
}
