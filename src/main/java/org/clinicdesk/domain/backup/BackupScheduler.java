package org.clinicdesk.domain.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.clinicdesk.domain.common.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a backup at least once a day while ClinicDesk runs, and one when it closes. Listeners hear every result
 * (on the scheduler's thread: the UI must hop to its own thread).
 */
public final class BackupScheduler implements AutoCloseable {
    static final Duration MAX_AGE = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);

    private final Backups backups;
    private final Clock clock;
    private final Duration checkEvery;
    private final List<Consumer<BackupStatus>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService executor;

    public BackupScheduler(Backups backups, Clock clock, Duration checkEvery) {
        this.backups = backups;
        this.clock = clock;
        this.checkEvery = checkEvery;
    }

    public void addListener(Consumer<BackupStatus> listener) {
        listeners.add(listener);
    }

    /** Starts checking: first a few seconds after start, then every {@code checkEvery}. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clinicdesk-backup");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::backupIfDue, Math.min(10, checkEvery.toSeconds()),
                checkEvery.toSeconds(), TimeUnit.SECONDS);
    }

    /** True when no backup has succeeded in the last 24 hours. */
    public boolean due() {
        Instant last = backups.lastBackupStatus().lastSuccess();
        return last == null || !last.plus(MAX_AGE).isAfter(clock.instant());
    }

    /**
     * Runs the daily check and backup if one is due; never throws (a failure is remembered by {@link Backups}). The
     * full integrity check lives here, not at start: on a large file it takes longer than anyone should wait.
     */
    public void backupIfDue() {
        if (due()) {
            runBackup(backups::checkDataThenBackUp);
        }
    }

    /** The backup taken when ClinicDesk closes. */
    public void backupOnClose() {
        close();
        runBackup(backups::backupNow);
    }

    private void runBackup(Function<Progress, BackupFile> backup) {
        try {
            backup.apply(Progress.NONE);
        } catch (RuntimeException e) {
            LOG.warn("Scheduled backup failed: {}", e.getMessage());
        }
        BackupStatus status = backups.lastBackupStatus();
        listeners.forEach(l -> l.accept(status));
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
