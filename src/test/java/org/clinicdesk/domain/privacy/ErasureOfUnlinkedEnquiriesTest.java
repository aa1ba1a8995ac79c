package org.clinicdesk.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.enquiry.MatchReason;
import org.clinicdesk.domain.enquiry.ReturningCaller;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.testing.TestEnquiries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At erasure the manager sees the person's enquiries that are not linked (same phone, similar name: the
 * returning-caller matching) and chooses which go with it; the chosen ones are erased in the same transaction, audited
 * by id, and gone from the database file and its WAL once the erasure returns, read while the Database is open.
 */
class ErasureOfUnlinkedEnquiriesTest {
    private static final String NAME = "Zebulon Quillfeather";
    private static final String PHONE = "+919845067321";
    private static final String SECOND_PHONE = "+919845055502";
    private static final String SISTER = "Marigold Quillfeather";

    @TempDir
    Path dir;
    private StaffFixture fx;
    private Database db;
    private PrivacyService privacy;
    private long asked;
    private long linked;
    private long sameNameOtherPhone;
    private long sisterSamePhone;
    private long stranger;

    @BeforeEach
    void setUp() {
        fx = StaffFixture.open(dir, new SettableClock());
        db = fx.context.database();
        privacy = fx.context.privacyService();
        asked = TestEnquiries.insert(db, NAME, PHONE);
        linked = TestEnquiries.insert(db, NAME, PHONE);
        db.writeVoid(ctx -> ctx.update(ENQUIRY).set(ENQUIRY.PERSON_ID, asked).where(ENQUIRY.ID.eq(linked)).execute());
        sameNameOtherPhone = TestEnquiries.insert(db, "Zebulon Quilfeather", SECOND_PHONE);
        sisterSamePhone = TestEnquiries.insert(db, SISTER, PHONE);
        stranger = TestEnquiries.insert(db, "Keepsake Marigold", "+919845011111");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theUnlinkedEnquiriesAreOfferedByPhoneAndByNameAndOnlyTheChosenOnesAreErased() throws Exception {
        ErasureChoice choice = privacy.erasureChoice(asked);
        assertThat(choice.linked()).containsExactly(asked, linked);
        assertThat(choice.linkedBesides()).isEqualTo(1);
        assertThat(choice.others()).extracting(m -> m.enquiry().id(), ReturningCaller::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sisterSamePhone, MatchReason.PHONE),
                        org.assertj.core.groups.Tuple.tuple(sameNameOtherPhone, MatchReason.NAME));

        assertThat(privacy.erase(asked, List.of(sameNameOtherPhone))).containsExactly(asked, linked, sameNameOtherPhone);

        for (long id : List.of(asked, linked, sameNameOtherPhone)) {
            assertThat(fullName(id)).isEqualTo("Erased enquiry #" + id);
            assertThat(audit(id)).singleElement().asString().doesNotContain("Zebulon", "Quil", "9845");
        }
        assertThat(audit(sameNameOtherPhone).getFirst()).contains("#" + asked, "chosen by a manager");
        assertThat(fullName(sisterSamePhone)).isEqualTo(SISTER);
        assertThat(fullName(stranger)).isEqualTo("Keepsake Marigold");
        assertThat(audit(sisterSamePhone)).isEmpty();

        // read as bytes while the app's Database is open, no checkpoint of the test's own
        String main = new String(Files.readAllBytes(db.file()), StandardCharsets.ISO_8859_1);
        Path walFile = db.file().resolveSibling(db.file().getFileName() + "-wal");
        String wal = Files.exists(walFile) ? new String(Files.readAllBytes(walFile), StandardCharsets.ISO_8859_1) : "";
        for (String trace : List.of("Zebulon", "zebulon", "Quilfeather", "quilfeather", "9845055502", "98450 55502")) {
            assertThat(main).as("%s in the database file", trace).doesNotContain(trace);
            assertThat(wal).as("%s in the WAL", trace).doesNotContain(trace);
        }
        // the control: the sister, who was left out, is still in the file
        assertThat(main).contains(SISTER);
        assertThat(wal).as("one checkpoint after the erasure emptied the log").isEmpty();
    }

    @Test
    void aChosenEnquiryThatIsGoneOrErasedMeanwhileRefusesTheWholeErasure() {
        assertThatThrownBy(() -> privacy.erase(asked, List.of(sisterSamePhone, 999_999L)))
                .hasMessageContaining("Nothing was erased");
        assertThat(fullName(asked)).isEqualTo(NAME);
        assertThat(fullName(sisterSamePhone)).isEqualTo(SISTER);

        privacy.erase(sameNameOtherPhone);
        assertThatThrownBy(() -> privacy.erase(asked, List.of(sameNameOtherPhone, sisterSamePhone)))
                .hasMessageContaining("Nothing was erased");
        assertThat(fullName(asked)).isEqualTo(NAME);
        assertThat(fullName(sisterSamePhone)).isEqualTo(SISTER);
        assertThat(db.<Integer>read(ctx -> ctx.fetchCount(ENQUIRY, ENQUIRY.ERASED_AT.isNotNull()))).isEqualTo(1);
    }

    @Test
    void onlySomeoneWhoMayEraseSeesTheChoice() {
        fx.signInAs(fx.add("rita", Role.RECEPTION));
        assertThatThrownBy(() -> privacy.erasureChoice(asked)).hasMessageContaining("may not");
        fx.context.currentUser().signOut();
        assertThatThrownBy(() -> privacy.erasureChoice(asked)).hasMessageContaining("Sign in");
    }

    private String fullName(long id) {
        return db.read(ctx -> ctx.select(ENQUIRY.FULL_NAME).from(ENQUIRY).where(ENQUIRY.ID.eq(id)).fetchOne(ENQUIRY.FULL_NAME));
    }

    private List<String> audit(long id) {
        return db.read(ctx -> ctx.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("ERASURE")
                .and(AUDIT_EVENT.ENTITY_ID.eq(id))).fetch(AUDIT_EVENT.SUMMARY));
    }
}
