package org.clinicdesk.store;

import java.nio.file.Path;
import org.clinicdesk.domain.common.ClinicDeskException;

/** The start-up integrity check found the database file damaged. */
public final class DatabaseDamagedException extends ClinicDeskException {
    private final Path file;

    public DatabaseDamagedException(Path file, String problems) {
        super("The data file " + file + " is damaged (" + problems + "). Restore it from a backup; "
                + "do not keep working on this file.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
