package org.clinicdesk.store.transfer;

import static org.clinicdesk.store.jooq.Tables.IMPORT_MAPPING;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.domain.transfer.ColumnMapping;
import org.clinicdesk.domain.transfer.ColumnMappings;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.Timestamps;

/** The import's saved column mappings (migration V7). */
public final class JooqColumnMappings implements ColumnMappings {
    private final Database db;
    private final Clock clock;

    public JooqColumnMappings(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<ColumnMapping> mapping(String name) {
        return db.read(ctx -> ctx.select(IMPORT_MAPPING.DEFINITION).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.NAME.eq(name)).fetchOptional(IMPORT_MAPPING.DEFINITION)
                .map(text -> ColumnMapping.fromText(name, text)));
    }

    @Override
    public List<String> mappingNames() {
        return db.read(ctx -> ctx.select(IMPORT_MAPPING.NAME).from(IMPORT_MAPPING).orderBy(IMPORT_MAPPING.NAME)
                .fetch(IMPORT_MAPPING.NAME));
    }

    @Override
    public void saveMapping(ColumnMapping mapping) {
        String now = Timestamps.now(clock);
        db.writeVoid(ctx -> ctx.insertInto(IMPORT_MAPPING)
                .set(IMPORT_MAPPING.NAME, mapping.name())
                .set(IMPORT_MAPPING.DEFINITION, mapping.toText())
                .set(IMPORT_MAPPING.CREATED_AT, now)
                .set(IMPORT_MAPPING.UPDATED_AT, now)
                .onConflict(IMPORT_MAPPING.NAME).doUpdate()
                .set(IMPORT_MAPPING.DEFINITION, mapping.toText())
                .set(IMPORT_MAPPING.UPDATED_AT, now)
                .execute());
    }
}
