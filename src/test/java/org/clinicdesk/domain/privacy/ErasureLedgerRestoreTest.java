package org.clinicdesk.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.ErasureLedgerFile;
import org.clinicdesk.store.jooq.tables.records.EnquiryRecord;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.testing.TestEnquiries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An erasure outlives a restore: a backup taken before it brings the person back into the file for a moment only;
 * before the desk opens on the restored data, every erasure made after the backup is applied again, and the restore
 * says how many. The ledger that makes this possible holds ids and dates only.
 */
class ErasureLedgerRestoreTest {
    private static final String NAME = "Zebulon Quillfeather";
    private static final String PHONE = "+919845067321";

    @TempDir
    Path dir;
    private AppContext context;
    private StaffFixture fx;

    @AfterEach
    void tearDown() {
        if (context != null && !context.isClosed()) {
            context.close();
        }
    }

    @Test
    void restoringAnOlderBackupErasesThePersonAgainBeforeTheDeskOpens() throws Exception {
        fx = StaffFixture.open(dir, new SettableClock());
        context = fx.context;
        long before = TestEnquiries.insert(context.database(), "Erased Before Backup", "+919845011112");
        context.privacyService().erase(before);
        long erased = TestEnquiries.insert(context.database(), NAME, PHONE);
        long kept = TestEnquiries.insert(context.database(), "Keepsake Marigold", "+919845011111");
        BackupFile backup = context.backups().backupNow(Progress.NONE);

        context.privacyService().erase(erased);
        String ledger = Files.readString(context.dataDir().resolve(ErasureLedgerFile.FILE_NAME), StandardCharsets.US_ASCII);
        assertThat(ledger.lines()).hasSize(2).allMatch(l -> l.matches("\\d+\\t\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z"));
        String firstErased = row(context, erased).getErasedAt();

        context = context.restoreFrom(backup.file(), Progress.NONE);

        assertThat(context.restoreReport().erasuresAppliedAgain()).isEqualTo(1);
        EnquiryRecord again = row(context, erased);
        assertThat(again.getFullName()).isEqualTo("Erased enquiry #" + erased);
        assertThat(again.getPhone()).isNull();
        assertThat(again.getErasedAt()).isEqualTo(firstErased);
        assertThat(row(context, kept).getFullName()).isEqualTo("Keepsake Marigold");
        assertThat(context.database().<Integer>read(ctx -> ctx.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ERASURE")
                .and(AUDIT_EVENT.ENTITY_ID.eq(erased)).and(AUDIT_EVENT.SUMMARY.startsWith("erased again after a restore")))))
                .isEqualTo(1);
        assertThat(context.database().<String>read(ctx -> ctx.resultQuery(
                "SELECT summary FROM audit_event WHERE action = 'RESTORE' ORDER BY id DESC LIMIT 1").fetchOne(0, String.class)))
                .contains("1 later erasures applied again");
        assertNotInTheFiles(context.database());

        // the command line and the damaged-file rescue restore with no database open: the same
        context.close();
        context = AppContext.restoreWithoutOpening(fx.context.dataDir(), false, new SettableClock(), backup.file(), Progress.NONE);
        assertThat(context.restoreReport().erasuresAppliedAgain()).isEqualTo(1);
        assertThat(row(context, erased).getPhone()).isNull();
        assertNotInTheFiles(context.database());

        // restoring a backup that already knows every erasure applies none again
        BackupFile current = context.backups().backupNow(Progress.NONE);
        context = context.restoreFrom(current.file(), Progress.NONE);
        assertThat(context.restoreReport().erasuresAppliedAgain()).isZero();
    }

    private static EnquiryRecord row(AppContext c, long id) {
        return c.database().read(ctx -> ctx.fetchSingle(ENQUIRY, ENQUIRY.ID.eq(id)));
    }

    private static void assertNotInTheFiles(Database db) throws Exception {
        for (Path file : new Path[] {db.file(), db.file().resolveSibling(db.file().getFileName() + "-wal")}) {
            if (!Files.exists(file)) {
                continue;
            }
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(file.getFileName().toString()).doesNotContain(NAME).doesNotContain("9845067321");
        }
    }
}
