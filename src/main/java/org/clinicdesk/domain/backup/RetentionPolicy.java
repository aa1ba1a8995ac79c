package org.clinicdesk.domain.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest of each of the last 7 days with a backup, and of each of the last 4 weeks. A
 * restore's safety copy is kept as long as the weekly backups reach back: 4 weeks.
 */
public final class RetentionPolicy {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final Duration SAFETY_COPY_KEPT = Duration.ofDays(7L * WEEKLY);

    private RetentionPolicy() {
    }

    /** The backups to delete; never the newest one. */
    public static List<BackupFile> toDelete(List<BackupFile> backups, ZoneId zone) {
        List<BackupFile> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        Set<BackupFile> keep = new LinkedHashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (BackupFile b : newestFirst) {
            LocalDate day = LocalDate.ofInstant(b.takenAt(), zone);
            if (days.size() < DAILY && days.add(day)) {
                keep.add(b);
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && weeks.add(week)) {
                keep.add(b);
            }
        }
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }

    /** The restore safety copies older than {@link #SAFETY_COPY_KEPT} at {@code now}. */
    public static List<BackupFile> safetyCopiesToDelete(List<BackupFile> copies, Instant now) {
        Instant cutoff = now.minus(SAFETY_COPY_KEPT);
        return copies.stream().filter(c -> c.takenAt().isBefore(cutoff)).toList();
    }
}
