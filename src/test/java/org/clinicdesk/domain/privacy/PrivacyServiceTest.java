package org.clinicdesk.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.testing.TestEnquiries;
import org.clinicdesk.domain.common.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyServiceTest {
    @TempDir
    Path dir;
    private StaffFixture fx;
    private PrivacyService privacy;

    @BeforeEach
    void setUp() {
        fx = StaffFixture.open(dir, new SettableClock());
        privacy = fx.context.privacyService();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theNoticeAndRetentionAreClinicSettings() {
        privacy.savePrivacySettings("We keep your phone number to call you back.", 5, 24);
        assertThat(privacy.consentNotice()).isEqualTo("We keep your phone number to call you back.");
        assertThat(fx.context.clinicService().clinic().orElseThrow().retentionMonths()).isEqualTo(24);
        assertThat(fx.context.clinicService().clinic().orElseThrow().idleLockMinutes()).isEqualTo(5);
        assertThatThrownBy(() -> privacy.savePrivacySettings("", 0, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void retentionIsOffByDefaultAndListsOnlyInactiveEnquiries() {
        long old = TestEnquiries.insert(fx.context.database(), "Old Visitor", "+919845033333", "2025-01-10T05:00:00.000Z");
        long recent = TestEnquiries.insert(fx.context.database(), "Recent Visitor", "+919845044444",
                "2026-10-01T05:00:00.000Z");
        assertThat(privacy.retentionCandidates()).isEmpty();

        privacy.savePrivacySettings("", 10, 12);
        assertThat(privacy.retentionCandidates()).extracting(RetentionCandidate::enquiryId).containsExactly(old);

        // nothing is erased until confirmed, and only what is still past the period
        assertThat(privacy.eraseConfirmed(List.of(old, recent))).isEqualTo(1);
        assertThat(name(old)).isEqualTo("Erased enquiry #" + old);
        assertThat(name(recent)).isEqualTo("Recent Visitor");
        assertThat(privacy.retentionCandidates()).isEmpty();
        assertThat(auditSummaries(old)).containsExactly("erased after the retention period");
    }

    @Test
    void anErasedEnquiryCannotBeErasedAgain() {
        long id = TestEnquiries.insert(fx.context.database(), "Farah Khan", "+919845055555");
        privacy.erase(id);
        assertThatThrownBy(() -> privacy.erase(id)).hasMessageContaining("erased");
        assertThatThrownBy(() -> privacy.erase(99_999)).hasMessageContaining("no such enquiry");
    }

    private String name(long id) {
        return fx.context.database().read(ctx -> ctx.select(ENQUIRY.FULL_NAME).from(ENQUIRY).where(ENQUIRY.ID.eq(id))
                .fetchSingle(ENQUIRY.FULL_NAME));
    }

    private List<String> auditSummaries(long enquiryId) {
        return fx.context.database().read(ctx -> ctx.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY.eq("enquiry").and(AUDIT_EVENT.ENTITY_ID.eq(enquiryId)))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.SUMMARY));
    }
}
