package org.clinicdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The connection pool to the clinic's PostgreSQL server, as every desk opens it. */
final class PostgresPool {
    private PostgresPool() {
    }

    static HikariDataSource open(ServerAddress server, int size) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(server.url());
        hikari.setUsername(server.user());
        hikari.setPassword(server.password());
        hikari.setPoolName("clinicdesk-server");
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(15_000);
        // a desk that lost the server finds out within seconds, not minutes
        hikari.addDataSourceProperty("connectTimeout", "10");
        hikari.addDataSourceProperty("socketTimeout", "60");
        hikari.addDataSourceProperty("tcpKeepAlive", "true");
        hikari.addDataSourceProperty("ApplicationName", "ClinicDesk");
        return new HikariDataSource(hikari);
    }
}
