package org.clinicdesk.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.store.Database;
import org.jooq.Record;

/** Every row of every table, as text, in rowid order: for comparing two databases cell by cell. */
public final class TableDump {
    private TableDump() {
    }

    public static Map<String, List<List<String>>> of(Database db) {
        return db.read(ctx -> {
            Map<String, List<List<String>>> tables = new LinkedHashMap<>();
            List<Record> tablesFound = ctx.fetch("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name");
            for (Record table : tablesFound) {
                String name = table.get(0, String.class);
                // full-text index shadow tables have no rowid: order them by their key
                String order = String.valueOf(table.get(1, String.class)).toUpperCase().contains("WITHOUT ROWID") ? "1" : "rowid";
                List<List<String>> rows = new ArrayList<>();
                for (Record r : ctx.fetch("SELECT * FROM \"" + name + "\" ORDER BY " + order)) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) {
                        Object v = r.get(i);
                        cells.add(v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(v));
                    }
                    rows.add(cells);
                }
                tables.put(name, rows);
            }
            return tables;
        });
    }
}
