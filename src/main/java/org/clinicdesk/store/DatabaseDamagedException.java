package org.clinicdesk.store;

import java.nio.file.Path;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** The start-up integrity check found the database file damaged. */
public final class DatabaseDamagedException extends ClinicDeskException {
    private final Path file;

    public DatabaseDamagedException(Path file, String problems) {
        super(UserMessage.of("store.error.damaged", file, problems));
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
