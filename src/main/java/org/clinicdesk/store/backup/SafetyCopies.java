package org.clinicdesk.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.backup.RetentionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copies of the data a restore keeps before it replaces the file ({@code restore-safety/before-restore-….db}, with
 * their {@code -wal}). They hold personal data as it was, erased people included, so they go when their retention
 * ends, like the backups: at every backup and every restore.
 */
public final class SafetyCopies {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("before-restore-(\\d{8}-\\d{6}-\\d{3})\\.db");
    private static final Logger LOG = LoggerFactory.getLogger(SafetyCopies.class);

    private SafetyCopies() {
    }

    /** The file name of a safety copy taken at {@code at}. */
    static String name(Instant at) {
        return "before-restore-" + STAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + ".db";
    }

    /** The safety copies in {@code folder}, newest first; none when there is no such folder. */
    public static List<BackupFile> listIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    found.add(new BackupFile(f, LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC),
                            Files.size(f)));
                }
            }
        } catch (IOException | DateTimeParseException e) {
            LOG.warn("Could not list the restore safety copies in {}: {}", folder, e.getMessage());
            return List.of();
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return found;
    }

    /** Deletes the safety copies (and their -wal) past their retention at {@code now}; returns how many went. */
    public static int prune(Path folder, Instant now) {
        int deleted = 0;
        for (BackupFile old : RetentionPolicy.safetyCopiesToDelete(listIn(folder), now)) {
            try {
                Files.deleteIfExists(old.file().resolveSibling(old.file().getFileName() + "-wal"));
                Files.deleteIfExists(old.file());
                deleted++;
                LOG.info("Deleted the restore safety copy {}: past its retention", old.file().getFileName());
            } catch (IOException e) {
                LOG.warn("Could not delete the restore safety copy {}: {}", old.file().getFileName(), e.getMessage());
            }
        }
        return deleted;
    }
}
