package org.clinicdesk.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinic's database: one desk's SQLite file (the default) or the clinic's PostgreSQL server shared by several
 * desks. Connection pool, migrations of its dialect, integrity checks, and the writer. Every write goes through
 * {@link #write}, which runs the work in one transaction (one writer at a time in this process; on PostgreSQL a write
 * that loses a serialization or deadlock race to another desk is retried); repositories called inside it share that
 * transaction.
 */
public final class Database implements AutoCloseable, Transactions {
    public static final String FILE_NAME = "clinicdesk.db";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Flyway locations of each dialect: SQL in its own folder, data migrations in Java beside the store (shared). */
    private static final String JAVA_MIGRATIONS = "classpath:org/clinicdesk/store/migration";
    private static final String[] SQLITE_MIGRATIONS = {"classpath:db/migration/sqlite", JAVA_MIGRATIONS};
    private static final String[] POSTGRES_MIGRATIONS = {"classpath:db/migration/postgresql", JAVA_MIGRATIONS};

    private static final int WRITE_ATTEMPTS = 4;

    private final Path file;
    private final ServerAddress server;
    private final HikariDataSource dataSource;
    private final DSLContext pooled;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<DSLContext> transaction = new ThreadLocal<>();
    private final String schemaVersion;

    private Database(Path file, ServerAddress server, HikariDataSource dataSource, String schemaVersion) {
        this.file = file;
        this.server = server;
        this.dataSource = dataSource;
        this.pooled = DSL.using(dataSource, server == null ? SQLDialect.SQLITE : SQLDialect.POSTGRES, settings());
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (creating if needed) the database file, runs a quick integrity check for at most
     * {@link StartCheck#BUDGET} (a large file is checked in full by the daily backup job instead), refuses a database
     * written by a newer ClinicDesk, migrates it to the latest schema, and refuses it unless its schema is then exactly
     * the migrations' ({@link SqliteSchemaCheck}, SQLite only).
     */
    public static Database open(Path file) {
        HikariDataSource ds;
        try {
            ds = SqlitePool.pool(file);
        } catch (RuntimeException e) {
            throw StoreFailures.atOpen(e, file);
        }
        try {
            StartCheck.run(ds, file);
            String version = migrate(ds, SQLITE_MIGRATIONS, "store.error.dataFileWrittenNewer");
            SqliteSchemaCheck.require(ds, file);
            return new Database(file, null, ds, version);
        } catch (RuntimeException e) {
            ds.close();
            throw StoreFailures.atOpen(e, file);
        }
    }

    /**
     * Connects to the clinic's PostgreSQL server, refuses a database migrated by a newer ClinicDesk, and migrates it
     * to the latest schema (the first desk to start after an update does it; Flyway locks the history meanwhile).
     */
    public static Database openServer(ServerAddress server) {
        HikariDataSource ds;
        try {
            ds = PostgresPool.open(server, 6);
        } catch (RuntimeException e) {
            throw ServerFailures.atOpen(e, server);
        }
        try {
            String version = migrate(ds, POSTGRES_MIGRATIONS, "store.server.newerSchema");
            return new Database(null, server, ds, version);
        } catch (RuntimeException e) {
            ds.close();
            throw ServerFailures.atOpen(e, server);
        }
    }

    /**
     * Opens the file read-only, without checks or migrations: to read and export what can still be read from a
     * damaged file, or from a folder that cannot be written. Every write fails with a plain "read-only" message.
     */
    public static Database openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ClinicDeskException(UserMessage.of("store.error.thereDataFile", file));
        }
        HikariDataSource ds = SqlitePool.pool(file, true);
        return new Database(file, null, ds, "read-only");
    }

    private static String migrate(HikariDataSource ds, String[] locations, String newerKey) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations(locations)
                .failOnMissingLocations(true)
                // Versions are handed out per issue, so a release can bring a migration numbered below one a clinic's
                // file already has (12.3 after 12.5): apply it rather than refuse to open the file.
                .outOfOrder(true)
                .load();
        MigrationInfo[] applied = flyway.info().applied();
        boolean fromTheFuture = Arrays.stream(applied)
                .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        if (fromTheFuture) {
            String newest = applied[applied.length - 1].getVersion().getVersion();
            throw new ClinicDeskException(UserMessage.of(newerKey, newest));
        }
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated database from schema {} to {}", result.initialSchemaVersion, result.targetSchemaVersion);
        }
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** Where Flyway finds the SQLite schema's migrations (for tests that migrate a file step by step). */
    public static String[] sqliteMigrations() {
        return SQLITE_MIGRATIONS.clone();
    }

    /** Where Flyway finds the PostgreSQL schema's migrations. */
    public static String[] postgresMigrations() {
        return POSTGRES_MIGRATIONS.clone();
    }

    private static Settings settings() {
        return new Settings().withExecuteLogging(false).withRenderSchema(false);
    }

    /** The context for the current transaction, if the calling thread is inside {@link #write}, else the pool's. */
    public DSLContext dsl() {
        DSLContext tx = transaction.get();
        return tx != null ? tx : pooled;
    }

    /** Runs a read. Reads never block behind the writer (WAL). */
    public <T> T read(Function<DSLContext, T> work) {
        return work.apply(dsl());
    }

    /**
     * Runs {@code work} in one transaction, one writer at a time in this process; nested calls join the outer
     * transaction. On PostgreSQL a transaction another desk's write made fail (serialization failure, deadlock) runs
     * again from the start, a few times.
     */
    public <T> T write(Function<DSLContext, T> work) {
        DSLContext tx = transaction.get();
        if (tx != null) {
            return work.apply(tx);
        }
        writeLock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return pooled.transactionResult(cfg -> {
                        DSLContext ctx = cfg.dsl();
                        transaction.set(ctx);
                        try {
                            return work.apply(ctx);
                        } finally {
                            transaction.remove();
                        }
                    });
                } catch (org.jooq.exception.DataAccessException e) {
                    if (server != null && attempt < WRITE_ATTEMPTS && ServerFailures.worthRetrying(e)) {
                        LOG.info("Write lost a race with another desk ({}), attempt {} of {}", e.sqlState(), attempt,
                                WRITE_ATTEMPTS);
                        continue;
                    }
                    throw server == null ? StoreFailures.translate(e, file) : ServerFailures.translate(e, server);
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    public void writeVoid(Consumer<DSLContext> work) {
        write(ctx -> {
            work.accept(ctx);
            return null;
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return write(ctx -> work.get());
    }

    /** Full {@code PRAGMA integrity_check}; returns "ok" or the problems found. The server checks itself: "ok". */
    public String integrityCheck() {
        if (server != null) {
            return "ok";
        }
        return String.join("; ", pooled.fetchValues("PRAGMA integrity_check").stream().map(String::valueOf).toList());
    }

    /** Moves everything in the WAL into the main file and truncates the WAL (SQLite only). */
    public void checkpoint() {
        if (server != null) {
            return;
        }
        writeLock.lock();
        try {
            pooled.fetch("PRAGMA wal_checkpoint(TRUNCATE)");
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * A TRUNCATE checkpoint that waits for readers: retried (up to about five seconds) while a reader holds the WAL,
     * so that pages written before an erasure leave the -wal file. Returns true once the WAL is empty.
     */
    public boolean checkpointTruncated() {
        if (server != null) {
            return true; // no WAL file on this desk: the server's own storage is its administrator's
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            writeLock.lock();
            try {
                Record result = pooled.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)");
                if (result == null || result.get(0, Integer.class) == 0) {
                    return true;
                }
            } finally {
                writeLock.unlock();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        LOG.warn("The WAL stayed busy: the TRUNCATE checkpoint after an erasure did not complete");
        return false;
    }

    /** The SQLite file; null when this desk works on the clinic's server. */
    public Path file() {
        return file;
    }

    /** The clinic's server, when this desk works on one. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    public SQLDialect dialect() {
        return pooled.dialect();
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
