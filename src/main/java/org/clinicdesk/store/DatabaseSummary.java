package org.clinicdesk.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;

/** Row counts per table, for --check and support. */
public final class DatabaseSummary {
    private DatabaseSummary() {
    }

    public static Map<String, Long> rowCounts(Database db) {
        return db.read(ctx -> {
            List<String> tables = ctx.fetchValues(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            + "AND name <> 'flyway_schema_history' AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\' ORDER BY name")
                    .stream().map(String::valueOf).toList();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                counts.put(table, ctx.fetchCount(DSL.table(DSL.name(table))) + 0L);
            }
            return counts;
        });
    }
}
