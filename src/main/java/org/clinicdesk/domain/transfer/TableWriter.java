package org.clinicdesk.domain.transfer;

import java.nio.file.Path;

/** Writes a table to a file (CSV); the file appears complete or not at all. */
public interface TableWriter {
    void write(CsvTable table, Path target);
}
