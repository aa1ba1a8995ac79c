package org.clinicdesk.domain.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.domain.sheet.HandoutMethod;
import org.clinicdesk.domain.staff.PermissionDeniedException;
import org.clinicdesk.store.JooqEnquiryRepository;
import org.clinicdesk.testing.ConsultationFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A booking slip's facts come from the diary, the centre and the enquiry; each slip given is on the timeline. */
class BookingSlipServiceTest {
    @TempDir
    Path dir;
    private ConsultationFixture f;
    private long enquiry;
    private Consultation booked;

    @BeforeEach
    void setUp() {
        f = new ConsultationFixture(dir, TestDb.CLOCK).seed();
        enquiry = f.enquiry("ರಮೇಶ್ ಗೌಡ", "+919845012345", "CONTACTED", null);
        f.db.writeVoid(ctx -> ctx.update(CENTRE).set(CENTRE.WHATSAPP, "+919845000001")
                .set(CENTRE.VIDEO_LINK, "https://meet.example/blr").where(CENTRE.ID.eq(f.bangalore)).execute());
        booked = f.consultations.book(new NewConsultation(enquiry, f.bangalore, f.rao.id(),
                LocalDateTime.of(2026, 11, 27, 11, 0), 30, ConsultationMode.VIDEO, "", null));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSlipHoldsTheConsultationTheClinicianAndTheCentresContactsAndVideoLink() {
        BookingSlip slip = f.slips.slip(booked.id(), Language.KANNADA, SlipPaper.A5);
        assertThat(slip.personName()).isEqualTo("ರಮೇಶ್ ಗೌಡ");
        assertThat(slip.start()).isEqualTo(LocalDateTime.of(2026, 11, 27, 11, 0));
        assertThat(slip.clinicianName()).isEqualTo("Dr Kavitha Rao");
        assertThat(slip.clinicName()).isEqualTo("Deccan Rheumatology Clinic");
        assertThat(slip.centreName()).isEqualTo("Bangalore — Indiranagar");
        assertThat(slip.centreAddress()).startsWith("12, 100 Feet Road");
        assertThat(slip.centrePhone()).isEqualTo("+918041234567");
        assertThat(slip.centreWhatsapp()).isEqualTo("+919845000001");
        assertThat(slip.videoLink()).isEqualTo("https://meet.example/blr");
        assertThat(slip.mode()).isEqualTo(ConsultationMode.VIDEO);
        assertThat(slip.bookedOn()).isEqualTo(LocalDate.ofInstant(TestDb.CLOCK.instant(), TestDb.ZONE));
        assertThat(f.slips.pdf(slip)).startsWith("%PDF".getBytes());
    }

    @Test
    void theSlipIsInTheLanguageOnTheEnquiryAndInEnglishWhenNotAsked() {
        assertThat(f.slips.languageFor(enquiry)).isEqualTo(Language.ENGLISH);
        f.db.writeVoid(ctx -> ctx.update(ENQUIRY).set(ENQUIRY.LANGUAGE, "kn").where(ENQUIRY.ID.eq(enquiry)).execute());
        assertThat(f.slips.languageFor(enquiry)).isEqualTo(Language.KANNADA);
        f.db.writeVoid(ctx -> ctx.update(ENQUIRY).set(ENQUIRY.LANGUAGE, "other").where(ENQUIRY.ID.eq(enquiry)).execute());
        assertThat(f.slips.languageFor(enquiry)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void eachSlipGivenIsALineOnTheEnquirysTimelineByTheReceptionist() {
        BookingSlip slip = f.slips.slip(booked.id(), Language.KANNADA, SlipPaper.A5);
        f.slips.recordGiven(slip, HandoutMethod.PRINTED);
        f.slips.recordGiven(f.slips.slip(booked.id(), Language.ENGLISH, SlipPaper.A4), HandoutMethod.PDF);
        assertThat(new JooqEnquiryRepository(f.db).timeline(enquiry)).filteredOn(t -> t.code().equals("BOOKING_SLIP"))
                .extracting(TimelineEntry::detail, TimelineEntry::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-11-27 11:00 · kn · A5 · PRINTED", "Asha Kulkarni"),
                        org.assertj.core.groups.Tuple.tuple("2026-11-27 11:00 · en · A4 · PDF", "Asha Kulkarni"));
    }

    @Test
    void noSlipForACancelledConsultationOrForNobodySignedIn() {
        ConsultationStatusService statuses = f.statuses;
        Consultation cancelled = statuses.cancel(booked.id(), "Family emergency");
        assertThatThrownBy(() -> f.slips.slip(cancelled.id(), Language.ENGLISH, SlipPaper.A5))
                .isInstanceOf(ClinicDeskException.class).hasMessageContaining("still to come");
        f.user.signOut();
        assertThatThrownBy(() -> f.slips.slip(booked.id(), Language.ENGLISH, SlipPaper.A5))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
