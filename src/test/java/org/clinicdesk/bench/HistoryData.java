package org.clinicdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.Timestamps;

/**
 * Years of past consultations and handouts on top of the demo generator's enquiries (it makes only a week of
 * bookings and no handouts): each clinician's diary filled backwards from the demo week, every slot of the day, so
 * the overlap guard's triggers run as they do at the desk.
 */
final class HistoryData {
    private static final String[] STATUSES = {"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "NO_SHOW", "CANCELLED"};

    private HistoryData() {
    }

    static void consultations(Database db, int count, int enquiries, LocalDate before, long seed) {
        Random random = new Random(seed);
        db.writeVoid(ctx -> ctx.connection(c -> {
            List<long[]> diaries = rows(c, "SELECT DISTINCT clinician_id, centre_id FROM clinician_hours GROUP BY clinician_id");
            String sql = "INSERT INTO consultation (enquiry_id, centre_id, clinician_id, starts_at, ends_at, duration_minutes,"
                    + " mode, status, cancel_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 30, ?, ?, ?, ?, ?)";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int made = 0;
                for (LocalDate day = before.minusDays(1); made < count; day = day.minusDays(1)) {
                    for (long[] diary : diaries) {
                        for (int slot = 0; slot < 24 && made < count; slot++, made++) {
                            LocalDateTime start = day.atTime(8, 0).plusMinutes(30L * slot);
                            String status = STATUSES[random.nextInt(STATUSES.length)];
                            String stamp = Timestamps.format(start.minusDays(3).toInstant(ZoneOffset.UTC));
                            p.setLong(1, 1 + random.nextInt(enquiries));
                            p.setLong(2, diary[1]);
                            p.setLong(3, diary[0]);
                            p.setString(4, start.toString());
                            p.setString(5, start.plusMinutes(30).toString());
                            p.setString(6, random.nextInt(6) == 0 ? "VIDEO" : "IN_PERSON");
                            p.setString(7, status);
                            p.setString(8, status.equals("CANCELLED") ? "Travelling" : null);
                            p.setString(9, stamp);
                            p.setString(10, stamp);
                            p.addBatch();
                        }
                    }
                    p.executeBatch();
                }
            }
        }));
    }

    static void handouts(Database db, int count, int enquiries, Instant end, int spanDays, long seed) {
        Random random = new Random(seed);
        db.writeVoid(ctx -> ctx.connection(c -> {
            List<long[]> versions = rows(c, "SELECT id, 0 FROM sheet_version WHERE status = 'APPROVED'");
            List<String> languages = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT language FROM sheet_version WHERE status = 'APPROVED' ORDER BY id")) {
                while (rs.next()) {
                    languages.add(rs.getString(1));
                }
            }
            if (versions.isEmpty()) {
                return;
            }
            String sql = "INSERT INTO handout (sheet_version_id, enquiry_id, centre_id, language, method, given_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < count; i++) {
                    int v = random.nextInt(versions.size());
                    p.setLong(1, versions.get(v)[0]);
                    if (random.nextInt(5) == 0) {
                        p.setObject(2, null); // a walk-in who left no details
                    } else {
                        p.setLong(2, 1 + random.nextInt(enquiries));
                    }
                    p.setLong(3, 1 + random.nextInt(2));
                    p.setString(4, languages.get(v));
                    p.setString(5, random.nextBoolean() ? "PRINTED" : "PDF");
                    p.setString(6, Timestamps.format(end.minus(random.nextInt(spanDays * 24 * 60), ChronoUnit.MINUTES)));
                    p.addBatch();
                    if (i % 10_000 == 9_999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
        }));
    }

    static List<long[]> rows(Connection c, String sql) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return out;
    }
}
