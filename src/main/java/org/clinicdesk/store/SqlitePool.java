package org.clinicdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The connection pool to one desk's SQLite file, with ClinicDesk's pragmas. */
final class SqlitePool {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private SqlitePool() {
    }

    static HikariDataSource pool(Path file) {
        return pool(file, false);
    }

    static HikariDataSource pool(Path file, boolean readOnly) {
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
        // triggers and views in the file may not call functions that are not innocuous (a crafted file)
        hikari.setConnectionInitSql("PRAGMA trusted_schema = OFF");
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
}
