package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.ErasureLedgerFile;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.testing.TestEnquiries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --restore} acts as the audited command-line actor, and an erasure whose ledger line a crash lost right after
 * its commit is read from the data file being replaced, so the restored backup loses the person too.
 */
class RestoreCommandTest {
    @TempDir
    Path dir;

    private int restore(Path data, Path backup, ByteArrayOutputStream out) {
        return Main.run(new String[] {"--data-dir", data.toString(), "--restore", backup.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));
    }

    @Test
    void aLedgerLineLostToACrashIsRecoveredFromTheOldFileAndTheRestoreIsAuditedAsTheCommandLine() throws Exception {
        Path data;
        long erased;
        BackupFile backup;
        try (StaffFixture fx = StaffFixture.open(dir, new SettableClock())) {
            data = fx.context.dataDir();
            erased = TestEnquiries.insert(fx.context.database(), "Ottoline Brackwater", "+919845067999");
            backup = fx.context.backups().backupNow(Progress.NONE);
            fx.context.privacyService().erase(erased);
        }
        // the crash: the erasure committed, its ledger line never reached the disk
        Files.delete(data.resolve(ErasureLedgerFile.FILE_NAME));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(restore(data, backup.file(), out)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("One erasure made after that backup was applied again");

        try (AppContext after = AppContext.open(data, false, new SettableClock())) {
            assertThat(after.database().<String>read(ctx -> ctx.select(ENQUIRY.FULL_NAME).from(ENQUIRY)
                    .where(ENQUIRY.ID.eq(erased)).fetchOne(ENQUIRY.FULL_NAME))).isEqualTo("Erased enquiry #" + erased);
            List<String> restoreAudit = after.database().read(ctx -> ctx.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                    .where(AUDIT_EVENT.ACTION.eq("RESTORE").or(AUDIT_EVENT.SUMMARY.contains("erased again")))
                    .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.SUMMARY));
            assertThat(restoreAudit).hasSize(2).allMatch(s -> s.startsWith("[command line] "));
            assertThat(after.database().<Integer>read(ctx -> ctx.fetchCount(AUDIT_EVENT,
                    AUDIT_EVENT.ACTION.eq("RESTORE").and(AUDIT_EVENT.STAFF_ID.isNull())))).isEqualTo(1);
        }
        assertThat(Files.readString(data.resolve(ErasureLedgerFile.FILE_NAME))).startsWith(erased + "\t");
    }
}
