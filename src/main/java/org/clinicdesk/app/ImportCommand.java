package org.clinicdesk.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.transfer.ColumnMapping;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.domain.transfer.ImportCheck;
import org.clinicdesk.domain.transfer.ImportResult;
import org.clinicdesk.domain.transfer.ImportService;
import org.clinicdesk.domain.transfer.RowProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --import FILE.csv [--mapping NAME] [--all-or-nothing] [--consent HOW [--consent-date DATE]]}: the same
 * checks and report as the import wizard, acting as the audited command-line actor. Exit 1 when any row was refused
 * (the valid ones are imported unless all-or-nothing), so a scheduled job notices. The report (cell values included,
 * so reception can find the row) goes to the console only; the log gets counts and message keys, never a cell.
 */
final class ImportCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);
    private static final int REPORT_LIMIT = 200;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    ImportCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(Path dataDir, boolean demo, Path file, Optional<String> mappingName, boolean allOrNothing,
            Optional<String> consent, Optional<LocalDate> consentDate) {
        try {
            DataDirectory.prepare(dataDir);
            try (InstanceLock lock = InstanceLock.acquire(dataDir);
                 AppContext context = AppContext.open(dataDir, demo, clock)) {
                context.currentUser().actAsCommandLine();
                ImportService imports = context.importService();
                CsvTable table = CsvReading.read(file);
                out.println(file.getFileName() + ": " + table.rows().size() + " rows, " + table.encoding() + ", separator "
                        + (table.delimiter() == '\t' ? "tab" : "'" + table.delimiter() + "'"));
                ColumnMapping mapping = mappingName.isPresent()
                        ? imports.mapping(mappingName.get()).orElseThrow(() -> new ClinicDeskException(UserMessage.of("app.error.thereSavedMappingCalled", mappingName.get(), imports.mappingNames())))
                        : ColumnMapping.guess("", table.headers());
                if (consent.isPresent()) {
                    mapping = mapping.withConsentForAll(consent.get(), consentDate.orElse(null));
                }
                ImportCheck check = imports.check(table, mapping, Progress.NONE);
                report(check);
                ImportResult result = imports.importChecked(check, allOrNothing, Progress.NONE);
                out.println("Imported " + result.imported() + " enquiries; " + result.rejected() + " rows refused; "
                        + check.alreadyThere().size() + " already there (skipped).");
                LOG.info("--import: {} imported, {} refused, {} already there, {} columns not imported",
                        result.imported(), result.rejected(), check.alreadyThere().size(), check.notImported().size());
                return result.rejected() == 0 ? 0 : 1;
            }
        } catch (ClinicDeskException e) {
            // the English text may quote a cell (a phone, a name): the log gets the message key only
            LOG.warn("--import refused: {}", e.userMessage().map(UserMessage::key).orElse(e.getClass().getSimpleName()));
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            LOG.error("--import failed: {}", e.getClass().getName());
            err.println("The import failed, nothing was imported: " + e.getMessage());
            return 1;
        }
    }

    private void report(ImportCheck check) {
        if (!check.notImported().isEmpty()) {
            out.println("Not imported (no field takes these columns): " + String.join(", ", check.notImported().stream()
                    .map(h -> "\"" + h + "\"").toList()) + ". Map them with a saved mapping to import them.");
        }
        if (!check.alreadyThere().isEmpty()) {
            out.println("Already there: " + check.alreadyThere().size() + " rows match an enquiry with the same name, "
                    + "phone and date, and are skipped (rows " + rows(check.alreadyThere()) + ").");
        }
        if (!check.unknownConditions().isEmpty()) {
            out.println("Not on the conditions list: " + String.join(", ", check.unknownConditions())
                    + ". A manager can add them in Settings → Conditions and import again.");
        }
        int shown = 0;
        for (RowProblem p : check.problems()) {
            if (shown++ < REPORT_LIMIT) {
                err.println("Refused: " + p);
            }
        }
        for (RowProblem w : check.warnings()) {
            if (shown++ < REPORT_LIMIT) {
                out.println("Check: " + w);
            }
        }
        if (shown > REPORT_LIMIT) {
            out.println("... and " + (shown - REPORT_LIMIT) + " more lines; fix the rows above and import again.");
        }
    }

    private static String rows(java.util.List<Integer> rows) {
        String listed = String.join(", ", rows.stream().limit(20).map(String::valueOf).toList());
        return rows.size() > 20 ? listed + ", …" : listed;
    }
}
