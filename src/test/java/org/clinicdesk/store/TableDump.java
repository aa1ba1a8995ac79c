package org.clinicdesk.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;

/** Every row of every table, as text, in rowid order: for comparing two databases cell by cell. */
public final class TableDump {
    private TableDump() {
    }

    public static Map<String, List<List<String>>> of(Database db) {
        return db.read(ctx -> {
            Map<String, List<List<String>>> tables = new LinkedHashMap<>();
            List<String> names = ctx.fetchValues("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name").stream().map(String::valueOf).toList();
            for (String name : names) {
                List<List<String>> rows = new ArrayList<>();
                for (Record r : ctx.fetch("SELECT * FROM \"" + name + "\" ORDER BY rowid")) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) {
                        cells.add(String.valueOf(r.get(i)));
                    }
                    rows.add(cells);
                }
                tables.put(name, rows);
            }
            return tables;
        });
    }
}
