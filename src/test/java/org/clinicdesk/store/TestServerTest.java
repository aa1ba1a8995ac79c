package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.clinicdesk.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** The throw-away server .ci/with-postgres starts: fresh databases, and the extensions the schema will need. */
class TestServerTest {
    @Test
    void aFreshDatabaseIsEmptyAndHasTheExtensionsTheSchemaNeeds() throws Exception {
        assumeTrue(TestPostgres.available(), "no PostgreSQL in the environment (run under .ci/with-postgres)");
        try (var db = TestPostgres.fresh().orElseThrow(); Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet tables = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
                tables.next();
                assertThat(tables.getInt(1)).isZero();
            }
            try (ResultSet ext = s.executeQuery("SELECT name FROM pg_available_extensions WHERE name IN ('pg_trgm', 'btree_gist') ORDER BY name")) {
                assertThat(ext.next() && ext.getString(1).equals("btree_gist") && ext.next() && ext.getString(1).equals("pg_trgm")).isTrue();
            }
        }
    }
}
