package org.clinicdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit entries made while no database could take them (the damaged-file rescue works on a file it must not write
 * to): kept in {@value #FILE_NAME} in the data folder, then written into the audit log of the next database that
 * opens there, and the file deleted. Summaries are counts and ids only, like every audit entry.
 */
public final class PendingAuditFile {
    public static final String FILE_NAME = "audit-pending.txt";
    private static final Logger LOG = LoggerFactory.getLogger(PendingAuditFile.class);
    private final Path file;

    public PendingAuditFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** Appends one entry and forces it to disk. Tabs and line breaks in the summary become spaces. */
    public synchronized void add(Instant at, AuditAction action, String entity, String summary) {
        String line = at + "\t" + action.name() + "\t" + entity + "\t" + summary.replaceAll("[\\t\\r\\n]", " ") + "\n";
        try {
            if (!Files.exists(file)) {
                org.clinicdesk.store.backup.OwnerOnlyFiles.emptyFile(file);
            }
            try (var out = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(StandardCharsets.UTF_8.encode(line));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the audit entry in " + file, e);
        }
    }

    /**
     * Writes every kept entry into {@code audit} (noting when it happened) and deletes the file; returns how many.
     * A line that cannot be read is skipped with a warning (by line number).
     */
    public synchronized int writeInto(AuditLog audit) {
        if (!Files.exists(file)) {
            return 0;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not read the kept audit entries in {}: {}", file.getFileName(), e.getMessage());
            return 0;
        }
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\t", 4);
            if (parts.length == 4 && isAction(parts[1])) {
                entries.add(parts);
            } else if (!lines.get(i).isBlank()) {
                LOG.warn("Kept audit entry on line {} cannot be read; skipped", i + 1);
            }
        }
        for (String[] e : entries) {
            audit.record(AuditAction.valueOf(e[1]), e[2], null, e[3] + " (at " + e[0] + ")");
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {} after writing its entries: {}", file.getFileName(), e.getMessage());
        }
        return entries.size();
    }

    private static boolean isAction(String name) {
        try {
            AuditAction.valueOf(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
