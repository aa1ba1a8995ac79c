package org.clinicdesk.store.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/** Looks inside a SQLite file that no Database has open: integrity, and whether it is a ClinicDesk database. */
public final class SqliteFileCheck {
    private static final List<String> CLINICDESK_TABLES = List.of("flyway_schema_history", "clinic", "enquiry", "setting");

    private SqliteFileCheck() {
    }

    /** "ok", or the problems {@code PRAGMA integrity_check} found, or why the file could not be read at all. */
    public static String integrity(Path file) {
        if (!Files.isRegularFile(file)) {
            return "the file does not exist";
        }
        try (Connection c = readOnly(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next() && lines.size() < 10) {
                lines.add(rs.getString(1));
            }
            return String.join("; ", lines);
        } catch (SQLException e) {
            return "not a readable database (" + e.getMessage() + ")";
        }
    }

    /** The newest schema version applied, if the file is a ClinicDesk database; empty otherwise. */
    public static Optional<String> clinicDeskSchemaVersion(Path file) {
        try (Connection c = readOnly(file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.containsAll(CLINICDESK_TABLES)) {
                return Optional.empty();
            }
            try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 "
                    + "AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
