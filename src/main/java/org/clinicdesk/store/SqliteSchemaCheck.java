package org.clinicdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite only: a database file is used only if its schema is exactly the one ClinicDesk's migrations make. Every
 * table, column, index, trigger and view (their {@code CREATE} text in {@code sqlite_master}, whitespace folded) and
 * every full-text index's options but its format number ({@code secure-delete}) is compared with a reference database migrated once per run
 * from the same scripts. Cheap: it reads {@code sqlite_master}, never the data. A PostgreSQL database needs its own
 * counterpart (its catalogue instead of {@code sqlite_master}).
 */
final class SqliteSchemaCheck {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteSchemaCheck.class);
    /** How many differences a refusal names (the log gets them all). */
    private static final int NAMED = 8;
    private static volatile Map<String, String> reference;

    private SqliteSchemaCheck() {
    }

    /** Throws {@link DatabaseDamagedException} naming what is extra, missing or changed; nothing when it matches. */
    static void require(DataSource ds, Path file) {
        List<String> differences = differences(ds);
        if (differences.isEmpty()) {
            return;
        }
        LOG.warn("Refused {}: its schema differs from the migrations' in {} places: {}", file.getFileName(),
                differences.size(), differences);
        List<String> named = differences.size() <= NAMED ? differences : differences.subList(0, NAMED);
        String list = String.join("; ", named) + (differences.size() > NAMED
                ? "; and " + (differences.size() - NAMED) + " more" : "");
        throw new DatabaseDamagedException(file, org.clinicdesk.domain.common.UserMessage.of(
                "store.error.schemaNotOurs", file, list), list);
    }

    /** What differs from the reference, as "extra trigger x", "missing index y", "changed table z", sorted. */
    static List<String> differences(DataSource ds) {
        Map<String, String> actual;
        try (Connection c = ds.getConnection()) {
            actual = objects(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema: " + e.getMessage(), e);
        }
        Map<String, String> expected = reference();
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String found = actual.get(e.getKey());
            if (found == null) {
                differences.add("missing " + e.getKey());
            } else if (!found.equals(e.getValue())) {
                differences.add("changed " + e.getKey());
            }
        }
        for (String name : actual.keySet()) {
            if (!expected.containsKey(name)) {
                differences.add("extra " + name);
            }
        }
        return differences;
    }

    /** The schema the migrations make, worked out once per run on a throw-away file. */
    private static Map<String, String> reference() {
        Map<String, String> known = reference;
        if (known != null) {
            return known;
        }
        synchronized (SqliteSchemaCheck.class) {
            if (reference == null) {
                reference = migratedReference();
            }
            return reference;
        }
    }

    private static Map<String, String> migratedReference() {
        Path folder;
        try {
            folder = Files.createTempDirectory("clinicdesk-schema");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = folder.resolve("reference.db");
        try {
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            Flyway.configure().dataSource(ds).locations(Database.sqliteMigrations()).failOnMissingLocations(true)
                    .load().migrate();
            try (Connection c = ds.getConnection()) {
                return objects(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not build the reference schema: " + e.getMessage(), e);
        } finally {
            for (String name : List.of("reference.db", "reference.db-journal", "reference.db-wal", "reference.db-shm")) {
                try {
                    Files.deleteIfExists(folder.resolve(name));
                } catch (IOException ignored) {
                    // a few kilobytes in the temp folder, with no data in them
                }
            }
            try {
                Files.deleteIfExists(folder);
            } catch (IOException ignored) {
                // as above
            }
        }
    }

    /**
     * "trigger name" -> its CREATE text, whitespace folded, for every object but SQLite's own ({@code sqlite_*}:
     * statistics, sequences, automatic indexes, whose shape follows from the tables); plus "full-text option x of
     * index y" -> value for each FTS5 index.
     */
    private static Map<String, String> objects(Connection c) throws SQLException {
        Map<String, String> objects = new TreeMap<>();
        List<String> fullText = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                String sql = String.valueOf(rs.getString(3)).replaceAll("\\s+", " ").strip();
                objects.put(rs.getString(1) + " " + rs.getString(2), sql);
                if (sql.matches("(?i)CREATE VIRTUAL TABLE .* USING fts5.*")) {
                    fullText.add(rs.getString(2));
                }
            }
        }
        for (String index : fullText) {
            if (!objects.containsKey("table " + index + "_config")) {
                continue; // reported as a missing table
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT k, v FROM \"" + index.replace("\"", "\"\"") + "_config\"")) {
                while (rs.next()) {
                    if ("version".equals(rs.getString(1))) {
                        continue; // FTS5's own file format number, which SQLite may raise; not a setting
                    }
                    objects.put("full-text option " + rs.getString(1) + " of " + index, String.valueOf(rs.getString(2)));
                }
            }
        }
        return objects;
    }
}
