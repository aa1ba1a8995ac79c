package org.clinicdesk.store;

/**
 * Where a desk finds the clinic's PostgreSQL server: a JDBC URL ({@code jdbc:postgresql://host:5432/clinic?sslmode=…}),
 * the user and the password. The password never appears in {@link #toString()} (logs, exceptions).
 */
public record ServerAddress(String url, String user, String password) {
    public ServerAddress {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
        }
    }

    /** The URL without its query (TLS files, options): enough to say which server and database in a log line. */
    public String where() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "ServerAddress[" + where() + ", user " + user + "]";
    }
}
