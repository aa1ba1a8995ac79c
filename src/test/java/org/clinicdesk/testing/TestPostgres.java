package org.clinicdesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.store.ServerAddress;

/**
 * The PostgreSQL server the environment gives the tests ({@code .ci/with-postgres} starts a throw-away one and sets
 * {@code CLINICDESK_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}). Each test gets its own fresh database,
 * dropped when it closes. Without the variables the PostgreSQL runs are skipped and only SQLite runs.
 */
public final class TestPostgres {
    private static final String URL = System.getenv("CLINICDESK_TEST_POSTGRES_URL");
    private static final String USER = System.getenv("CLINICDESK_TEST_POSTGRES_USER");
    private static final String PASSWORD = System.getenv("CLINICDESK_TEST_POSTGRES_PASSWORD");

    private TestPostgres() {
    }

    public static boolean available() {
        return URL != null && !URL.isBlank();
    }

    /** A new, empty database on the test server; {@link FreshDatabase#close()} drops it. */
    public static Optional<FreshDatabase> fresh() {
        if (!available()) {
            return Optional.empty();
        }
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + URL, e);
        }
        return Optional.of(new FreshDatabase(URL.substring(0, URL.lastIndexOf('/') + 1) + name, name));
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /** One test's database: its JDBC URL, the server's test user and password. */
    public record FreshDatabase(String url, String name) implements AutoCloseable {
        public String user() {
            return USER;
        }

        public String password() {
            return PASSWORD;
        }

        public ServerAddress address() {
            return new ServerAddress(url, USER, PASSWORD);
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, USER, PASSWORD);
        }

        @Override
        public void close() {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test database " + name, e);
            }
        }
    }
}
