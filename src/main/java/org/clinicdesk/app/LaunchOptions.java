package org.clinicdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the command line asked for. Parsing never exits: bad usage is a {@link UsageException}. */
public record LaunchOptions(boolean help, boolean version, boolean demo, boolean check, Optional<Path> dataDir) {

    public static final String USAGE = """
            Usage: clinicdesk [options]

              (no options)        open the ClinicDesk window on the data folder
              --data-dir DIR      use DIR as the data folder (also: environment variable CLINICDESK_DATA_DIR)
              --demo              use a separate demo data folder filled with synthetic data, signed in as a demo manager
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
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        dataDir = Path.of(arg.substring("--data-dir=".length()));
                    } else {
                        throw new UsageException("Unknown option: " + arg);
                    }
                }
            }
        }
        return new LaunchOptions(help, version, demo, check, Optional.ofNullable(dataDir));
    }

    /** Bad command-line usage (exit code 2). */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
