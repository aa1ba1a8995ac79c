package org.clinicdesk.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code --backup [DIR]}: the same checked backup as the Backup now button, for cron or Task Scheduler. */
final class BackupCommand {
    private static final Logger LOG = LoggerFactory.getLogger(BackupCommand.class);
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    BackupCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(Path dataDir, boolean demo, Optional<Path> folder) {
        try {
            DataDirectory.prepare(dataDir);
            try (InstanceLock lock = InstanceLock.acquire(dataDir);
                 AppContext context = AppContext.open(dataDir, demo, clock)) {
                context.currentUser().actAsCommandLine();
                BackupFile made = folder.isPresent()
                        ? context.backups().backupTo(folder.get(), Progress.NONE)
                        : context.backups().backupNow(Progress.NONE);
                context.auditLog().record(AuditAction.BACKUP, "database", null, "backup from the command line");
                out.println("Backup written: " + made.file() + " (" + CheckCommand.humanSize(made.sizeBytes())
                        + ", integrity ok)");
                return 0;
            }
        } catch (ClinicDeskException e) {
            LOG.warn("--backup refused: {}", e.getMessage());
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            LOG.error("--backup failed", e);
            err.println("The backup failed: " + e.getMessage());
            return 1;
        }
    }
}
