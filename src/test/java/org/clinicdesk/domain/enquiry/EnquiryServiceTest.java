package org.clinicdesk.domain.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.PermissionDeniedException;
import org.clinicdesk.testing.EnquiryTestDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnquiryServiceTest {
    @TempDir
    Path dir;
    EnquiryTestDesk desk;
    EnquiryService service;

    @BeforeEach
    void open() {
        desk = new EnquiryTestDesk(dir);
        service = desk.enquiries;
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void savesPhonesAsE164WithConsentTimeAndWhoCreatedIt() {
        Enquiry saved = service.save(desk.walkIn("Kavitha Rao", "098450-12345").phoneAlt("+91 70221 34567").build());
        assertThat(saved.id()).isPositive();
        assertThat(saved.phone()).isEqualTo("+919845012345");
        assertThat(saved.phoneAlt()).isEqualTo("+917022134567");
        assertThat(saved.consentGivenAt()).isEqualTo(org.clinicdesk.testing.TestDb.CLOCK.instant());
        assertThat(saved.createdBy()).isEqualTo(desk.reception.id());
        assertThat(saved.personId()).isEqualTo(saved.id());
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.conditionIds()).containsExactly(desk.lupus.id());
    }

    @Test
    void refusesContactDetailsWithoutConsent() {
        assertThatThrownBy(() -> service.save(desk.walkIn("Kavitha Rao", "98450 12345").consentMethod(null).build()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("consent"))
                .hasMessageContaining("consent");
        assertThat(service.save(desk.walkIn("Kavitha Rao", null).build()).phone()).isNull();
    }

    @Test
    void refusesInvalidFieldsWithAMessageForEach() {
        Enquiry bad = Enquiry.builder().fullName(" ").phone("98450 1234").email("not-an-email").age(140)
                .channel(Channel.REFERRAL).centreId(0).consentMethod(ConsentMethod.SPOKEN).build();
        assertThatThrownBy(() -> service.save(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsOnlyKeys("fullName", "phone", "email", "age", "referrer", "centre"));
        assertThat(desk.db.<Integer>read(ctx -> ctx.fetchCount(ENQUIRY))).isZero();
    }

    @Test
    void nobodySignedInMayNotRecordButReceptionMay() {
        desk.currentUser.signOut();
        assertThatThrownBy(() -> desk.record("Kavitha Rao", null)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Sign in");
        desk.currentUser.signIn(desk.reception);
        assertThat(desk.record("Kavitha Rao", null).id()).isPositive();
    }

    @Test
    void aStaleVersionIsRefusedWithWhatIsStoredNow() {
        Enquiry loaded = desk.record("Kavitha Rao", "98450 12345");
        Enquiry theirs = service.save(loaded.toBuilder().notes("prefers afternoon").build());
        assertThat(theirs.version()).isEqualTo(2);

        assertThatThrownBy(() -> service.save(loaded.toBuilder().city("Mysuru").build()))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.current().notes()).isEqualTo("prefers afternoon");
                    assertThat(e.current().version()).isEqualTo(2);
                    assertThat(EnquiryDifferences.changedFields(loaded, e.current())).containsExactly("notes");
                });
        // the second desk saves again on top of what it saw
        Enquiry merged = service.save(loaded.toBuilder().city("Mysuru").notes("prefers afternoon").version(2).build());
        assertThat(merged.version()).isEqualTo(3);
        assertThat(merged.city()).isEqualTo("Mysuru");
    }

    @Test
    void statusMovesForwardAndClosingNeedsAReason() {
        Enquiry e = desk.record("Kavitha Rao", null);
        assertThatThrownBy(() -> service.changeStatus(e.id(), e.version(), EnquiryStatus.CLOSED, null))
                .isInstanceOf(ValidationException.class);
        Enquiry booked = service.changeStatus(e.id(), e.version(), EnquiryStatus.BOOKED, null);
        Enquiry closed = service.changeStatus(e.id(), booked.version(), EnquiryStatus.CLOSED, CloseReason.CHOSE_ELSEWHERE);
        assertThat(closed.status()).isEqualTo(EnquiryStatus.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.CHOSE_ELSEWHERE);
        assertThatThrownBy(() -> service.changeStatus(e.id(), closed.version(), EnquiryStatus.NEW, null))
                .isInstanceOf(ValidationException.class);
        assertThat(service.timeline(e.id())).extracting(TimelineEntry::detail)
                .contains("NEW → BOOKED", "BOOKED → CLOSED (CHOSE_ELSEWHERE)");
    }

    @Test
    void loggingAContactMovesANewEnquiryToContactedAndSetsTheFollowUp() {
        Enquiry e = desk.record("Kavitha Rao", "98450 12345");
        Enquiry after = service.logContact(e.id(), ContactKind.CALL, "call after 6 pm", LocalDate.of(2026, 11, 28));
        assertThat(after.status()).isEqualTo(EnquiryStatus.CONTACTED);
        assertThat(after.nextFollowUp()).isEqualTo(LocalDate.of(2026, 11, 28));
        Enquiry noAnswer = service.logContact(e.id(), ContactKind.NO_ANSWER, "", LocalDate.of(2026, 11, 26));
        assertThat(noAnswer.status()).isEqualTo(EnquiryStatus.CONTACTED);
        assertThat(service.timeline(e.id())).extracting(TimelineEntry::code)
                .containsSubsequence("CREATED", "CONTACT_CALL", "STATUS", "CONTACT_NO_ANSWER");
        assertThatThrownBy(() -> service.logContact(e.id(), ContactKind.CALL, "", LocalDate.of(2026, 11, 1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void everyChangeIsAuditedWithoutPersonalData() {
        Enquiry e0 = desk.record("Kavitha Rao", "98450 12345");
        Enquiry e = service.save(e0.toBuilder().notes("Bringing reports").build());
        service.changeStatus(e.id(), e.version(), EnquiryStatus.CONTACTED, null);
        // the desk's own set-up (choosing its centre) is audited too: look at this enquiry's events
        List<String> summaries = desk.db.read(ctx -> ctx.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY.eq(EnquiryService.ENTITY).and(AUDIT_EVENT.ENTITY_ID.eq(e0.id())))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.SUMMARY));
        List<String> actions = desk.db.read(ctx -> ctx.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY.eq(EnquiryService.ENTITY).and(AUDIT_EVENT.ENTITY_ID.eq(e0.id())))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION));
        assertThat(actions).containsExactly("CREATE", "CHANGE", "STATUS_CHANGE");
        assertThat(summaries.get(1)).isEqualTo("fields: notes");
        assertThat(String.join(" ", summaries)).doesNotContain("Kavitha", "98450", "Bringing");
    }

    @Test
    void returningCallersByEitherPhoneOrSimilarNameAcrossCentres() {
        Enquiry first = desk.record("Mohammed Khan", "98450 12345");
        Enquiry family = service.save(desk.walkIn("Ayesha Khan", "70221 34567").phoneAlt("9845012345")
                .centreId(desk.hyderabad.id()).build());
        desk.record("Laxmi Rao", null);
        desk.record("Imran Siddiqui", "99000 11111");

        List<ReturningCaller> byPhone = service.returningCallers("+91 98450 12345", "", "", 0);
        assertThat(byPhone).extracting(c -> c.enquiry().id()).containsExactlyInAnyOrder(first.id(), family.id());
        assertThat(byPhone).allSatisfy(c -> assertThat(c.reason()).isEqualTo(MatchReason.PHONE));

        assertThat(service.returningCallers("", "", "Muhammad Khan", 0))
                .extracting(c -> c.enquiry().fullName()).containsExactly("Mohammed Khan");
        assertThat(service.returningCallers("984", "", "Lakshmi Rao", 0))
                .extracting(c -> c.enquiry().fullName()).containsExactly("Laxmi Rao");
        assertThat(service.returningCallers("98450 12345", null, "Mohammed Khan", first.id()))
                .extracting(c -> c.enquiry().id()).containsExactly(family.id());
    }

    @Test
    void samePersonLinksTheNewEnquiryToThePerson() {
        Enquiry first = desk.record("Kavitha Rao", "98450 12345");
        ReturningCaller match = service.returningCallers("9845012345", null, "K. Rao", 0).getFirst();
        Enquiry second = service.save(desk.walkIn("K. Rao", "9845012345").personId(match.personId()).build());
        assertThat(second.personId()).isEqualTo(first.id());
        Enquiry someoneElse = desk.record("Meena Rao", "9845012345");
        assertThat(someoneElse.personId()).isEqualTo(someoneElse.id());
    }

    @Test
    void withdrawingConsentRemovesContactDetails() {
        Enquiry e = service.save(desk.walkIn("Kavitha Rao", "98450 12345").email("k@example.in").build());
        Enquiry after = service.withdrawConsent(e.id(), e.version(), WithdrawalMethod.PHONE);
        assertThat(after.phone()).isNull();
        assertThat(after.email()).isNull();
        assertThat(after.consentWithdrawnAt()).isNotNull();
        assertThat(desk.repository.search(EnquiryQuery.text("12345"), 0, 10)).isEmpty();
    }

    @Test
    void anErasedEnquiryRefusesEveryWriteSoNoDetailComesBack() {
        Enquiry e = service.save(desk.walkIn("Kavitha Rao", "98450 12345").build());
        desk.currentUser.signIn(desk.manager);
        desk.context.privacyService().erase(e.id());
        Enquiry erased = service.find(e.id()).orElseThrow();
        desk.currentUser.signIn(desk.reception);

        // the form's save, and the conflict dialog's "keep mine" (a save on the stored version)
        assertThatThrownBy(() -> service.save(erased.toBuilder().phone("+919845012345").build()))
                .hasMessageContaining("has been erased");
        assertThatThrownBy(() -> service.logContact(e.id(), ContactKind.CALL, "rang 98450 12345", null))
                .hasMessageContaining("has been erased");
        assertThatThrownBy(() -> service.changeStatus(e.id(), erased.version(), EnquiryStatus.CLOSED, CloseReason.values()[0]))
                .hasMessageContaining("has been erased");
        assertThatThrownBy(() -> service.withdrawConsent(e.id(), erased.version(), WithdrawalMethod.PHONE)).hasMessageContaining("has been erased");
        Enquiry after = service.find(e.id()).orElseThrow();
        assertThat(after.phone()).isNull();
        assertThat(after.version()).isEqualTo(erased.version());
        assertThat(service.timeline(e.id())).noneMatch(t -> String.valueOf(t).contains("12345"));
    }

    @Test
    void exportIsForManagersAndAudited() {
        desk.record("Kavitha Rao", null);
        desk.record("Ravi Kumar", null);
        List<EnquirySummary> rows = new ArrayList<>();
        assertThatThrownBy(() -> service.export(EnquiryQuery.ALL, rows::add)).isInstanceOf(PermissionDeniedException.class);
        desk.currentUser.signIn(desk.manager);
        assertThat(service.export(EnquiryQuery.ALL, rows::add)).isEqualTo(2);
        assertThat(rows).hasSize(2);
        assertThat(desk.db.<String>read(ctx -> ctx.resultQuery("SELECT summary FROM audit_event WHERE action = 'CSV_EXPORT'").fetchOne(0, String.class)))
                .isEqualTo("rows=2 filters=none");
    }

    @Test
    void aLongExportReportsProgressAndStopsWhenCancelledWithTheRowsHandedOverAudited() {
        desk.record("Kavitha Rao", null);
        desk.record("Ravi Kumar", null);
        desk.currentUser.signIn(desk.manager);
        List<Long> done = new ArrayList<>();
        org.clinicdesk.domain.common.Progress watching = new org.clinicdesk.domain.common.Progress() {
            @Override public void update(long rows, long total, String step) { done.add(rows); done.add(total); }
            @Override public boolean cancelled() { return false; }
        };
        List<EnquirySummary> rows = new ArrayList<>();
        assertThat(service.export(EnquiryQuery.ALL, rows::add, watching)).isEqualTo(2);
        assertThat(done).containsExactly(2L, 2L);

        org.clinicdesk.domain.common.Progress cancelled = new org.clinicdesk.domain.common.Progress() {
            @Override public void update(long rows, long total, String step) { }
            @Override public boolean cancelled() { return true; }
        };
        List<EnquirySummary> none = new ArrayList<>();
        assertThatThrownBy(() -> service.export(EnquiryQuery.ALL, none::add, cancelled))
                .isInstanceOf(org.clinicdesk.domain.common.CancelledException.class);
        assertThat(none).isEmpty();
        assertThat(desk.db.<String>read(ctx -> ctx.resultQuery(
                "SELECT summary FROM audit_event WHERE action = 'CSV_EXPORT' ORDER BY id DESC LIMIT 1").fetchOne(0, String.class)))
                .startsWith("rows=0 (stopped)");
    }

    @Test
    void returningCallersAreCheckedAgainAtSaveAndAnUndecidedPhoneMatchIsFlaggedForALook() {
        Enquiry mother = desk.record("Lakshmi Narayan", "98450 12345");
        // typed and saved before the desk looked at the match: saved all the same, and flagged
        Enquiry daughter = service.save(desk.walkIn("Priya Narayan", "+91 98450 12345").build());
        assertThat(service.openMatchCheck(daughter.id())).get()
                .satisfies(c -> assertThat(c.matchedIds()).containsExactly(mother.id()));
        assertThat(service.toCheck(0, 10)).extracting(EnquirySummary::id).containsExactly(daughter.id());
        assertThat(service.timeline(daughter.id())).anyMatch(t -> t.code().equals("MATCH_TO_CHECK")
                && t.detail().equals("#" + mother.id()));
        assertThat(desk.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(daughter.id())
                .and(AUDIT_EVENT.SUMMARY.contains("flagged for a look"))))).isEqualTo(1);
        // saving it again changes nothing about the flag
        service.save(daughter.toBuilder().notes("bringing reports").build());
        assertThat(service.toCheck(0, 10)).hasSize(1);

        // someone looks: the same person after all
        Enquiry linked = service.resolveMatchCheck(daughter.id(), mother.id());
        assertThat(linked.personId()).isEqualTo(mother.id());
        assertThat(service.openMatchCheck(daughter.id())).isEmpty();
        assertThat(service.toCheck(0, 10)).isEmpty();
    }

    @Test
    void aDecisionTakenAtTheDeskLeavesNothingToLookAt() {
        Enquiry mother = desk.record("Lakshmi Narayan", "98450 12345");
        Enquiry same = service.save(desk.walkIn("L. Narayan", "98450 12345").personId(mother.id()).build());
        // the desk said the earlier enquiry (and so its whole person) is someone else
        Enquiry someoneElse = service.save(desk.walkIn("Ravi Narayan", "98450 12345").build(), java.util.Set.of(mother.id()));
        Enquiry otherPhone = service.save(desk.walkIn("Meena Rao", "70221 34567").build());
        for (Enquiry e : List.of(someoneElse, same, otherPhone)) {
            assertThat(service.openMatchCheck(e.id())).as(e.fullName()).isEmpty();
        }
        // a name alone is no strong match
        Enquiry sameName = service.save(desk.walkIn("Lakshmi Narayan", null).build());
        assertThat(service.openMatchCheck(sameName.id())).isEmpty();
    }
}
