package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clinicdesk.store.jooq.DefaultSchema;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.testing.TestPostgres;
import org.jooq.Check;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Meta;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One schema in two dialects: the SQLite and PostgreSQL migrations must give the same tables, columns, types (as the
 * jOOQ classes generated from SQLite see them), nullability, keys and CHECKs. Whoever adds a migration to one folder
 * and not the other (or a column, a key or a CHECK) sees it fail here. What each dialect does its own way is not
 * compared: SQLite's FTS5 shadow tables, triggers, and PostgreSQL's exclusion constraint (tested in PostgresRulesTest).
 */
class SchemaEquivalenceTest {
    /** SQLite-only tables: Flyway's history and FTS5's shadow tables. */
    private static final Pattern NOT_COMPARED = Pattern.compile("flyway_schema_history|sqlite_.*|.*_fts_(data|idx|docsize|config|content)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    @TempDir
    Path dir;

    @Test
    void everyMigrationVersionExistsInBothDialects() throws Exception {
        assertThat(versions(Path.of("db/migration/postgresql")))
                .as("versions in db/migration/postgresql (each SQLite migration needs its PostgreSQL twin, same version)")
                .isEqualTo(versions(Path.of("db/migration/sqlite")));
    }

    @Test
    void bothSchemasHaveTheSameTablesColumnsTypesKeysAndChecks() {
        assumeTrue(TestPostgres.available(), "no PostgreSQL in the environment (run under .ci/with-postgres)");
        try (Database sqlite = TestDb.open(dir); var fresh = TestPostgres.fresh().orElseThrow();
             Database postgres = TestDb.openServer(fresh)) {
            assertThat(sqlite.schemaVersion()).isEqualTo(postgres.schemaVersion());
            Map<String, Table<?>> lite = tables(sqlite.dsl().meta());
            Map<String, Table<?>> pg = tables(postgres.dsl().meta());
            assertThat(pg.keySet()).as("tables").isEqualTo(lite.keySet());

            for (String name : lite.keySet()) {
                assertThat(columns(pg.get(name))).as("columns of " + name).isEqualTo(columns(lite.get(name)));
                if (name.equals("enquiry_fts")) {
                    continue; // an FTS5 table has no keys or constraints; its PostgreSQL twin keys on the enquiry
                }
                assertThat(primaryKey(pg.get(name))).as("primary key of " + name).isEqualTo(primaryKey(lite.get(name)));
                assertThat(uniqueKeys(pg.get(name))).as("unique keys of " + name).isEqualTo(uniqueKeys(lite.get(name)));
                assertThat(foreignKeys(pg.get(name))).as("foreign keys of " + name).isEqualTo(foreignKeys(lite.get(name)));
                assertThat(checks(pg.get(name))).as("CHECKs of " + name).isEqualTo(sqliteChecks(sqlite, lite.get(name)));
            }
            // the generated classes (made from SQLite) fit the PostgreSQL tables column by column
            for (Table<?> generated : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                Table<?> server = pg.get(generated.getName());
                assertThat(server).as("table " + generated.getName() + " on PostgreSQL").isNotNull();
                for (Field<?> f : generated.fields()) {
                    Field<?> column = server.field(f.getName());
                    assertThat(column).as(generated.getName() + "." + f.getName()).isNotNull();
                    assertThat(column.getType()).as("Java type of " + generated.getName() + "." + f.getName())
                            .isEqualTo(f.getType());
                }
            }
        }
    }

    private static Set<String> versions(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V") && n.contains("__"))
                    .map(n -> n.substring(1, n.indexOf("__"))).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Map<String, Table<?>> tables(Meta meta) {
        Map<String, Table<?>> tables = new TreeMap<>();
        for (Table<?> t : meta.getTables()) {
            String schema = t.getSchema() == null ? "" : t.getSchema().getName();
            if ((schema.isEmpty() || schema.equals("public") || schema.equals("main"))
                    && !NOT_COMPARED.matcher(t.getName()).matches()) {
                tables.put(t.getName(), t);
            }
        }
        return tables;
    }

    /** Name, the Java type the generated classes use (ids are longs), and whether it may be null. */
    private static Map<String, String> columns(Table<?> table) {
        Map<String, String> columns = new TreeMap<>();
        List<String> primaryKey = primaryKey(table);
        for (Field<?> f : table.fields()) {
            String type = f.getType().getSimpleName();
            if (type.equals("Integer") && isIdColumn(f.getName())) {
                type = "Long"; // SQLite says INTEGER, jOOQ's codegen forces ids to BIGINT (pom), PostgreSQL says bigint
            }
            if (table.getName().equals("enquiry_fts")) {
                // the searchable text only: FTS5's columns are untyped (the codegen forces them to VARCHAR) and come
                // with hidden ones (enquiry_fts, rank); PostgreSQL's twin has its rowid as a real column
                if (Set.of("full_name", "phones", "email", "city").contains(f.getName())) {
                    columns.put(f.getName(), "String");
                }
                continue;
            }
            // SQLite reports its INTEGER PRIMARY KEY (the rowid) as nullable; it never is
            boolean nullable = f.getDataType().nullable() && !primaryKey.contains(f.getName());
            columns.put(f.getName(), type + (nullable ? " null" : " not null"));
        }
        return columns;
    }

    private static boolean isIdColumn(String name) {
        return name.equals("id") || name.endsWith("_id") || name.equals("rowid") || name.equals("created_by")
                || name.equals("updated_by") || name.equals("given_by");
    }

    private static List<String> primaryKey(Table<?> table) {
        UniqueKey<?> pk = table.getPrimaryKey();
        return pk == null ? List.of() : pk.getFields().stream().map(Field::getName).toList();
    }

    private static Set<String> uniqueKeys(Table<?> table) {
        return table.getUniqueKeys().stream().filter(k -> !k.isPrimary())
                .map(k -> k.getFields().stream().map(Field::getName).sorted().collect(Collectors.joining(",")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Each referencing column with what it references, one per column: jOOQ's SQLite meta merges two unnamed foreign
     * keys to the same table (created_by, updated_by -> staff) into one, PostgreSQL's keeps them apart.
     */
    private static Set<String> foreignKeys(Table<?> table) {
        Set<String> references = new TreeSet<>();
        for (ForeignKey<?, ?> fk : table.getReferences()) {
            for (int i = 0; i < fk.getFields().size(); i++) {
                references.add(fk.getFields().get(i).getName() + " -> " + fk.getKey().getTable().getName() + "("
                        + fk.getKeyFields().get(i).getName() + ") on delete " + fk.getDeleteRule());
            }
        }
        return references;
    }

    /** Each CHECK as the sorted columns it names (the two dialects print the same condition differently). */
    private static List<String> checks(Table<?> table) {
        Set<String> columnNames = table.fieldStream().map(Field::getName).collect(Collectors.toSet());
        return table.getChecks().stream().map(c -> columnsIn(c, columnNames)).sorted().toList();
    }

    /** jOOQ's SQLite meta does not read CHECKs: take them from the table's CREATE statement, balanced parentheses. */
    private static List<String> sqliteChecks(Database sqlite, Table<?> table) {
        Object sql = sqlite.read(ctx -> ctx.fetchValue("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                table.getName()));
        String ddl = String.valueOf(sql);
        Set<String> columnNames = table.fieldStream().map(Field::getName).collect(Collectors.toSet());
        List<String> checks = new java.util.ArrayList<>();
        Matcher check = Pattern.compile("(?i)\\bCHECK\\s*\\(").matcher(ddl);
        while (check.find()) {
            int depth = 1;
            int i = check.end();
            while (depth > 0) {
                char ch = ddl.charAt(i++);
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            }
            checks.add(columnsIn(ddl.substring(check.end(), i - 1), columnNames));
        }
        return checks.stream().sorted().toList();
    }

    private static String columnsIn(Check<?> check, Set<String> columnNames) {
        return columnsIn(check.condition().toString(), columnNames);
    }

    private static String columnsIn(String condition, Set<String> columnNames) {
        Set<String> named = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(condition.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            if (columnNames.contains(m.group())) {
                named.add(m.group());
            }
        }
        return String.join(",", named);
    }
}
