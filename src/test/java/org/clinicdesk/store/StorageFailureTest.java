package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.SETTING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk and a read-only data folder: a clear message, and nothing already saved is lost. */
class StorageFailureTest {
    @TempDir
    Path dir;

    private static void saveCentres(Database db, int n) {
        db.writeVoid(ctx -> {
            for (int i = 0; i < n; i++) {
                ctx.insertInto(CENTRE).set(CENTRE.NAME, "Centre " + i).set(CENTRE.CITY, "ಬೆಂಗಳೂರು")
                        .set(CENTRE.CREATED_AT, "2026-11-25T04:30:00.000Z").set(CENTRE.UPDATED_AT, "2026-11-25T04:30:00.000Z")
                        .execute();
            }
        });
    }

    private static List<String> centres(Database db) {
        return db.read(ctx -> ctx.select(CENTRE.NAME).from(CENTRE).orderBy(CENTRE.ID).fetch(CENTRE.NAME));
    }

    @Test
    void aFullDiskRefusesTheChangeWithAPlainMessageAndKeepsWhatWasSaved() {
        Path file = dir.resolve(Database.FILE_NAME);
        List<String> saved;
        try (Database db = Database.open(file)) {
            saveCentres(db, 3);
            saved = centres(db);
            // SQLite reports SQLITE_FULL, exactly as for a full disk, once the file may not grow any more
            assertThatThrownBy(() -> db.writeVoid(ctx -> {
                long pages = ((Number) ctx.fetchValue("PRAGMA page_count")).longValue();
                ctx.fetch("PRAGMA max_page_count = " + pages);
                for (int i = 0; i < 200; i++) {
                    ctx.insertInto(SETTING).set(SETTING.KEY, "big." + i).set(SETTING.VALUE, "x".repeat(10_000)).execute();
                }
            })).isInstanceOf(ClinicDeskException.class)
                    .hasMessageContaining("is full")
                    .hasMessageContaining("Nothing was saved from this change");
        }
        try (Database db = Database.open(file)) {
            assertThat(centres(db)).isEqualTo(saved);
            int big = db.read(ctx -> ctx.fetchCount(SETTING, SETTING.KEY.like("big.%")));
            assertThat(big).as("nothing of the failed change").isZero();
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aReadOnlyDataFileRefusesChangesWithAPlainMessageAndStillReads() {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Database db = Database.open(file)) {
            saveCentres(db, 2);
        }
        // works as root too: tests here run as root, for whom file permissions do not stop writes
        try (Database readOnly = Database.openReadOnly(file)) {
            assertThat(centres(readOnly)).containsExactly("Centre 0", "Centre 1");
            assertThatThrownBy(() -> saveCentres(readOnly, 1))
                    .isInstanceOf(ClinicDeskException.class)
                    .hasMessageContaining("cannot be written (read-only)")
                    .hasMessageContaining("Nothing was saved");
        }
        try (Database db = Database.open(file)) {
            assertThat(centres(db)).containsExactly("Centre 0", "Centre 1");
        }
    }

    @Test
    void aReadOnlyDataFolderIsRefusedAtStartWithWhatToDo() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext context = AppContext.open(data, false, TestDb.CLOCK)) {
            saveCentres(context.database(), 1);
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        try {
            Assumptions.assumeFalse(Files.isWritable(data),
                    "running as root: permissions do not stop writes (the read-only file case above covers it)");
            assertThatThrownBy(() -> AppContext.open(data, false, TestDb.CLOCK))
                    .isInstanceOf(ClinicDeskException.class)
                    .hasMessageContaining("read-only");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
        try (AppContext context = AppContext.open(data, false, TestDb.CLOCK)) {
            assertThat(centres(context.database())).containsExactly("Centre 0");
        }
    }
}
