package org.clinicdesk.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinicdesk.domain.enquiry.PersonName;
import org.clinicdesk.store.Timestamps;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 10 (data only): the names already stored get the normalisation every new name gets ({@link PersonName}:
 * NFC, spaces, no zero-width space, BOM, soft hyphen or stray direction marks), so a search typed today finds them.
 * The search index follows by itself: V3's trigger re-indexes a row on UPDATE OF full_name. Erased enquiries and
 * names that would become empty are left as they are; versions and "last changed" stay (nobody edited the enquiry).
 * SQL cannot do Unicode normalisation, hence a Java migration; it writes one audit entry with the count.
 */
public final class V10__Normalise_enquiry_names extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Long, String> changed = new LinkedHashMap<>();
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT id, full_name FROM enquiry WHERE erased_at IS NULL")) {
            while (rows.next()) {
                String stored = rows.getString(2);
                String normalised = PersonName.normalise(stored);
                if (!normalised.isEmpty() && !normalised.equals(stored)) {
                    changed.put(rows.getLong(1), normalised);
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE enquiry SET full_name = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : changed.entrySet()) {
                update.setString(1, e.getValue());
                update.setLong(2, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_event (at, staff_id, action, "
                + "entity, entity_id, summary) VALUES (?, NULL, 'CHANGE', 'enquiry', NULL, ?)")) {
            audit.setString(1, Timestamps.format(Instant.now()));
            audit.setString(2, "schema 10: " + changed.size() + " stored names normalised (Unicode form, spaces, "
                    + "invisible characters)");
            audit.executeUpdate();
        }
    }
}
