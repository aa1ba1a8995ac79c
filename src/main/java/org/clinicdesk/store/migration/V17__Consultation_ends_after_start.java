package org.clinicdesk.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.store.Timestamps;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 17: the database itself refuses a consultation that ends before (or when) it starts:
 * {@code CHECK (ends_at > starts_at)} on {@code consultation}. One Java migration for both dialects (like V10), so
 * both get the rule under the same version and treat existing rows the same way: a consultation that ended before it
 * started gets its end from its duration (always positive), and one audit entry lists the ids it set.
 * <ul>
 * <li>SQLite adds a CHECK only by rebuilding the table, done the documented way: foreign keys off, new table, copy,
 * drop, rename, then every index and trigger the old table had (the V6 overlap guard included) recreated from their
 * own SQL, and a foreign key check before the commit. Table, indexes and triggers are read from {@code sqlite_master},
 * so a file of the last release and a new file end with the same schema.</li>
 * <li>PostgreSQL adds the constraint with {@code ALTER TABLE}; its times are compared as times (the V6 function),
 * not as text under the server's collation.</li>
 * </ul>
 */
public final class V17__Consultation_ends_after_start extends BaseJavaMigration {
    static final String RULE = "CHECK (ends_at > starts_at)";
    private static final String SERVER_RULE = "ALTER TABLE consultation ADD CONSTRAINT consultation_ends_after_start "
            + "CHECK (clinicdesk_local_time(ends_at) > clinicdesk_local_time(starts_at))";

    /** SQLite switches foreign keys off only outside a transaction; each dialect's change runs in one of its own. */
    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean server = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            if (!server) {
                s.execute("PRAGMA foreign_keys = OFF");
            }
            c.setAutoCommit(false);
            try {
                Map<Long, String> repaired = server ? addToServer(c, s) : rebuild(c, s);
                audit(c, repaired);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
                if (!server) {
                    s.execute("PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private static Map<Long, String> addToServer(Connection c, Statement s) throws SQLException {
        Map<Long, String> repaired = endsBeforeStart(s,
                "clinicdesk_local_time(ends_at) <= clinicdesk_local_time(starts_at)");
        try (PreparedStatement update = c.prepareStatement("UPDATE consultation SET ends_at = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : repaired.entrySet()) {
                update.setString(1, e.getValue());
                update.setLong(2, e.getKey());
                update.executeUpdate();
            }
        }
        s.execute(SERVER_RULE);
        return repaired;
    }

    private static Map<Long, String> rebuild(Connection c, Statement s) throws SQLException {
        String table = single(s, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'consultation'");
        if (table.contains(RULE)) {
            return Map.of();
        }
        List<String> attached = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("SELECT sql FROM sqlite_master WHERE tbl_name = 'consultation' "
                + "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")) {
            while (rows.next()) {
                attached.add(rows.getString(1));
            }
        }
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("PRAGMA table_info(consultation)")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        Map<Long, String> repaired = endsBeforeStart(s, "ends_at <= starts_at");
        s.execute("CREATE TEMP TABLE consultation_end (id INTEGER PRIMARY KEY, ends_at TEXT NOT NULL)");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO temp.consultation_end (id, ends_at) VALUES (?, ?)")) {
            for (Map.Entry<Long, String> e : repaired.entrySet()) {
                insert.setLong(1, e.getKey());
                insert.setString(2, e.getValue());
                insert.executeUpdate();
            }
        }
        String list = String.join(", ", columns);
        String select = String.join(", ", columns.stream().map(col -> col.equals("ends_at")
                ? "COALESCE((SELECT r.ends_at FROM temp.consultation_end r WHERE r.id = consultation.id), ends_at)"
                : col).toList());
        s.execute(newTable(table));
        s.execute("INSERT INTO consultation_new (" + list + ") SELECT " + select + " FROM consultation");
        s.execute("DROP TABLE temp.consultation_end");
        s.execute("DROP TABLE consultation");
        s.execute("ALTER TABLE consultation_new RENAME TO consultation");
        for (String sql : attached) {
            s.execute(sql);
        }
        try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                throw new SQLException("schema 17: foreign key check failed in table " + broken.getString(1));
            }
        }
        return repaired;
    }

    /** The stored CREATE TABLE, renamed, with the rule as the last table constraint. */
    static String newTable(String stored) {
        String renamed = stored.replaceFirst("(?i)^CREATE TABLE\\s+\"?consultation\"?\\s*\\(", "CREATE TABLE consultation_new (");
        if (renamed.equals(stored)) {
            throw new IllegalStateException("schema 17: the consultation table is not as expected");
        }
        int close = renamed.lastIndexOf(')');
        return renamed.substring(0, close).stripTrailing() + ",\n    " + RULE + "\n)";
    }

    /** The rows that end before they start, each with its end from its duration (times are local ISO text). */
    private static Map<Long, String> endsBeforeStart(Statement s, String condition) throws SQLException {
        Map<Long, String> ends = new LinkedHashMap<>();
        try (ResultSet rows = s.executeQuery("SELECT id, starts_at, duration_minutes FROM consultation WHERE "
                + condition + " ORDER BY id")) {
            while (rows.next()) {
                ends.put(rows.getLong(1), LocalDateTime.parse(rows.getString(2)).plusMinutes(rows.getInt(3)).toString());
            }
        }
        return ends;
    }

    /** One audit entry with the ids whose end was set (ids only: no personal data). */
    private static void audit(Connection c, Map<Long, String> repaired) throws SQLException {
        if (repaired.isEmpty()) {
            return;
        }
        try (PreparedStatement audit = c.prepareStatement("INSERT INTO audit_event (at, staff_id, action, entity, "
                + "entity_id, summary) VALUES (?, NULL, 'CHANGE', 'consultation', NULL, ?)")) {
            audit.setString(1, Timestamps.format(Instant.now()));
            audit.setString(2, "schema 17: " + repaired.size() + " consultations ended before they started; end "
                    + "set from the duration: #" + String.join(", #", repaired.keySet().stream().map(String::valueOf).toList()));
            audit.executeUpdate();
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rows = s.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("schema 17: no consultation table");
            }
            return rows.getString(1);
        }
    }
}
