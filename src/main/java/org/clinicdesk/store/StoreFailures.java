package org.clinicdesk.store;

import java.nio.file.Path;
import java.util.Locale;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.jooq.exception.DataAccessException;

/** Turns SQLite failures a user can do something about into plain messages. */
final class StoreFailures {
    private StoreFailures() {
    }

    /** A file too damaged for SQLite to open at all is reported like one that fails the integrity check. */
    static RuntimeException atOpen(RuntimeException e, Path file) {
        if (e instanceof ClinicDeskException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toUpperCase(Locale.ROOT);
            if (text.contains("SQLITE_CORRUPT") || text.contains("SQLITE_NOTADB")) {
                return new DatabaseDamagedException(file, "SQLite cannot read it: " + t.getMessage());
            }
        }
        return e;
    }

    static RuntimeException translate(DataAccessException e, Path file) {
        String text = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        if (text.contains("SQLITE_FULL")) {
            return new ClinicDeskException(UserMessage.of("store.error.diskHoldingFullNothing", file.getParent()), e);
        }
        if (text.contains("SQLITE_READONLY")) {
            return new ClinicDeskException(UserMessage.of("store.error.dataFileWrittenRead", file), e);
        }
        if (text.contains("SQLITE_BUSY")) {
            return new ClinicDeskException(UserMessage.of("store.error.dataFileBusyNothing"), e);
        }
        return e;
    }
}
