package org.clinicdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.clinicdesk.store.Database;

/** A real SQLite file in a temp folder, migrated by the real migrations. Never a mock. */
public final class TestDb {
    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    /** Wednesday 25 November 2026, 10:00 in Bangalore. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T04:30:00Z"), ZONE);

    private TestDb() {
    }

    public static Database open(Path tempDir) {
        return Database.open(tempDir.resolve(Database.FILE_NAME));
    }

    /** The same schema on one of the test server's fresh databases ({@link TestPostgres}), migrated by its dialect. */
    public static Database openServer(TestPostgres.FreshDatabase fresh) {
        return Database.openServer(fresh.address());
    }
}
