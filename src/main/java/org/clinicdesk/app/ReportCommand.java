package org.clinicdesk.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.report.DateRange;
import org.clinicdesk.domain.report.Report;
import org.clinicdesk.domain.report.ReportKind;
import org.clinicdesk.domain.report.ReportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --report NAME --from YYYY-MM-DD --to YYYY-MM-DD [--centre NAME] --csv FILE}: the same figures as the Reports
 * screen, as CSV, for a manager's scheduled mail or a spreadsheet. Runs as the audited command-line actor.
 */
final class ReportCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    ReportCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(Path dataDir, boolean demo, LaunchOptions.ReportExport export) {
        try {
            DateRange range = DateRange.parse(export.from(), export.to());
            DataDirectory.prepare(dataDir);
            try (InstanceLock lock = InstanceLock.acquire(dataDir);
                 AppContext context = AppContext.open(dataDir, demo, clock)) {
                if (demo) {
                    DemoSetup.ensureDemoData(context);
                }
                context.currentUser().actAsCommandLine();
                ReportService reports = context.reportService();
                Centre centre = export.centre().isEmpty() ? null : ExportSheetCommand.centre(context, export.centre());
                Report report = reports.run(export.kind(), range, centre);
                Path file = reports.exportCsv(report, new OutputTarget(export.csv(), export.force()));
                out.println("Wrote " + file + ": " + report.title().english() + ", " + report.scope().english()
                        + (report.empty() ? " (nothing in this range)." : "."));
                return 0;
            }
        } catch (ClinicDeskException e) {
            LOG.warn("--report refused: {}", e.getMessage());
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            LOG.error("--report failed", e);
            err.println("The report failed: " + e.getMessage());
            return 1;
        }
    }

    /** The names {@code --report} takes, for --help and for a name it does not know. */
    static String names() {
        return String.join(", ", java.util.Arrays.stream(ReportKind.values()).map(ReportKind::commandName).toList());
    }

    static Optional<ReportKind> kind(String name) {
        return ReportKind.byCommandName(name);
    }
}
