package org.clinicdesk.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.store.DatabaseSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code --check}: open and migrate without a window, run the full integrity check, print a summary. */
final class CheckCommand {
    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    CheckCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(Path dataDir, boolean demo) {
        try {
            DataDirectory.prepare(dataDir);
            try (InstanceLock lock = InstanceLock.acquire(dataDir);
                 AppContext context = AppContext.open(dataDir, demo, clock)) {
                context.currentUser().actAsCommandLine();
                if (demo) {
                    DemoSetup.ensureDemoData(context);
                }
                String integrity = context.database().integrityCheck();
                out.println("ClinicDesk " + Version.current());
                out.println("Data file:      " + context.database().file());
                out.println("Schema version: " + context.database().schemaVersion());
                out.println("Integrity:      " + integrity);
                out.println("File size:      " + humanSize(fileSize(context.database().file())));
                out.println("Rows per table:");
                Map<String, Long> counts = DatabaseSummary.rowCounts(context.database());
                counts.forEach((table, n) -> out.printf("  %-22s %,d%n", table, n));
                if (!"ok".equalsIgnoreCase(integrity)) {
                    err.println("The integrity check found problems: " + integrity
                            + ". Restore the newest good backup.");
                    return 1;
                }
                return 0;
            }
        } catch (ClinicDeskException e) {
            LOG.warn("--check refused: {}", e.getMessage());
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            LOG.error("--check failed", e);
            err.println("The check failed: " + e.getMessage());
            return 1;
        }
    }

    private static long fileSize(Path file) {
        try {
            long size = Files.size(file);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.exists(wal) ? size + Files.size(wal) : size;
        } catch (IOException e) {
            return -1;
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
