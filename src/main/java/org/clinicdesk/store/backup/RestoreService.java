package org.clinicdesk.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.DatabaseDamagedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of the live database in two steps. {@link #stage} copies the chosen backup beside the live
 * file, checks it (integrity, a ClinicDesk database, not from a newer version) and migrates the copy; it can be
 * cancelled and never touches the live file. {@link #switchTo} runs once every connection to the live file is closed:
 * a safety copy of the live file, then the swap; safety copies past their retention ({@link SafetyCopies}) go.
 */
public final class RestoreService {
    public static final String SAFETY_FOLDER = "restore-safety";
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);
    private static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};

    private final Path liveFile;
    private final Path safetyFolder;
    private final Clock clock;

    public RestoreService(Path liveFile, Clock clock) {
        this.liveFile = liveFile.toAbsolutePath().normalize();
        this.safetyFolder = this.liveFile.resolveSibling(SAFETY_FOLDER);
        this.clock = clock;
    }

    /** The chosen backup, checked and migrated, waiting beside the live file. */
    public record StagedRestore(Path stagedFile, String schemaVersion) {
    }

    public StagedRestore stage(Path chosen, Progress progress) {
        Path source = chosen.toAbsolutePath().normalize();
        if (source.equals(liveFile)) {
            throw new ClinicDeskException(UserMessage.of("backup.error.dataFileClinicdeskUsing"));
        }
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new ClinicDeskException(UserMessage.of("backup.error.readCheckFileName", source));
        }
        Path staged = liveFile.resolveSibling(liveFile.getFileName() + ".restoring");
        try {
            deleteWithSideFiles(staged);
            progress.update(0, 4, "Copying the backup");
            copyOwnerOnly(source, staged);
            progress.checkCancelled();
            progress.update(1, 4, "Checking the backup");
            String integrity = SqliteFileCheck.integrity(staged);
            if (!"ok".equalsIgnoreCase(integrity)) {
                throw new ClinicDeskException(UserMessage.of("backup.error.backupDamagedChooseOlder", source.getFileName(), integrity));
            }
            Optional<String> version = SqliteFileCheck.clinicDeskSchemaVersion(staged);
            if (version.isEmpty()) {
                throw new ClinicDeskException(source.getFileName() + " is not a ClinicDesk backup. Choose a file named "
                        + "like clinicdesk-20261125-180000-000.db. The data in use was not changed.");
            }
            progress.checkCancelled();
            progress.update(2, 4, "Bringing the backup up to this version");
            String migratedTo = migrate(staged, source);
            progress.checkCancelled();
            progress.update(3, 4, "Ready to switch");
            return new StagedRestore(staged, migratedTo);
        } catch (IOException e) {
            deleteQuietly(staged);
            throw new ClinicDeskException(UserMessage.of("backup.error.copyBackupNextData", e.getMessage()), e);
        } catch (RuntimeException e) {
            deleteQuietly(staged);
            throw e;
        }
    }

    private static String migrate(Path staged, Path source) {
        try (Database check = Database.open(staged)) {
            check.checkpoint();
            return check.schemaVersion();
        } catch (DatabaseDamagedException e) {
            throw new ClinicDeskException(e.untrustedSchema()
                    ? UserMessage.of("backup.error.schemaNotOurs", source.getFileName(), e.problems())
                    : UserMessage.of("backup.error.backupDamagedChooseOlder", source.getFileName(), e.problems()), e);
        } catch (ClinicDeskException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClinicDeskException(UserMessage.of("backup.error.backupCouldBroughtUp", source.getFileName(), e.getMessage()), e);
        }
    }

    /**
     * Call only when no connection to the live file is open. Keeps a safety copy of the live file, then replaces it
     * with the staged backup. Returns where the safety copy is.
     */
    public Path switchTo(StagedRestore staged) {
        Path safety;
        try {
            OwnerOnlyFiles.folder(safetyFolder);
            safety = safetyFolder.resolve(SafetyCopies.name(clock.instant()));
            // no connection is open (the caller holds the instance lock), so copying the files is consistent
            if (Files.exists(liveFile)) {
                copyOwnerOnly(liveFile, safety);
                Path wal = side(liveFile, "-wal");
                if (Files.exists(wal)) {
                    copyOwnerOnly(wal, side(safety, "-wal"));
                }
            }
        } catch (IOException e) {
            deleteQuietly(staged.stagedFile());
            throw new ClinicDeskException(UserMessage.of("backup.error.keepSafetyCopyData", e.getMessage(), safetyFolder), e);
        }
        try {
            // a stale WAL left beside the new file would be replayed onto it: remove it before the swap
            for (String suffix : SIDE_FILES) {
                Files.deleteIfExists(side(liveFile, suffix));
            }
            Files.move(staged.stagedFile(), liveFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            for (String suffix : SIDE_FILES) {
                Files.deleteIfExists(side(staged.stagedFile(), suffix));
            }
            OwnerOnlyFiles.restrict(liveFile);
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("backup.error.restoreCouldReplaceData", e.getMessage(), safety), e);
        }
        LOG.info("Restored a backup (schema {}); safety copy {}", staged.schemaVersion(), safety);
        SafetyCopies.prune(safetyFolder, clock.instant());
        return safety;
    }

    /** Puts the safety copy back after a restore that could not be opened. */
    public void putBack(Path safety) {
        try {
            for (String suffix : SIDE_FILES) {
                Files.deleteIfExists(side(liveFile, suffix));
            }
            Files.copy(safety, liveFile, StandardCopyOption.REPLACE_EXISTING);
            Path wal = side(safety, "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, side(liveFile, "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            OwnerOnlyFiles.restrict(liveFile);
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("backup.error.couldPutPreviousData", e.getMessage(), safety, liveFile), e);
        }
    }

    private static void copyOwnerOnly(Path from, Path to) throws IOException {
        Files.deleteIfExists(to);
        OwnerOnlyFiles.emptyFile(to);
        // write into the owner-only file; Files.copy would replace it with one of default permissions
        try (var out = Files.newOutputStream(to, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            Files.copy(from, out);
        }
    }

    private static Path side(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteWithSideFiles(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (String suffix : SIDE_FILES) {
            Files.deleteIfExists(side(file, suffix));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            deleteWithSideFiles(file);
        } catch (IOException ignored) {
            // a left-over staged file is replaced by the next restore
        }
    }
}
