package org.clinicdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.ProgressHandler;

/**
 * The check at start: SQLite's {@code quick_check}, stopped after {@link #BUDGET} so that the wait does not grow with
 * the clinic's data. A small file is checked in full; a large one only as far as the budget reaches, and the daily
 * backup job runs the full {@code integrity_check} in the background. Problems found stop the start with the damaged
 * file's rescue; a check cut short is only logged.
 */
final class StartCheck {
    static final Duration BUDGET = Duration.ofMillis(Long.getLong("clinicdesk.startCheckMillis", 300));
    private static final Logger LOG = LoggerFactory.getLogger(StartCheck.class);
    /** How many SQLite steps between two looks at the clock. */
    private static final int STEPS = 2_000;

    private StartCheck() {
    }

    /** Throws {@link DatabaseDamagedException} if the check finds a problem; returns true if it checked the whole file. */
    static boolean run(DataSource ds, Path file) {
        long start = System.nanoTime();
        long deadline = start + BUDGET.toNanos();
        boolean[] cutShort = {false};
        List<String> problems = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            ProgressHandler.setHandler(c.unwrap(org.sqlite.SQLiteConnection.class), STEPS, new ProgressHandler() {
                @Override
                protected int progress() {
                    cutShort[0] = System.nanoTime() > deadline;
                    return cutShort[0] ? 1 : 0;
                }
            });
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                while (rs.next()) {
                    problems.add(String.valueOf(rs.getString(1)));
                }
            } catch (SQLException e) {
                if (!cutShort[0]) {
                    throw e;
                }
            } finally {
                ProgressHandler.clearHandler(c.unwrap(org.sqlite.SQLiteConnection.class));
            }
        } catch (SQLException e) {
            // SQLITE_NOTADB and friends: not a database at all, or a header too damaged to read
            throw new DatabaseDamagedException(file, String.valueOf(e.getMessage()));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (cutShort[0]) {
            LOG.info("Start check stopped after {} ms (budget {} ms): the daily backup job checks the whole file", ms,
                    BUDGET.toMillis());
            return false;
        }
        if (!(problems.size() == 1 && "ok".equalsIgnoreCase(problems.getFirst()))) {
            throw new DatabaseDamagedException(file, String.join("; ", problems));
        }
        LOG.info("Start check: whole file ok in {} ms", ms);
        return true;
    }
}
