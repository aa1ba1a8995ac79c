package org.clinicdesk.domain.transfer;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a table as a file's bytes (CSV); write the file through {@code OutputFiles}. */
public interface TableWriter {
    void write(CsvTable table, OutputStream out) throws IOException;
}
