package org.clinicdesk.ui.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.WithdrawalMethod;
import org.clinicdesk.testing.EnquiryTestDesk;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentWithdrawalViewModelTest {
    @TempDir
    Path dir;
    EnquiryTestDesk desk;
    RecordingDialogs dialogs = new RecordingDialogs();
    EnquiryFormViewModel form;
    boolean mayErase;
    ConsentWithdrawalViewModel withdrawal;
    Enquiry kavitha;

    @BeforeEach
    void setUp() {
        desk = new EnquiryTestDesk(dir);
        kavitha = desk.enquiries.save(desk.walkIn("Kavitha Rao", "98450 12345").email("k@example.in").build());
        DirectTaskRunner tasks = new DirectTaskRunner();
        form = new EnquiryFormViewModel(desk.enquiries, desk.clinic, tasks, dialogs);
        form.loadReferenceData(() -> { });
        withdrawal = new ConsentWithdrawalViewModel(desk.enquiries, desk.context.privacyService(), tasks, dialogs, form,
                () -> mayErase);
        form.open(kavitha.id());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void receptionRecordsWhenAndHowConsentWasWithdrawnAndIsToldHowErasureIsDone() {
        assertThat(withdrawal.available().get()).isTrue();
        withdrawal.start();
        assertThat(withdrawal.askingProperty().get()).isTrue();
        withdrawal.methodProperty().set(WithdrawalMethod.PHONE);
        withdrawal.record();

        Enquiry after = desk.enquiries.find(kavitha.id()).orElseThrow();
        assertThat(after.consentWithdrawnAt()).isEqualTo(TestDb.CLOCK.instant());
        assertThat(after.phone()).isNull();
        assertThat(after.email()).isNull();
        assertThat(desk.db.<List<String>>read(ctx -> ctx.select(ENQUIRY_EVENT.DETAIL).from(ENQUIRY_EVENT)
                .where(ENQUIRY_EVENT.KIND.eq("CONSENT_WITHDRAWN")).fetch(ENQUIRY_EVENT.DETAIL))).containsExactly("PHONE");
        assertThat(audit(kavitha.id())).anyMatch(s -> s.contains("consent withdrawn (PHONE)"));
        // reception may not erase: no question, but the way to erasure is spelt out
        assertThat(dialogs.shown).isEmpty();
        assertThat(withdrawal.doneProperty().get()).contains("manager", "#" + kavitha.id(), "Settings → Privacy");
        assertThat(form.storedProperty().get().phone()).isNull();
        assertThat(withdrawal.available().get()).isFalse();
    }

    @Test
    void aManagerIsOfferedErasureAndErasingIsAudited() {
        desk.currentUser.signIn(desk.manager);
        mayErase = true;
        withdrawal.start();
        withdrawal.methodProperty().set(WithdrawalMethod.WRITTEN);
        withdrawal.record();

        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: ").contains("erased", "#" + kavitha.id());
        Enquiry erased = desk.enquiries.find(kavitha.id()).orElseThrow();
        assertThat(erased.erasedAt()).isNotNull();
        assertThat(erased.fullName()).doesNotContain("Kavitha");
        assertThat(desk.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ERASURE")
                .and(AUDIT_EVENT.ENTITY_ID.eq(kavitha.id()))))).isEqualTo(1);
        assertThat(audit(kavitha.id())).anyMatch(s -> s.contains("consent withdrawn (WRITTEN)"));
        assertThat(withdrawal.doneProperty().get()).contains("1 enquiries of this person erased");
    }

    @Test
    void saidNoToErasureKeepsTheEnquiryWithoutItsContactDetails() {
        desk.currentUser.signIn(desk.manager);
        mayErase = true;
        dialogs.confirmAnswer = false;
        withdrawal.start();
        withdrawal.methodProperty().set(WithdrawalMethod.EMAIL);
        withdrawal.record();
        Enquiry after = desk.enquiries.find(kavitha.id()).orElseThrow();
        assertThat(after.erasedAt()).isNull();
        assertThat(after.fullName()).isEqualTo("Kavitha Rao");
        assertThat(after.phone()).isNull();
        assertThat(desk.db.<Integer>read(ctx -> ctx.fetchCount(ENQUIRY, ENQUIRY.ERASED_AT.isNotNull()))).isZero();
    }

    @Test
    void aManagerSeesThePersonsUnlinkedEnquiriesAndErasesTheTickedOneWithIt() {
        Enquiry earlier = desk.enquiries.save(desk.walkIn("Kavita Rao", "98450 77777").build());
        Enquiry husband = desk.enquiries.save(desk.walkIn("Suresh Rao", "98450 12345").build());
        desk.currentUser.signIn(desk.manager);
        mayErase = true;
        withdrawal.start();
        withdrawal.methodProperty().set(WithdrawalMethod.IN_PERSON);
        withdrawal.record();

        // looked up before the withdrawal removed her phone: the husband by the shared phone, her earlier one by name
        assertThat(dialogs.shown).isEmpty();
        assertThat(withdrawal.erasure().choosing().get()).isTrue();
        assertThat(withdrawal.erasure().offered()).extracting(o -> o.enquiryId())
                .containsExactly(husband.id(), earlier.id());
        withdrawal.erasure().offered().get(1).chosenProperty().set(true);
        withdrawal.erasure().erase();

        assertThat(dialogs.shown).singleElement().asString().contains("with 1 more (0 linked to it, 1 ticked by you)");
        assertThat(desk.enquiries.find(kavitha.id()).orElseThrow().erasedAt()).isNotNull();
        assertThat(desk.enquiries.find(earlier.id()).orElseThrow().erasedAt()).isNotNull();
        assertThat(desk.enquiries.find(husband.id()).orElseThrow().fullName()).isEqualTo("Suresh Rao");
        assertThat(withdrawal.doneProperty().get()).contains("2 enquiries of this person erased");
        assertThat(withdrawal.erasure().choosing().get()).isFalse();
    }

    private List<String> audit(long id) {
        return desk.db.read(ctx -> ctx.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY.eq("enquiry").and(AUDIT_EVENT.ENTITY_ID.eq(id))).fetch(AUDIT_EVENT.SUMMARY));
    }
}
