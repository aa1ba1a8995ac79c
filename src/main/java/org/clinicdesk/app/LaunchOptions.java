package org.clinicdesk.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.common.UserMessage;

/**
 * What the command line asked for. Parsing never exits: bad usage is a {@link UsageException}.
 *
 * @param backup      --backup was given; {@code backupDir} is its optional folder
 * @param restoreFile --restore FILE
 * @param importFile  --import FILE.csv, with {@code mapping} (--mapping NAME), {@code allOrNothing}, and
 *                    {@code consent} (--consent spoken|written|whatsapp|web-form, as the mapping's consent for every
 *                    row) with {@code consentDate} (--consent-date DATE)
 */
public record LaunchOptions(boolean help, boolean version, boolean demo, boolean check, Optional<Path> dataDir,
                            Optional<SheetExport> sheetExport, boolean backup, Optional<Path> backupDir,
                            Optional<Path> restoreFile, Optional<Path> importFile, Optional<String> mapping,
                            boolean allOrNothing, Optional<String> consent, Optional<LocalDate> consentDate,
                            Optional<ReportExport> reportExport) {
    /** The --consent words and the consent method each means. */
    static final Map<String, String> CONSENT_WORDS = Map.of("spoken", "SPOKEN", "written", "WRITTEN",
            "whatsapp", "WHATSAPP", "web-form", "WEB_FORM");

    /** {@code --export-sheet SLUG [--language CODE] [--centre NAME] --pdf FILE [--force]}. */
    public record SheetExport(String slug, String language, Optional<String> centre, Path pdf, boolean force) {
    }

    /** {@code --report NAME --from YYYY-MM-DD --to YYYY-MM-DD [--centre NAME] --csv FILE [--force]}. */
    public record ReportExport(org.clinicdesk.domain.report.ReportKind kind, String from, String to,
                               Optional<String> centre, Path csv, boolean force) {
    }

    public static final String USAGE = """
            Usage: clinicdesk [options]

              (no options)        open the ClinicDesk window on the data folder
              --data-dir DIR      use DIR as the data folder (also: environment variable CLINICDESK_DATA_DIR)
              --demo              use a separate demo data folder filled with synthetic data, signed in as a demo manager
              --export-sheet SLUG [--language CODE] [--centre NAME] --pdf FILE [--force]
                                  write the current approved version of a sheet as a PDF and exit
                                  (language default en, centre default this desk's; 1 = refused, with the reason;
                                  an existing FILE is replaced only with --force; never the database or backups)
              --report NAME --from YYYY-MM-DD --to YYYY-MM-DD [--centre NAME] --csv FILE [--force]
                                  write a report's figures (counts only) as CSV, the same as the Reports screen,
                                  and exit; NAME is one of enquiries, funnel, consultations, follow-ups, sheets;
                                  days are the clinic's, both dates included (default: every centre);
                                  an existing FILE is replaced only with --force; never the database or backups
              --check             open and migrate the database without a window, run the full integrity check,
                                  print a summary and exit (0 = healthy, 1 = problem, with the reason)
              --backup [DIR]      write a checked backup into DIR, or into the backup folder set in Settings
                                  (default: backups/ in the data folder, keeping 7 daily and 4 weekly), and exit
              --restore FILE      replace the data with the backup FILE (checked first; a safety copy of the
                                  current data is kept in restore-safety/ in the data folder), and exit
              --import FILE.csv   import enquiries from a CSV file (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab),
                                  print a report by row, and exit
                --mapping NAME    use the column mapping saved under NAME (default: match the column headings)
                --all-or-nothing  import nothing if any row has a problem (default: import the valid rows)
                --consent spoken|written|whatsapp|web-form
                                  how consent was obtained for every row of a file without a consent column
                --consent-date DATE
                                  when it was obtained (25/11/2026 or 2026-11-25; default: each row's enquiry date)
              --version           print the version and exit
              --help              print this help and exit

            Exit codes: 0 ok, 1 refused or failed (the reason is printed), 2 bad usage.
            """;

    public static LaunchOptions parse(String... args) {
        Builder b = new Builder();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            switch (arg) {
                case "--help", "-h" -> b.help = true;
                case "--version" -> b.version = true;
                case "--demo" -> b.demo = true;
                case "--check" -> b.check = true;
                case "--data-dir" -> {
                    String dir = value(rest, "--data-dir needs a folder, for example --data-dir /srv/clinicdesk");
                    if (b.dataDir != null) {
                        throw new UsageException(UserMessage.of("app.error.dataDirGivenTwice"));
                    }
                    b.dataDir = Path.of(dir);
                }
                case "--backup" -> {
                    b.backup = true;
                    if (!rest.isEmpty() && !rest.getFirst().startsWith("--")) {
                        b.backupDir = Path.of(rest.removeFirst());
                    }
                }
                case "--restore" -> b.restoreFile = Path.of(value(rest,
                        "--restore needs a backup file, for example --restore backups/clinicdesk-20261125-180000-000.db"));
                case "--import" -> b.importFile = Path.of(value(rest,
                        "--import needs a CSV file, for example --import enquiries.csv"));
                case "--mapping" -> b.mapping = value(rest, "--mapping needs the name of a saved mapping");
                case "--export-sheet" -> b.exportSlug = value(rest, arg + " needs a sheet's short name, for example sle.");
                case "--language" -> b.language = value(rest, arg + " needs a language code, for example en or kn.");
                case "--centre" -> b.centre = value(rest, arg + " needs a centre's name.");
                case "--pdf" -> b.pdf = Path.of(value(rest, arg + " needs a file name, for example sle.pdf."));
                case "--all-or-nothing" -> b.allOrNothing = true;
                case "--consent" -> {
                    String word = value(rest, "--consent needs how consent was obtained: spoken, written, whatsapp "
                            + "or web-form").toLowerCase(java.util.Locale.ROOT);
                    if (!CONSENT_WORDS.containsKey(word)) {
                        throw new UsageException("--consent must be spoken, written, whatsapp or web-form, not " + word + ".");
                    }
                    b.consent = CONSENT_WORDS.get(word);
                }
                case "--consent-date" -> b.consentDate = consentDate(value(rest,
                        "--consent-date needs a date, for example 25/11/2026"));
                case "--report" -> b.report = value(rest, arg + " needs a report's name: " + ReportCommand.names() + ".");
                case "--from" -> b.from = value(rest, arg + " needs a date, for example 2026-11-01.");
                case "--to" -> b.to = value(rest, arg + " needs a date, for example 2026-11-30.");
                case "--csv" -> b.csv = Path.of(value(rest, arg + " needs a file name, for example funnel.csv."));
                case "--force" -> b.force = true;
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        b.dataDir = Path.of(arg.substring("--data-dir=".length()));
                    } else {
                        throw new UsageException(UserMessage.of("app.error.unknownOption", arg));
                    }
                }
            }
        }
        return b.build();
    }

    private static LocalDate consentDate(String text) {
        for (String pattern : List.of("uuuu-MM-dd", "d/M/uuuu", "d-M-uuuu", "d.M.uuuu")) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException ignored) {
                // the next way of writing it
            }
        }
        throw new UsageException("--consent-date " + text + " is not a date; write it as 25/11/2026 or 2026-11-25.");
    }

    private static String value(List<String> rest, String usage) {
        if (rest.isEmpty() || rest.getFirst().startsWith("--")) {
            throw new UsageException(usage);
        }
        return rest.removeFirst();
    }

    private static final class Builder {
        boolean help;
        boolean version;
        boolean demo;
        boolean check;
        Path dataDir;
        boolean backup;
        Path backupDir;
        Path restoreFile;
        Path importFile;
        String mapping;
        boolean allOrNothing;
        String consent;
        LocalDate consentDate;
        String exportSlug;
        String language;
        String centre;
        Path pdf;
        String report;
        String from;
        String to;
        Path csv;
        boolean force;

        LaunchOptions build() {
            if (force && exportSlug == null && report == null) {
                throw new UsageException(UserMessage.of("app.error.forceGoesWithExport"));
            }
            Optional<ReportExport> reportExport = report();
            if (exportSlug == null && (language != null || (centre != null && report == null) || pdf != null)) {
                throw new UsageException(UserMessage.of("app.error.languageCentrePdfGo"));
            }
            if (exportSlug != null && pdf == null) {
                throw new UsageException(UserMessage.of("app.error.exportSheetNeedsPdf"));
            }
            Optional<SheetExport> export = exportSlug == null ? Optional.empty() : Optional.of(new SheetExport(exportSlug,
                    language == null ? "en" : language, Optional.ofNullable(centre), pdf, force));
            int actions = (check ? 1 : 0) + (backup ? 1 : 0) + (restoreFile != null ? 1 : 0) + (importFile != null ? 1 : 0)
                    + (exportSlug != null ? 1 : 0) + (report != null ? 1 : 0);
            if (actions > 1) {
                throw new UsageException(UserMessage.of("app.error.giveOnlyOneCheck"));
            }
            if ((mapping != null || allOrNothing || consent != null || consentDate != null) && importFile == null) {
                throw new UsageException(UserMessage.of("app.error.mappingAllNothingGo"));
            }
            if (consentDate != null && consent == null) {
                throw new UsageException("--consent-date goes with --consent, which says how consent was obtained.");
            }
            return new LaunchOptions(help, version, demo, check, Optional.ofNullable(dataDir), export, backup,
                    Optional.ofNullable(backupDir), Optional.ofNullable(restoreFile), Optional.ofNullable(importFile),
                    Optional.ofNullable(mapping), allOrNothing, Optional.ofNullable(consent),
                    Optional.ofNullable(consentDate), reportExport);
        }

        private Optional<ReportExport> report() {
            if (report == null) {
                if (from != null || to != null || csv != null) {
                    throw new UsageException(UserMessage.of("app.error.fromToCsvGo"));
                }
                return Optional.empty();
            }
            var kind = ReportCommand.kind(report).orElseThrow(() -> new UsageException(
                    UserMessage.of("app.error.noSuchReport", report, ReportCommand.names())));
            if (from == null || to == null || csv == null) {
                throw new UsageException(UserMessage.of("app.error.reportNeedsRangeAndCsv"));
            }
            return Optional.of(new ReportExport(kind, from, to, Optional.ofNullable(centre), csv, force));
        }
    }

    /** Bad command-line usage (exit code 2). */
    public static final class UsageException extends RuntimeException {
        /** Printed on the command line, so in English. */
        public UsageException(UserMessage message) {
            super(message.english());
        }

        public UsageException(String message) {
            super(message);
        }
    }
}
