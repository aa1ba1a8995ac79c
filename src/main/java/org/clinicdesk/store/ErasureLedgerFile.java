package org.clinicdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.domain.privacy.ErasureLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The erasure ledger as a text file in the data folder ({@value #FILE_NAME}): one line per erased enquiry, its id and
 * the instant of the erasure, appended and forced to disk. A restore replaces the database, never this file.
 */
public final class ErasureLedgerFile implements ErasureLedger {
    public static final String FILE_NAME = "erasures.ledger";
    private static final Logger LOG = LoggerFactory.getLogger(ErasureLedgerFile.class);
    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix");
    private final Path file;

    public ErasureLedgerFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    @Override
    public synchronized void add(List<Entry> entries) {
        Map<Long, Entry> known = read();
        StringBuilder lines = new StringBuilder();
        for (Entry e : entries) {
            if (known.putIfAbsent(e.enquiryId(), e) == null) {
                lines.append(e.enquiryId()).append('\t').append(e.erasedAt()).append('\n');
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        try {
            if (!Files.exists(file)) {
                if (POSIX) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                if (out.size() > 0) {
                    java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
                    out.read(last, out.size() - 1);
                    if (last.get(0) != '\n') {
                        lines.insert(0, '\n'); // a line cut short by a crash stays on its own
                    }
                }
                out.write(StandardCharsets.US_ASCII.encode(lines.toString()), out.size());
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the erasure ledger " + file, e);
        }
    }

    @Override
    public synchronized List<Entry> entries() {
        return new ArrayList<>(read().values());
    }

    private Map<Long, Entry> read() {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the erasure ledger " + file, e);
        }
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String[] parts = line.strip().split("\t");
            if (parts.length != 2) {
                if (!line.isBlank()) {
                    LOG.warn("Erasure ledger line {} is not 'id<TAB>instant'; skipped", lineNo);
                }
                continue;
            }
            try {
                long id = Long.parseLong(parts[0]);
                entries.putIfAbsent(id, new Entry(id, Instant.parse(parts[1])));
            } catch (NumberFormatException | DateTimeParseException e) {
                LOG.warn("Erasure ledger line {} cannot be read; skipped", lineNo);
            }
        }
        return entries;
    }
}
