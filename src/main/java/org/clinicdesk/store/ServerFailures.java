package org.clinicdesk.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.jooq.exception.DataAccessException;

/**
 * Turns PostgreSQL failures a person can act on into plain messages that say what to do: wrong user or password,
 * TLS, a database or extension that is missing, a read-only replica, a server that cannot be reached. Keyed on
 * SQLSTATE where the server gives one; never includes the password (it is not in any driver message).
 */
public final class ServerFailures {
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private ServerFailures() {
    }

    static RuntimeException atOpen(RuntimeException e, ServerAddress server) {
        if (e instanceof ClinicDeskException) {
            return e;
        }
        return describe(e, server).<RuntimeException>map(m -> new ClinicDeskException(m, e))
                .orElseGet(() -> new ClinicDeskException(UserMessage.of("store.server.cannotOpen", server.where(),
                        firstLine(e)), e));
    }

    static RuntimeException translate(DataAccessException e, ServerAddress server) {
        return describe(e, server).<RuntimeException>map(m -> new ClinicDeskException(m, e)).orElse(e);
    }

    /** Another desk's transaction made this one fail; running it again from the start is safe. */
    static boolean worthRetrying(DataAccessException e) {
        String state = sqlState(e).orElse("");
        return SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state);
    }

    /** What went wrong, in words a manager can act on; empty when the failure is not one of the known kinds. */
    public static Optional<UserMessage> describe(Throwable e, ServerAddress server) {
        String state = sqlState(e).orElse("");
        String text = allMessages(e);
        if (state.equals("28P01") || state.equals("28000") && text.contains("password")) {
            return Optional.of(UserMessage.of("store.server.wrongCredentials", server.user(), server.where()));
        }
        if (text.contains("ssl") || text.contains("certificate") || text.contains("hostname") && text.contains("verif")) {
            return Optional.of(UserMessage.of("store.server.tls", server.where(), firstLine(e)));
        }
        if (state.equals("28000")) {
            return Optional.of(UserMessage.of("store.server.notAllowed", server.user(), server.where()));
        }
        if (state.equals("3D000")) {
            return Optional.of(UserMessage.of("store.server.noDatabase", server.where()));
        }
        if (text.contains("extension") && (state.equals("0A000") || state.equals("58P01") || state.equals("42501")
                || text.contains("not available") || text.contains("control file"))) {
            return Optional.of(UserMessage.of("store.server.missingExtension", server.where()));
        }
        if (state.equals("25006") || text.contains("read-only transaction") || text.contains("recovery is in progress")) {
            return Optional.of(UserMessage.of("store.server.readOnly", server.where()));
        }
        if (state.equals("42501")) {
            return Optional.of(UserMessage.of("store.server.noRights", server.user(), server.where()));
        }
        if (state.startsWith("08") || causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)
                || text.contains("connection refused") || text.contains("connection attempt failed")) {
            return Optional.of(UserMessage.of("store.server.unreachable", server.where()));
        }
        return Optional.empty();
    }

    private static Optional<String> sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static String allMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The driver's own first line (never the password), for the cases the desk cannot name. */
    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
