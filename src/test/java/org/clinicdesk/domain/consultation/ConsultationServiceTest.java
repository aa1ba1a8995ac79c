package org.clinicdesk.domain.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.PermissionDeniedException;
import org.clinicdesk.domain.today.TodayOverview;
import org.clinicdesk.testing.ConsultationFixture;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsultationServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25); // a Wednesday; the clock says 10:00
    @TempDir
    Path dir;
    ConsultationFixture f;

    @BeforeEach
    void open() {
        f = new ConsultationFixture(dir, TestDb.CLOCK).seed();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private NewConsultation at(long enquiry, int hour, int minute) {
        return new NewConsultation(enquiry, f.bangalore, f.rao.id(), TODAY.atTime(hour, minute), 30,
                ConsultationMode.IN_PERSON, "", null);
    }

    @Test
    void bookingFromAnEnquiryMovesItToBookedOnItsTimelineAndInTheAuditLog() {
        long enquiry = f.enquiry("Lakshmi Narayanan", "+919845012345", "CONTACTED", "2026-11-24");
        Consultation c = f.consultations.book(at(enquiry, 10, 30));

        assertThat(c.status()).isEqualTo(ConsultationStatus.BOOKED);
        assertThat(c.personName()).isEqualTo("Lakshmi Narayanan");
        assertThat(c.end()).isEqualTo(TODAY.atTime(11, 0));
        var row = f.db.read(ctx -> ctx.fetchSingle(ENQUIRY, ENQUIRY.ID.eq(enquiry)));
        assertThat(row.getStatus()).isEqualTo("BOOKED");
        assertThat(row.getNextFollowUp()).isNull();
        assertThat(row.getVersion()).isEqualTo(2);
        assertThat(f.db.<List<String>>read(ctx -> ctx.select(ENQUIRY_EVENT.KIND, ENQUIRY_EVENT.DETAIL).from(ENQUIRY_EVENT)
                .where(ENQUIRY_EVENT.ENQUIRY_ID.eq(enquiry)).orderBy(ENQUIRY_EVENT.ID).fetch().map(r -> r.value1() + ": " + r.value2())))
                .containsExactly("STATUS: CONTACTED → BOOKED",
                        "CONSULTATION: Consultation booked: Wed 25 Nov 2026, 10:30 with Dr Kavitha Rao at Bangalore — Indiranagar (in person)");
        var audit = f.db.read(ctx -> ctx.fetchSingle(AUDIT_EVENT, AUDIT_EVENT.ENTITY.eq("consultation")));
        assertThat(audit.getAction()).isEqualTo("CREATE");
        assertThat(audit.getStaffId()).isEqualTo(f.reception.id());
        assertThat(audit.getSummary()).doesNotContain("Lakshmi").doesNotContain("98450");
    }

    @Test
    void anOverlappingBookingIsRefusedWithTheClashAndTheNextFreeSlots() {
        long first = f.enquiry("First Person", "+919845012345", "NEW", null);
        long second = f.enquiry("Second Person", "+919845012346", "NEW", null);
        f.consultations.book(at(first, 10, 30));

        assertThatThrownBy(() -> f.consultations.book(new NewConsultation(second, f.bangalore, f.rao.id(),
                TODAY.atTime(10, 45), 30, ConsultationMode.VIDEO, "", null)))
                .isInstanceOfSatisfying(SlotTakenException.class, e -> {
                    assertThat(e.clashStart()).isEqualTo(TODAY.atTime(10, 30));
                    assertThat(e.clashEnd()).isEqualTo(TODAY.atTime(11, 0));
                    assertThat(e.alternatives()).extracting(Slot::start)
                            .startsWith(TODAY.atTime(11, 0), TODAY.atTime(11, 30));
                    assertThat(e.getMessage()).contains("10:30").contains("11:00");
                });
        // nothing of the refused booking was kept: the second enquiry did not move either
        assertThat(f.db.<Integer>read(ctx -> ctx.fetchCount(CONSULTATION))).isEqualTo(1);
        assertThat(f.db.<String>read(ctx -> ctx.fetchSingle(ENQUIRY, ENQUIRY.ID.eq(second)).getStatus())).isEqualTo("NEW");
        assertThat(f.consultations.freeSlots(f.rao.id(), f.bangalore, TODAY, 1, 30, 50)).extracting(Slot::start)
                .doesNotContain(TODAY.atTime(10, 30)).contains(TODAY.atTime(10, 0), TODAY.atTime(11, 0));
    }

    @Test
    void theDatabaseItselfRefusesAnOverlapWrittenAroundTheStore() {
        long first = f.enquiry("First Person", "+919845012345", "NEW", null);
        f.consultations.book(at(first, 10, 30));
        assertThatThrownBy(() -> f.db.writeVoid(ctx -> ctx.insertInto(CONSULTATION)
                .set(CONSULTATION.ENQUIRY_ID, first).set(CONSULTATION.CENTRE_ID, f.hyderabad)
                .set(CONSULTATION.CLINICIAN_ID, f.rao.id()).set(CONSULTATION.STARTS_AT, "2026-11-25T10:59")
                .set(CONSULTATION.ENDS_AT, "2026-11-25T11:29").set(CONSULTATION.DURATION_MINUTES, 30)
                .set(CONSULTATION.MODE, "PHONE").set(CONSULTATION.CREATED_AT, "x").set(CONSULTATION.UPDATED_AT, "x")
                .execute())).hasMessageContaining("clinician double-booked");
        // touching end to start is not an overlap
        f.db.writeVoid(ctx -> ctx.insertInto(CONSULTATION)
                .set(CONSULTATION.ENQUIRY_ID, first).set(CONSULTATION.CENTRE_ID, f.bangalore)
                .set(CONSULTATION.CLINICIAN_ID, f.rao.id()).set(CONSULTATION.STARTS_AT, "2026-11-25T11:00")
                .set(CONSULTATION.ENDS_AT, "2026-11-25T11:30").set(CONSULTATION.DURATION_MINUTES, 30)
                .set(CONSULTATION.MODE, "PHONE").set(CONSULTATION.CREATED_AT, "x").set(CONSULTATION.UPDATED_AT, "x")
                .execute());
        assertThat(f.db.<Integer>read(ctx -> ctx.fetchCount(CONSULTATION))).isEqualTo(2);
    }

    @Test
    void arrivedThenCompletedShowsOnTheEnquiryTimelineAndAWrongMarkCanBeUndoneToday() {
        long enquiry = f.enquiry("Lakshmi Narayanan", "+919845012345", "NEW", null);
        Consultation c = f.consultations.book(at(enquiry, 10, 30));
        assertThatThrownBy(() -> f.statuses.move(c.id(), ConsultationStatus.COMPLETED))
                .isInstanceOf(ClinicDeskException.class).hasMessageContaining("arrived");

        f.statuses.move(c.id(), ConsultationStatus.ARRIVED);
        Consultation done = f.statuses.move(c.id(), ConsultationStatus.COMPLETED);
        assertThat(done.status()).isEqualTo(ConsultationStatus.COMPLETED);
        assertThat(done.previousStatus()).isEqualTo(ConsultationStatus.ARRIVED);
        assertThat(events(enquiry)).anyMatch(e -> e.startsWith("CONSULTATION: Consultation completed: Wed 25 Nov 2026, 10:30"));

        Consultation undone = f.statuses.undo(c.id());
        assertThat(undone.status()).isEqualTo(ConsultationStatus.ARRIVED);
        assertThat(undone.previousStatus()).isNull();
        assertThatThrownBy(() -> f.statuses.undo(c.id())).hasMessageContaining("no status change to undo");
        assertThat(f.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("STATUS_CHANGE")))).isEqualTo(3);
    }

    @Test
    void aChangeMadeOnAnEarlierDayCannotBeUndone() {
        long enquiry = f.enquiry("Lakshmi Narayanan", "+919845012345", "NEW", null);
        Consultation c = f.consultations.book(at(enquiry, 10, 30));
        f.statuses.move(c.id(), ConsultationStatus.NO_SHOW);
        try (ConsultationFixture tomorrow = new ConsultationFixture(Database.open(f.db.file()),
                Clock.offset(TestDb.CLOCK, Duration.ofDays(1)))) {
            tomorrow.user.signIn(f.reception);
            assertThatThrownBy(() -> tomorrow.statuses.undo(c.id())).hasMessageContaining("Only a change made today");
        }
    }

    @Test
    void cancellingNeedsAReasonFreesTheTimeAndItsUndoIsRefusedOnceTheTimeIsRebooked() {
        long first = f.enquiry("First Person", "+919845012345", "NEW", null);
        long second = f.enquiry("Second Person", "+919845012346", "NEW", null);
        Consultation c = f.consultations.book(at(first, 11, 0));
        assertThatThrownBy(() -> f.statuses.cancel(c.id(), " ")).isInstanceOf(ValidationException.class);
        Consultation cancelled = f.statuses.cancel(c.id(), "Travelling");
        assertThat(cancelled.cancelReason()).isEqualTo("Travelling");
        f.consultations.book(at(second, 11, 0));
        assertThatThrownBy(() -> f.statuses.undo(c.id())).isInstanceOf(SlotTakenException.class);
        assertThat(f.consultations.find(c.id()).orElseThrow().status()).isEqualTo(ConsultationStatus.CANCELLED);
    }

    @Test
    void reschedulingLinksTheOldAndTheNewAndMayOverlapItsOwnOldTime() {
        long enquiry = f.enquiry("Lakshmi Narayanan", "+919845012345", "NEW", null);
        Consultation c = f.consultations.book(at(enquiry, 11, 0));
        Consultation moved = f.consultations.reschedule(c.id(), TODAY.atTime(11, 15), f.rao.id(), 30);
        assertThat(moved.rescheduledFromId()).isEqualTo(c.id());
        assertThat(f.consultations.find(c.id()).orElseThrow().status()).isEqualTo(ConsultationStatus.RESCHEDULED);
        assertThat(f.consultations.forEnquiry(enquiry)).hasSize(2);
        assertThatThrownBy(() -> f.statuses.undo(c.id())).hasMessageContaining("cannot be undone");
    }

    @Test
    void bookingOutsideHoursOnLeaveOrInThePastIsRefusedPlainly() {
        long enquiry = f.enquiry("Lakshmi Narayanan", "+919845012345", "NEW", null);
        assertThatThrownBy(() -> f.consultations.book(at(enquiry, 9, 30)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("slot"));
        assertThatThrownBy(() -> f.consultations.book(at(enquiry, 16, 45)))
                .hasMessageContaining("does not see patients");
        f.user.signIn(f.manager);
        f.clinicians.save(new org.clinicdesk.domain.consultation.Clinician(f.rao.id(), f.rao.name(), null, 30, true,
                f.rao.hours(), new java.util.TreeSet<>(List.of(TODAY.plusDays(2)))));
        assertThatThrownBy(() -> f.consultations.book(new NewConsultation(enquiry, f.bangalore, f.rao.id(),
                TODAY.plusDays(2).atTime(11, 0), 30, ConsultationMode.PHONE, "", null))).hasMessageContaining("on leave");
    }

    @Test
    void aWalkInBookingRecordsTheEnquiryWithTheConsentStaffChoseAndANormalisedPhone() {
        int enquiries = f.db.read(ctx -> ctx.fetchCount(ENQUIRY));
        assertThatThrownBy(() -> f.consultations.bookWalkIn("ರಮೇಶ್ ಗೌಡ", "098450 12345", null, at(0, 12, 0)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("consent"));
        assertThat(f.db.<Integer>read(ctx -> ctx.fetchCount(ENQUIRY))).isEqualTo(enquiries);
        Consultation c = f.consultations.bookWalkIn("ರಮೇಶ್ ಗೌಡ", "098450 12345",
                org.clinicdesk.domain.enquiry.ConsentMethod.SPOKEN, at(0, 12, 0));
        var enquiry = f.db.read(ctx -> ctx.fetchSingle(ENQUIRY, ENQUIRY.ID.eq(c.enquiryId())));
        assertThat(enquiry.getPhone()).isEqualTo("+919845012345");
        assertThat(enquiry.getChannel()).isEqualTo("WALK_IN");
        assertThat(enquiry.getConsentMethod()).isEqualTo("SPOKEN");
        assertThat(enquiry.getStatus()).isEqualTo("BOOKED");
        assertThat(enquiry.getPersonId()).isEqualTo(enquiry.getId());
        assertThatThrownBy(() -> f.consultations.bookWalkIn("", "12",
                org.clinicdesk.domain.enquiry.ConsentMethod.SPOKEN, at(0, 12, 30)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("fullName", "phone"));
    }

    @Test
    void permissionsAreCheckedInTheServices() {
        long enquiry = f.enquiry("Lakshmi Narayanan", "+919845012345", "NEW", null);
        assertThatThrownBy(() -> f.clinicians.deactivate(f.rao)).isInstanceOf(PermissionDeniedException.class);
        f.user.signOut();
        assertThatThrownBy(() -> f.consultations.book(at(enquiry, 10, 30)))
                .isInstanceOf(PermissionDeniedException.class).hasMessage("Sign in to book a consultation.");
        f.user.signIn(f.manager);
        assertThat(f.clinicians.deactivate(f.rao).active()).isFalse();
        assertThat(f.clinicians.all()).hasSize(1);
        assertThat(f.clinicians.active()).isEmpty();
    }

    @Test
    void todayListsConsultationsArrivalsFollowUpsAndNewEnquiries() {
        long due = f.enquiry("Due Today", "+919845012345", "NEW", "2026-11-25");
        f.enquiry("Overdue", "+919845012346", "CONTACTED", "2026-11-20");
        f.enquiry("Later", "+919845012347", "NEW", "2026-11-28");
        f.enquiry("Closed", "+919845012348", "CLOSED", "2026-11-20");
        Consultation c = f.consultations.book(at(due, 10, 30));
        f.statuses.markUnreachable(c.id());

        TodayOverview today = f.today.overview();
        assertThat(today.today()).isEqualTo(TODAY);
        assertThat(today.consultations()).extracting(Consultation::id).containsExactly(c.id());
        assertThat(today.stillExpected()).hasSize(1);
        assertThat(today.followUps()).extracting(g -> g.fullName()).containsExactly("Overdue");
        assertThat(today.newEnquiries()).hasSize(4);
        assertThat(today.consultations().getFirst().unreachableAt()).isNotNull();
    }

    private List<String> events(long enquiry) {
        return f.db.read(ctx -> ctx.select(ENQUIRY_EVENT.KIND, ENQUIRY_EVENT.DETAIL).from(ENQUIRY_EVENT)
                .where(ENQUIRY_EVENT.ENQUIRY_ID.eq(enquiry)).orderBy(ENQUIRY_EVENT.ID).fetch()
                .map(r -> r.value1() + ": " + r.value2()));
    }

}
