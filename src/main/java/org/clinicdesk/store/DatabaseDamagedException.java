package org.clinicdesk.store;

import java.nio.file.Path;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/**
 * The start-up integrity check found the database file damaged, or its schema is not the one ClinicDesk's migrations
 * make (then it is not trusted either: a crafted file could drop the audit log's guards or copy erased details).
 */
public final class DatabaseDamagedException extends ClinicDeskException {
    private final Path file;
    private final String problems;

    public DatabaseDamagedException(Path file, String problems) {
        this(file, UserMessage.of("store.error.damaged", file, problems), problems);
    }

    DatabaseDamagedException(Path file, UserMessage message, String problems) {
        super(message);
        this.file = file;
        this.problems = problems;
    }

    /** True when the file is readable but its schema is not the migrations' (see {@code SqliteSchemaCheck}). */
    public boolean untrustedSchema() {
        return userMessage().map(m -> m.key().equals("store.error.schemaNotOurs")).orElse(false);
    }

    /** What was found, in the words of the check (names of objects, SQLite's own lines). */
    public String problems() {
        return problems;
    }

    public Path file() {
        return file;
    }
}
