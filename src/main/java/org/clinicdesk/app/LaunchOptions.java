package org.clinicdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the command line asked for. Parsing never exits: bad usage is a {@link UsageException}. */
public record LaunchOptions(boolean help, boolean version, boolean demo, boolean check, Optional<Path> dataDir,
                            Optional<SheetExport> sheetExport) {

    /** {@code --export-sheet SLUG [--language CODE] [--centre NAME] --pdf FILE}. */
    public record SheetExport(String slug, String language, Optional<String> centre, Path pdf) {
    }


    public static final String USAGE = """
            Usage: clinicdesk [options]

              (no options)        open the ClinicDesk window on the data folder
              --data-dir DIR      use DIR as the data folder (also: environment variable CLINICDESK_DATA_DIR)
              --demo              use a separate demo data folder filled with synthetic data, signed in as a demo manager
              --export-sheet SLUG [--language CODE] [--centre NAME] --pdf FILE
                                  write the current approved version of a sheet as a PDF and exit
                                  (language default en, centre default this desk's; 1 = refused, with the reason)
              --check             open and migrate the database without a window, run the full integrity check,
                                  print a summary and exit (0 = healthy, 1 = problem, with the reason)
              --version           print the version and exit
              --help              print this help and exit

            Exit codes: 0 ok, 1 refused or failed (the reason is printed), 2 bad usage.
            """;

    public static LaunchOptions parse(String... args) {
        boolean help = false;
        boolean version = false;
        boolean demo = false;
        boolean check = false;
        Path dataDir = null;
        String exportSlug = null;
        String language = null;
        String centre = null;
        Path pdf = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--demo" -> demo = true;
                case "--check" -> check = true;
                case "--data-dir" -> {
                    if (rest.isEmpty() || rest.getFirst().startsWith("--")) {
                        throw new UsageException("--data-dir needs a folder, for example --data-dir /srv/clinicdesk");
                    }
                    if (dataDir != null) {
                        throw new UsageException("--data-dir was given twice.");
                    }
                    dataDir = Path.of(rest.removeFirst());
                }
                case "--export-sheet" -> exportSlug = value(rest, arg, "a sheet's short name, for example sle");
                case "--language" -> language = value(rest, arg, "a language code, for example en or kn");
                case "--centre" -> centre = value(rest, arg, "a centre's name");
                case "--pdf" -> pdf = Path.of(value(rest, arg, "a file name, for example sle.pdf"));
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        dataDir = Path.of(arg.substring("--data-dir=".length()));
                    } else {
                        throw new UsageException("Unknown option: " + arg);
                    }
                }
            }
        }
        if (exportSlug == null && (language != null || centre != null || pdf != null)) {
            throw new UsageException("--language, --centre and --pdf go with --export-sheet SLUG.");
        }
        if (exportSlug != null && pdf == null) {
            throw new UsageException("--export-sheet needs --pdf FILE, the file to write.");
        }
        Optional<SheetExport> export = exportSlug == null ? Optional.empty()
                : Optional.of(new SheetExport(exportSlug, language == null ? "en" : language, Optional.ofNullable(centre), pdf));
        return new LaunchOptions(help, version, demo, check, Optional.ofNullable(dataDir), export);
    }

    private static String value(List<String> rest, String option, String what) {
        if (rest.isEmpty() || rest.getFirst().startsWith("--")) {
            throw new UsageException(option + " needs " + what + ".");
        }
        return rest.removeFirst();
    }

    /** Bad command-line usage (exit code 2). */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
