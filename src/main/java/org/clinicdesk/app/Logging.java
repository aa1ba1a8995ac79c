package org.clinicdesk.app;

import java.nio.file.Path;

/** Points the rolling log file at the data folder's logs/; must run before the first logger is made. */
final class Logging {
    static final String LOG_DIR_PROPERTY = "clinicdesk.logdir";

    private Logging() {
    }

    static void configure(Path dataDir) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, dataDir.resolve("logs").toString());
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
