package org.clinicdesk.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --restore FILE}: the same checks as the Restore button. The data file is never opened before the switch,
 * so this also works when the current file is too damaged to open. Audited as the command-line actor.
 */
final class RestoreCommand {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreCommand.class);
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    RestoreCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(Path dataDir, boolean demo, Path backupFile) {
        Progress steps = new Progress() {
            @Override
            public void update(long done, long total, String step) {
                out.println("[" + done + "/" + total + "] " + step);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        try {
            DataDirectory.prepare(dataDir);
            try (InstanceLock lock = InstanceLock.acquire(dataDir);
                 AppContext context = AppContext.restoreWithoutOpening(dataDir, demo, clock, backupFile, steps, true)) {
                out.println("Restored " + backupFile + " into " + context.database().file()
                        + " (schema version " + context.database().schemaVersion() + ").");
                out.println("The data as it was before is kept in " + dataDir.resolve("restore-safety") + ".");
                out.println(context.restoreReport().erasures().english());
                return 0;
            }
        } catch (ClinicDeskException e) {
            LOG.warn("--restore refused: {}", e.getMessage());
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            LOG.error("--restore failed", e);
            err.println("The restore failed: " + e.getMessage());
            return 1;
        }
    }
}
