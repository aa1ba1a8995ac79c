package org.clinicdesk.domain.transfer;

import java.nio.file.Path;

/** Reads a spreadsheet file (CSV) into a table; implemented in {@code document}, plugged in by {@code app}. */
public interface TableReader {
    CsvTable read(Path file);
}
