package org.clinicdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicdesk.store.DamagedFileReader;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.ErasureLedgerFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before a restore with no database open (the command line, the damaged-file rescue): the erasures the data file
 * being replaced holds go into the ledger, so one whose ledger line a crash lost right after its commit is applied
 * again too, as before a restore from the window.
 */
final class OldFileErasures {
    private static final Logger LOG = LoggerFactory.getLogger(OldFileErasures.class);

    private OldFileErasures() {
    }

    /** Best effort: a file too damaged to read them from is restored over all the same (the log says so). */
    static void intoLedger(Path dataDir) {
        Path live = dataDir.resolve(Database.FILE_NAME);
        if (!Files.exists(live)) {
            return;
        }
        try {
            var erasures = DamagedFileReader.erasures(live);
            new ErasureLedgerFile(dataDir).add(erasures);
            LOG.info("Before the restore: {} erasures of the data file in use checked against the ledger", erasures.size());
        } catch (RuntimeException e) {
            LOG.warn("Before the restore: the erasures of the data file in use could not be read ({}); the ledger "
                    + "alone says what to erase again", e.getClass().getSimpleName());
        }
    }
}
