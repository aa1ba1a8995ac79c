package org.clinicdesk.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;

/**
 * Entry point. Kept apart from the {@link javafx.application.Application} subclass so the jar runs on the class
 * path. Command-line work (--help, --check, ...) never starts the JavaFX toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command-line action and returns its exit code, or -1 once the window has been launched and closed. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(LaunchOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.print(LaunchOptions.USAGE);
            return 0;
        }
        if (options.version()) {
            out.println("ClinicDesk " + Version.current());
            return 0;
        }
        Path dataDir = DataDirectory.resolve(options.dataDir(), options.demo(), System.getenv(),
                System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
        Logging.configure(dataDir);
        if (options.sheetExport().isPresent()) {
            return new ExportSheetCommand(out, err, Clock.systemDefaultZone())
                    .run(dataDir, options.demo(), options.sheetExport().get());
        }
        if (options.reportExport().isPresent()) {
            return new ReportCommand(out, err, Clock.systemDefaultZone())
                    .run(dataDir, options.demo(), options.reportExport().get());
        }
        if (options.check()) {
            return new CheckCommand(out, err, Clock.systemDefaultZone()).run(dataDir, options.demo());
        }
        if (options.backup()) {
            return new BackupCommand(out, err, Clock.systemDefaultZone()).run(dataDir, options.demo(), options.backupDir());
        }
        if (options.restoreFile().isPresent()) {
            return new RestoreCommand(out, err, Clock.systemDefaultZone())
                    .run(dataDir, options.demo(), options.restoreFile().get());
        }
        if (options.importFile().isPresent()) {
            return new ImportCommand(out, err, Clock.systemDefaultZone()).run(dataDir, options.demo(),
                    options.importFile().get(), options.mapping(), options.allOrNothing(), options.consent(),
                    options.consentDate());
        }
        Application.launch(ClinicDeskApp.class, args);
        return -1;
    }
}
