package org.clinicdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite database file: connection pool with ClinicDesk's pragmas, migrations, integrity checks, and the
 * single writer. Every write goes through {@link #write}, which serialises writers and runs the work in one
 * transaction; repositories called inside it share that transaction.
 */
public final class Database implements AutoCloseable, Transactions {
    public static final String FILE_NAME = "clinicdesk.db";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** Flyway locations of the SQLite schema: SQL in its dialect's folder, data migrations in Java beside the store. */
    private static final String[] SQLITE_MIGRATIONS = {"classpath:db/migration/sqlite", "classpath:org/clinicdesk/store/migration"};

    private final Path file;
    private final HikariDataSource dataSource;
    private final DSLContext pooled;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<DSLContext> transaction = new ThreadLocal<>();
    private final String schemaVersion;

    private Database(Path file, HikariDataSource dataSource, String schemaVersion) {
        this.file = file;
        this.dataSource = dataSource;
        this.pooled = DSL.using(dataSource, SQLDialect.SQLITE, settings());
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (creating if needed) the database file, runs a quick integrity check for at most
     * {@link StartCheck#BUDGET} (a large file is checked in full by the daily backup job instead), refuses a database
     * written by a newer ClinicDesk, and migrates it to the latest schema.
     */
    public static Database open(Path file) {
        HikariDataSource ds;
        try {
            ds = pool(file);
        } catch (RuntimeException e) {
            throw StoreFailures.atOpen(e, file);
        }
        try {
            StartCheck.run(ds, file);
            String version = migrate(ds);
            return new Database(file, ds, version);
        } catch (RuntimeException e) {
            ds.close();
            throw StoreFailures.atOpen(e, file);
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
        HikariDataSource ds = pool(file, true);
        return new Database(file, ds, "read-only");
    }

    private static HikariDataSource pool(Path file) {
        return pool(file, false);
    }

    private static HikariDataSource pool(Path file, boolean readOnly) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ClinicDeskException(UserMessage.of("store.error.dataFolderDoesExist", parent));
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());

        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(sqlite);
        hikari.setPoolName("clinicdesk");
        hikari.setReadOnly(readOnly);
        hikari.setMaximumPoolSize(4);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(30_000);
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            String reason = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            if (reason.contains("SQLITE_NOTADB") || reason.contains("SQLITE_CORRUPT")) {
                throw new DatabaseDamagedException(file, reason);
            }
            throw new ClinicDeskException(UserMessage.of("store.error.openDataFileCheck", file, reason), e);
        }
    }

    private static String migrate(HikariDataSource ds) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations(SQLITE_MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
        MigrationInfo[] applied = flyway.info().applied();
        boolean fromTheFuture = Arrays.stream(applied)
                .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        if (fromTheFuture) {
            String newest = applied[applied.length - 1].getVersion().getVersion();
            throw new ClinicDeskException(UserMessage.of("store.error.dataFileWrittenNewer", newest));
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

    /** Runs {@code work} in one transaction, one writer at a time; nested calls join the outer transaction. */
    public <T> T write(Function<DSLContext, T> work) {
        DSLContext tx = transaction.get();
        if (tx != null) {
            return work.apply(tx);
        }
        writeLock.lock();
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
            throw StoreFailures.translate(e, file);
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

    /** Full {@code PRAGMA integrity_check}; returns "ok" or the problems found. */
    public String integrityCheck() {
        return String.join("; ", pooled.fetchValues("PRAGMA integrity_check").stream().map(String::valueOf).toList());
    }

    /** Moves everything in the WAL into the main file and truncates the WAL. */
    public void checkpoint() {
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

    public Path file() {
        return file;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
