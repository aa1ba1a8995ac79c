package org.clinicdesk.store.backup;

import static org.clinicdesk.store.jooq.Tables.SETTING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.backup.BackupStatus;
import org.clinicdesk.domain.backup.Backups;
import org.clinicdesk.domain.backup.RetentionPolicy;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consistent copies of the live database with {@code VACUUM INTO} (never a plain file copy of a live WAL database),
 * each checked with {@code PRAGMA integrity_check} before older ones are pruned (7 daily, 4 weekly), and the restore
 * safety copies past their retention with them.
 */
public final class BackupService implements Backups {
    public static final String FOLDER_SETTING = "backup.folder";
    static final String SUCCESS_AT = "backup.last_success_at";
    static final String SUCCESS_FILE = "backup.last_success_file";
    static final String FAILURE_AT = "backup.last_failure_at";
    static final String FAILURE_MESSAGE = "backup.last_failure_message";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("clinicdesk-(\\d{8}-\\d{6}-\\d{3})(-\\d+)?\\.db");

    private final Database db;
    private final Path defaultFolder;
    private final Path safetyFolder;
    private final Clock clock;
    /** A failure that could not be written to the database (disk full) is still reported. */
    private volatile BackupStatus unsavedFailure;

    public BackupService(Database db, Path dataDir, Clock clock) {
        this.db = db;
        this.defaultFolder = dataDir.resolve("backups");
        this.safetyFolder = dataDir.resolve(RestoreService.SAFETY_FOLDER);
        this.clock = clock;
    }

    @Override
    public synchronized BackupFile backupNow(Progress progress) {
        Path folder = folder();
        try {
            BackupFile made = copyInto(folder, progress);
            prune(folder);
            SafetyCopies.prune(safetyFolder, clock.instant());
            String at = Timestamps.format(made.takenAt());
            db.writeVoid(ctx -> {
                put(ctx, SUCCESS_AT, at);
                put(ctx, SUCCESS_FILE, made.file().toString());
                ctx.deleteFrom(SETTING).where(SETTING.KEY.in(FAILURE_AT, FAILURE_MESSAGE)).execute();
            });
            unsavedFailure = null;
            LOG.info("Backup written: {}", made.file());
            return made;
        } catch (RuntimeException e) {
            rememberFailure(e);
            throw e;
        }
    }

    @Override
    public synchronized BackupFile checkDataThenBackUp(Progress progress) {
        progress.update(0, 3, "Checking the data file");
        long start = System.nanoTime();
        String integrity = db.integrityCheck();
        LOG.info("Full integrity check of the data file: {} in {} ms", "ok".equalsIgnoreCase(integrity) ? "ok" : "problems",
                (System.nanoTime() - start) / 1_000_000);
        if (!"ok".equalsIgnoreCase(integrity)) {
            ClinicDeskException damaged = new ClinicDeskException(
                    UserMessage.of("backup.error.dataFileFailedCheck", integrity));
            rememberFailure(damaged);
            throw damaged;
        }
        return backupNow(progress);
    }

    @Override
    public synchronized BackupFile backupTo(Path folder, Progress progress) {
        Path target = folder.toAbsolutePath().normalize();
        BackupFile made = copyInto(target, progress);
        if (target.equals(folder().toAbsolutePath().normalize())) {
            prune(target);
        }
        return made;
    }

    private BackupFile copyInto(Path folder, Progress progress) {
        progress.update(0, 3, "Copying the database");
        Instant now = clock.instant();
        Path target;
        Path part;
        try {
            OwnerOnlyFiles.folder(folder);
            target = freeName(folder, now);
            part = target.resolveSibling(target.getFileName() + ".part");
            Files.deleteIfExists(part);
            OwnerOnlyFiles.emptyFile(part);
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("backup.error.writeBackupFolderCheck", folder, e.getMessage()), e);
        }
        try {
            db.read(ctx -> ctx.execute("VACUUM INTO ?", part.toString()));
            progress.update(1, 3, "Checking the copy");
            String integrity = SqliteFileCheck.integrity(part);
            if (!"ok".equalsIgnoreCase(integrity)) {
                throw new ClinicDeskException(UserMessage.of("backup.error.backupCopyFailedCheck", integrity));
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            progress.update(3, 3, "Backup written");
            return new BackupFile(target, now, Files.size(target));
        } catch (IOException | org.jooq.exception.DataAccessException e) {
            throw new ClinicDeskException(failureText(folder, e), e);
        } finally {
            deleteQuietly(part);
        }
    }

    private static String failureText(Path folder, Exception e) {
        String text = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        if (text.contains("SQLITE_FULL") || text.contains("NO SPACE")) {
            return "The backup folder " + folder + " is full. Free some space or choose another folder in Settings; "
                    + "the older backups were kept.";
        }
        return "The backup to " + folder + " failed (" + e.getMessage() + "). Check that the drive is connected "
                + "and writable; the older backups were kept.";
    }

    private Path freeName(Path folder, Instant now) {
        String stamp = NAME_TIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        Path candidate = folder.resolve("clinicdesk-" + stamp + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve("clinicdesk-" + stamp + "-" + n + ".db");
        }
        return candidate;
    }

    private void prune(Path folder) {
        for (BackupFile old : RetentionPolicy.toDelete(listIn(folder), clock.getZone())) {
            try {
                Files.deleteIfExists(old.file());
                LOG.info("Pruned old backup {}", old.file());
            } catch (IOException e) {
                LOG.warn("Could not prune {}: {}", old.file(), e.getMessage());
            }
        }
    }

    private void rememberFailure(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Instant now = clock.instant();
        BackupStatus saved = readStatus();
        unsavedFailure = new BackupStatus(saved.lastSuccess(), saved.lastSuccessFile(), now, message);
        try {
            db.writeVoid(ctx -> {
                put(ctx, FAILURE_AT, Timestamps.format(now));
                put(ctx, FAILURE_MESSAGE, message);
            });
        } catch (RuntimeException again) {
            LOG.warn("Could not record the backup failure in the database: {}", again.getMessage());
        }
        LOG.warn("Backup failed: {}", message);
    }

    @Override
    public BackupStatus lastBackupStatus() {
        BackupStatus saved = readStatus();
        BackupStatus memory = unsavedFailure;
        if (memory != null && (saved.lastFailure() == null || memory.lastFailure().isAfter(saved.lastFailure()))) {
            return memory;
        }
        return saved;
    }

    private BackupStatus readStatus() {
        Map<String, String> values = db.read(ctx -> ctx.selectFrom(SETTING).where(SETTING.KEY.like("backup.%")).fetch()
                .stream().collect(Collectors.toMap(r -> r.getKey(), r -> r.getValue())));
        return new BackupStatus(Timestamps.parse(values.get(SUCCESS_AT)), values.get(SUCCESS_FILE),
                Timestamps.parse(values.get(FAILURE_AT)), values.get(FAILURE_MESSAGE));
    }

    @Override
    public List<BackupFile> list() {
        return listIn(folder());
    }

    /** Backups in any folder, newest first (files named like ClinicDesk backups). */
    public static List<BackupFile> listIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    Instant at = LocalDateTime.parse(m.group(1), NAME_TIME).toInstant(ZoneOffset.UTC);
                    found.add(new BackupFile(f, at, Files.size(f)));
                }
            }
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("backup.error.readBackupFolder", folder, e.getMessage()), e);
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return found;
    }

    @Override
    public Path folder() {
        Optional<String> chosen = db.read(ctx -> ctx.select(SETTING.VALUE).from(SETTING)
                .where(SETTING.KEY.eq(FOLDER_SETTING)).fetchOptional(SETTING.VALUE));
        return chosen.filter(s -> !s.isBlank()).map(Path::of).orElse(defaultFolder);
    }

    @Override
    public void setFolder(Path folder) {
        if (folder == null) {
            db.writeVoid(ctx -> ctx.deleteFrom(SETTING).where(SETTING.KEY.eq(FOLDER_SETTING)).execute());
            return;
        }
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            OwnerOnlyFiles.folder(absolute);
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("backup.error.useBackupsCheckDrive", absolute, e.getMessage()), e);
        }
        if (!Files.isWritable(absolute)) {
            throw new ClinicDeskException(UserMessage.of("backup.error.folderReadOnlyChoose", absolute));
        }
        db.writeVoid(ctx -> put(ctx, FOLDER_SETTING, absolute.toString()));
    }

    private static void put(org.jooq.DSLContext ctx, String key, String value) {
        ctx.insertInto(SETTING).set(SETTING.KEY, key).set(SETTING.VALUE, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value).execute();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over .part file is ignored by list() and replaced next time
        }
    }
}
