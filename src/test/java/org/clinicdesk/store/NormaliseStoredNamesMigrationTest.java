package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.clinicdesk.testing.TestDb;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 10: names stored before normalisation are normalised, and the search index follows. */
class NormaliseStoredNamesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void storedNamesLoseTheirInvisibleCharactersAndSearchFindsThem() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource(url, null, null)
                .locations(Database.sqliteMigrations()).target("7").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO centre (id, name, city, created_at, updated_at) VALUES (1, 'Hyderabad', 'Hyderabad', "
                    + "'2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')");
            for (Object[] row : new Object[][] {{1, "Anita\u200B  Rao"}, {2, "\u202Bمحمد عمران\u202C"},
                    {3, "క్\u200Dష"}, {4, "Plain Name"}}) {
                s.execute("INSERT INTO enquiry (id, person_id, full_name, channel, centre_id, created_at, updated_at) "
                        + "VALUES (" + row[0] + ", " + row[0] + ", '" + row[1] + "', 'PHONE', 1, "
                        + "'2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')");
            }
        }

        try (Database db = TestDb.open(dir)) {
            java.util.List<Object> names = new java.util.ArrayList<>(db.read(ctx -> ctx.fetchValues("SELECT full_name FROM enquiry ORDER BY id")));
            java.util.List<?> found = db.read(ctx -> ctx.fetchValues("SELECT rowid FROM enquiry_fts WHERE enquiry_fts "
                    + "MATCH 'full_name:\"anita rao\"'"));
            java.util.List<?> audit = db.read(ctx -> ctx.fetchValues("SELECT summary FROM audit_event WHERE summary "
                    + "LIKE 'schema 10%'"));
            assertThat(names).containsExactly("Anita Rao", "محمد عمران", "క్\u200Dష", "Plain Name");
            assertThat(found).hasSize(1).first().asString().isEqualTo("1");
            assertThat(audit).singleElement().asString().contains("2 stored names normalised");
        }
    }
}
