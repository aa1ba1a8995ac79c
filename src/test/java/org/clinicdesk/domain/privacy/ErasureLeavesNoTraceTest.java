package org.clinicdesk.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CLINICIAN;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.testing.TestEnquiries;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.jooq.tables.records.EnquiryRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once an erasure returns, neither the database file nor its WAL holds the erased person: read as bytes while the
 * app's Database is still open, with no checkpoint of the test's own.
 */
class ErasureLeavesNoTraceTest {
    private static final String NAME = "Zebulon Quillfeather ज़ेबुलोन";
    private static final String PHONE = "+919845067321";
    private static final String KEPT_NAME = "Keepsake Marigold";

    @TempDir
    Path dir;
    private StaffFixture fx;
    private Database db;

    @BeforeEach
    void setUp() {
        fx = StaffFixture.open(dir, new SettableClock());
        db = fx.context.database();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void erasedNameAndPhoneAreNowhereInTheFiles() throws IOException {
        long erased = TestEnquiries.insert(db, NAME, PHONE);
        consultation(erased, "Cancelled: " + NAME + " rang from " + PHONE, "bringing reports, call zebulon on 98450 67321");
        long kept = TestEnquiries.insert(db, KEPT_NAME, "+919845011111");

        assertThat(fx.context.privacyService().erase(erased)).containsExactly(erased);

        assertNoTrace();
        // the control: the other visitor's name is still in the file, so the search does find what is there
        assertThat(indexOf(Files.readAllBytes(db.file()), KEPT_NAME.getBytes(StandardCharsets.UTF_8))).isNotNegative();
        EnquiryRecord row = db.read(ctx -> ctx.fetchSingle(ENQUIRY, ENQUIRY.ID.eq(erased)));
        assertThat(row.getFullName()).isEqualTo("Erased enquiry #" + erased);
        assertThat(Arrays.asList(row.getPhone(), row.getPhoneAlt(), row.getEmail(), row.getCity(), row.getAge(),
                row.getBirthYear(), row.getReferrer())).containsOnlyNulls();
        assertThat(row.getNotes()).isEmpty();
        assertThat(row.getErasedAt()).isNotNull();
        // what reports count stays
        assertThat(List.of(row.getStatus(), row.getChannel())).containsExactly("CONTACTED", "WALK_IN");
        assertThat(row.getCentreId()).isNotNull();
        List<String> details = db.read(ctx -> ctx.select(ENQUIRY_EVENT.DETAIL).from(ENQUIRY_EVENT)
                .where(ENQUIRY_EVENT.ENQUIRY_ID.eq(erased)).fetch(ENQUIRY_EVENT.DETAIL));
        assertThat(details).containsExactly("");
        assertThat(db.read(ctx -> ctx.fetchSingle(ENQUIRY, ENQUIRY.ID.eq(kept))).getFullName()).isEqualTo(KEPT_NAME);
        int erasures = db.read(ctx -> ctx.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ERASURE")
                .and(AUDIT_EVENT.ENTITY_ID.eq(erased))));
        assertThat(erasures).isEqualTo(1);
    }

    @Test
    void anOlderEnquiryAlreadyInTheMainFileLeavesNoTraceEither() throws IOException {
        long erased = TestEnquiries.insert(db, NAME, PHONE);
        consultation(erased, NAME + " cancelled", "");
        db.checkpoint(); // an older enquiry: its pages are in the main file before the erasure
        TestEnquiries.insert(db, KEPT_NAME, "+919845011111");

        fx.context.privacyService().erase(erased);

        assertNoTrace();
        String reason = db.read(ctx -> ctx.select(CONSULTATION.CANCEL_REASON).from(CONSULTATION)
                .where(CONSULTATION.ENQUIRY_ID.eq(erased)).fetchSingle(CONSULTATION.CANCEL_REASON));
        assertThat(reason).isNull();
    }

    private void consultation(long enquiryId, String cancelReason, String notes) {
        db.writeVoid(ctx -> {
            long centre = ctx.select(CENTRE.ID).from(CENTRE).limit(1).fetchSingle(CENTRE.ID);
            long clinician = ctx.insertInto(CLINICIAN).set(CLINICIAN.NAME, "Dr Test")
                    .set(CLINICIAN.CREATED_AT, "2026-11-20T05:00:00.000Z").set(CLINICIAN.UPDATED_AT, "2026-11-20T05:00:00.000Z")
                    .returning(CLINICIAN.ID).fetchSingle().getId();
            ctx.insertInto(CONSULTATION).set(CONSULTATION.ENQUIRY_ID, enquiryId).set(CONSULTATION.CENTRE_ID, centre)
                    .set(CONSULTATION.CLINICIAN_ID, clinician).set(CONSULTATION.STARTS_AT, "2026-11-21T05:00:00.000Z")
                    .set(CONSULTATION.ENDS_AT, "2026-11-21T05:30:00.000Z").set(CONSULTATION.DURATION_MINUTES, 30)
                    .set(CONSULTATION.MODE, "IN_PERSON").set(CONSULTATION.STATUS, "CANCELLED")
                    .set(CONSULTATION.CANCEL_REASON, cancelReason).set(CONSULTATION.NOTES, notes)
                    .set(CONSULTATION.CREATED_AT, "2026-11-20T05:00:00.000Z")
                    .set(CONSULTATION.UPDATED_AT, "2026-11-20T05:00:00.000Z").execute();
        });
    }

    @Test
    void theFullTextIndexNoLongerFindsTheErasedPerson() {
        long erased = TestEnquiries.insert(db, NAME, PHONE);
        TestEnquiries.insert(db, KEPT_NAME, "+919845011111");
        assertThat(ftsHits("Quillfeather")).isEqualTo(1);

        fx.context.privacyService().erase(erased);

        assertThat(ftsHits("Quillfeather")).isZero();
        assertThat(ftsHits("9845067321")).isZero();
        assertThat(ftsHits("Keepsake")).isEqualTo(1);
    }

    private long ftsHits(String text) {
        return db.read(ctx -> ctx.fetchValue("SELECT count(*) FROM enquiry_fts WHERE enquiry_fts MATCH ?",
                "\"" + text + "\"")).toString().transform(Long::valueOf);
    }

    @Test
    void erasingOnePersonErasesAllTheirEnquiries() {
        long first = TestEnquiries.insert(db, NAME, PHONE);
        long second = TestEnquiries.insert(db, NAME, PHONE);
        db.writeVoid(ctx -> ctx.update(ENQUIRY).set(ENQUIRY.PERSON_ID, first).where(ENQUIRY.ID.eq(second)).execute());

        assertThat(fx.context.privacyService().erase(second)).containsExactly(first, second);
    }

    private void assertNoTrace() throws IOException {
        Path wal = db.file().resolveSibling(db.file().getFileName() + "-wal");
        byte[] main = Files.readAllBytes(db.file());
        byte[] log = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        for (String trace : List.of(NAME, "Zebulon", "zebulon", "Quillfeather", "quillfeather", "ज़ेबुलोन", PHONE,
                "9845067321", "98450 67321", "67321")) {
            byte[] needle = trace.getBytes(StandardCharsets.UTF_8);
            assertThat(indexOf(main, needle)).as("%s in the database file", trace).isNegative();
            assertThat(indexOf(log, needle)).as("%s in the WAL", trace).isNegative();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
