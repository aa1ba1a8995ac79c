package org.clinicdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.document.csv.CsvWriting;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.store.DamagedFileReader;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.PendingAuditFile;
import org.clinicdesk.store.backup.BackupService;
import org.clinicdesk.store.backup.SqliteFileCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What start-up offers when the data file is damaged: restore the newest good backup, or export what can be read. */
final class DamagedFileRescue {
    private static final Logger LOG = LoggerFactory.getLogger(DamagedFileRescue.class);
    private final Path dataDir;
    private final Clock clock;

    DamagedFileRescue(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    private Path liveFile() {
        return dataDir.resolve(Database.FILE_NAME);
    }

    /** The newest backup that passes the integrity check, in the default folder or the one set in Settings. */
    Optional<BackupFile> newestGoodBackup() {
        List<BackupFile> candidates = new ArrayList<>(BackupService.listIn(dataDir.resolve("backups")));
        DamagedFileReader.backupFolder(liveFile()).ifPresent(folder -> candidates.addAll(BackupService.listIn(folder)));
        candidates.sort((a, b) -> b.takenAt().compareTo(a.takenAt()));
        for (BackupFile b : candidates) {
            if ("ok".equalsIgnoreCase(SqliteFileCheck.integrity(b.file()))
                    && SqliteFileCheck.clinicDeskSchemaVersion(b.file()).isPresent()) {
                return Optional.of(b);
            }
            LOG.warn("Skipping backup {}: it fails its check", b.file());
        }
        return Optional.empty();
    }

    /** Restores the newest good backup (a safety copy of the damaged file is kept) and opens it. */
    AppContext restoreNewest(boolean demo) {
        BackupFile newest = newestGoodBackup().orElseThrow(() -> new ClinicDeskException(
                UserMessage.of("app.error.noGoodBackup", dataDir.resolve("backups"))));
        LOG.info("Restoring the newest good backup {} over a damaged data file", newest.file());
        return AppContext.restoreWithoutOpening(dataDir, demo, clock, newest.file(), Progress.NONE);
    }

    /**
     * Writes the enquiries that can still be read to {@code csv} (never onto the data or the backups; owner-only);
     * returns how many. The damaged file must not be written to, so the audit entry (a count) waits in the data
     * folder and goes into the audit log of the next database that opens there: the restored one, or a repaired one.
     */
    int exportReadable(OutputTarget csv) {
        try {
            CsvTable enquiries = DamagedFileReader.enquiries(liveFile());
            OutputFiles outputs = DataFolderOutputs.of(dataDir,
                    () -> DamagedFileReader.backupFolder(liveFile()).orElse(null), null);
            outputs.write(csv, OutputFiles.Contents.PERSONAL_DATA, out -> new CsvWriting().write(enquiries, out));
            new PendingAuditFile(dataDir).add(clock.instant(), AuditAction.CSV_EXPORT, "enquiry", "damaged-file rescue: "
                    + "exported " + enquiries.rows().size() + " readable enquiries from the damaged data file to a CSV file");
            LOG.info("Rescue: exported {} readable enquiries from the damaged data file", enquiries.rows().size());
            return enquiries.rows().size();
        } catch (ClinicDeskException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClinicDeskException(UserMessage.of("app.error.damagedFileCouldRead", e.getMessage()), e);
        }
    }
}
