package org.clinicdesk.domain.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/**
 * Booking consultations and reading the diary. A clinician is never double-booked: the store refuses an overlapping
 * booking inside the write transaction, and this service then offers the next free slots.
 */
public final class ConsultationService {
    static final String ENTITY = "consultation";
    static final int ALTERNATIVES = 6;

    private final ConsultationRepository repository;
    private final ClinicianRepository clinicians;
    private final ClinicService clinic;
    private final Transactions transactions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public ConsultationService(ConsultationRepository repository, ClinicianRepository clinicians, ClinicService clinic,
                               Transactions transactions, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.clinicians = clinicians;
        this.clinic = clinic;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The clinic's time zone (Asia/Kolkata unless set otherwise). */
    public ZoneId zone() {
        return ZoneId.of(clinic.clinic().map(Clinic::timeZone).orElse(Clinic.DEFAULT_TIME_ZONE));
    }

    /** The clock in the clinic's time zone: every "today" and "now" here comes from it. */
    public Clock localClock() {
        return clock.withZone(zone());
    }

    public LocalDate today() {
        return LocalDate.now(localClock());
    }

    public LocalDateTime now() {
        return LocalDateTime.now(localClock());
    }

    public List<Centre> centres() {
        return clinic.centres().stream().filter(Centre::active).toList();
    }

    public Optional<Centre> deskCentre() {
        return clinic.deskCentre();
    }

    public List<Clinician> clinicians() {
        mayRead();
        return clinicians.findAll();
    }

    /** Free slots of a clinician at a centre, from a day over the next days, at most {@code limit}. */
    public List<Slot> freeSlots(long clinicianId, long centreId, LocalDate from, int days, int durationMinutes, int limit) {
        mayRead();
        Clinician c = clinician(clinicianId);
        List<Consultation> bookings = repository.findStarting(from.minusDays(1).atStartOfDay(),
                from.plusDays(days + 1L).atStartOfDay(), null, clinicianId);
        return new SlotFinder(localClock()).freeSlotsFrom(c, centreId, from, days, durationMinutes, bookings, limit);
    }

    public Optional<EnquiryContact> enquiry(long enquiryId) {
        mayRead();
        return repository.findEnquiry(enquiryId);
    }

    public List<EnquiryContact> searchEnquiries(String text) {
        mayRead();
        return text == null || text.strip().length() < 2 ? List.of() : repository.searchEnquiries(text.strip(), 20);
    }

    public Optional<Consultation> find(long id) {
        mayRead();
        return repository.find(id);
    }

    /** Every consultation starting on these days, of every status; centre and clinician filters may be null. */
    public List<Consultation> between(LocalDate from, LocalDate toExclusive, Long centreId, Long clinicianId) {
        mayRead();
        return repository.findStarting(from.atStartOfDay(), toExclusive.atStartOfDay(), centreId, clinicianId);
    }

    public List<Consultation> day(long centreId, LocalDate day) {
        return between(day, day.plusDays(1), centreId, null);
    }

    public List<Consultation> forEnquiry(long enquiryId) {
        mayRead();
        return repository.findForEnquiry(enquiryId);
    }

    /** Books a consultation for an existing enquiry, and moves the enquiry to "consultation booked". */
    public Consultation book(NewConsultation request) {
        currentUser.require(Permission.BOOK_CONSULTATION, "action.bookConsultation");
        Map<String, String> errors = bookingErrors(request, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return withAlternatives(request, () -> transactions.inTransaction(() -> bookInTransaction(request)));
    }

    /**
     * A quick walk-in booking: records the enquiry and books it, all or nothing. The phone is kept only with the
     * consent staff say the person gave (how, now): without it nothing is recorded.
     */
    public Consultation bookWalkIn(String fullName, String phone, ConsentMethod consent, NewConsultation request) {
        currentUser.require(Permission.BOOK_CONSULTATION, "action.bookConsultation");
        Map<String, String> errors = new LinkedHashMap<>();
        if (fullName == null || fullName.isBlank()) {
            errors.put("fullName", "Enter the person's name.");
        }
        PhoneNumber number = null;
        try {
            number = PhoneNumber.parse(phone, "phone");
        } catch (ValidationException e) {
            errors.putAll(e.fieldErrors());
        }
        if (consent == null) {
            errors.put("consent", "Say how the person agreed that the clinic keeps their phone number.");
        }
        errors.putAll(bookingErrors(request, false));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String e164 = number.e164();
        return withAlternatives(request, () -> transactions.inTransaction(() -> {
            long enquiryId = repository.insertWalkInEnquiry(fullName.strip(), e164, consent, request.centreId(), clock.instant());
            audit.record(AuditAction.CREATE, "enquiry", enquiryId, "walk-in recorded while booking, consent " + consent);
            return bookInTransaction(request.forEnquiry(enquiryId));
        }));
    }

    /** Moves a consultation to a new time (or clinician): the old one becomes "rescheduled" and links to the new. */
    public Consultation reschedule(long id, LocalDateTime start, long clinicianId, int durationMinutes) {
        currentUser.require(Permission.BOOK_CONSULTATION, "action.rescheduleConsultation");
        Consultation old = existing(id);
        old.status().refusal(ConsultationStatus.RESCHEDULED).ifPresent(reason -> {
            throw new ClinicDeskException(reason);
        });
        NewConsultation request = new NewConsultation(old.enquiryId(), old.centreId(), clinicianId, start,
                durationMinutes, old.mode(), old.notes(), old.id());
        Map<String, String> errors = bookingErrors(request, false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return withAlternatives(request, () -> transactions.inTransaction(() -> {
            repository.changeStatus(id, old.version(), ConsultationStatus.RESCHEDULED, old.status(), null, clock.instant());
            audit.record(AuditAction.STATUS_CHANGE, ENTITY, id, old.status() + " → RESCHEDULED");
            Consultation moved = repository.insert(request);
            audit.record(AuditAction.CREATE, ENTITY, moved.id(), "rescheduled from consultation " + id);
            repository.addEnquiryEvent(old.enquiryId(), "CONSULTATION", "Consultation moved from "
                    + DateFormats.WEEKDAY_DATE_TIME.format(old.start()) + " to " + describe(moved), clock.instant());
            return moved;
        }));
    }

    private Consultation bookInTransaction(NewConsultation request) {
        Consultation booked = repository.insert(request);
        Instant now = clock.instant();
        repository.markEnquiryBooked(request.enquiryId(), now);
        repository.addEnquiryEvent(request.enquiryId(), "CONSULTATION", "Consultation booked: " + describe(booked), now);
        audit.record(AuditAction.CREATE, ENTITY, booked.id(), "enquiry " + request.enquiryId() + ", clinician "
                + request.clinicianId() + ", centre " + request.centreId() + ", " + request.durationMinutes() + " min, "
                + request.mode());
        return booked;
    }

    /** On a clash, rolls back (the transaction already has) and says which slots are free instead. */
    private Consultation withAlternatives(NewConsultation request, java.util.function.Supplier<Consultation> work) {
        try {
            return work.get();
        } catch (SlotTakenException e) {
            LocalDateTime from = request.start().isBefore(now()) ? now() : request.start();
            Clinician c = clinician(request.clinicianId());
            List<Consultation> bookings = repository.findStarting(from.toLocalDate().minusDays(1).atStartOfDay(),
                    from.toLocalDate().plusDays(15).atStartOfDay(), null, c.id());
            throw e.withAlternatives(new SlotFinder(localClock()).nextFreeAfter(c, request.centreId(), from, 14,
                    request.durationMinutes(), bookings, ALTERNATIVES));
        }
    }

    private Map<String, String> bookingErrors(NewConsultation r, boolean needsEnquiry) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (needsEnquiry && repository.findEnquiry(r.enquiryId()).isEmpty()) {
            errors.put("enquiry", "Choose the enquiry this consultation is for.");
        }
        if (r.mode() == null) {
            errors.put("mode", "Choose in person, video or phone.");
        }
        if (r.durationMinutes() < 5 || r.durationMinutes() > 480) {
            errors.put("duration", "The duration must be between 5 and 480 minutes.");
        }
        Optional<Clinician> c = clinicians.find(r.clinicianId());
        if (c.isEmpty() || !c.get().active()) {
            errors.put("clinician", "Choose an active clinician.");
        } else if (r.start() == null) {
            errors.put("slot", "Choose a time.");
        } else if (r.start().isBefore(now())) {
            errors.put("slot", "That time has passed; choose a time from now on.");
        } else if (c.get().onLeave(r.start().toLocalDate())) {
            errors.put("slot", c.get().name() + " is on leave on " + r.start().toLocalDate() + ".");
        } else if (c.get().hoursOn(r.start().toLocalDate(), r.centreId()).stream().noneMatch(h ->
                !r.start().toLocalTime().isBefore(h.from()) && !r.end().toLocalTime().isAfter(h.to())
                        && r.end().toLocalDate().equals(r.start().toLocalDate()))) {
            errors.put("slot", c.get().name() + " does not see patients at this centre at that time.");
        }
        return errors;
    }

    Clinician clinician(long id) {
        return clinicians.find(id).orElseThrow(() -> new ClinicDeskException(UserMessage.of("consultation.error.clinicianLongerExists")));
    }

    Consultation existing(long id) {
        return repository.find(id).orElseThrow(() -> new ClinicDeskException(UserMessage.of("consultation.error.consultationLongerExists")));
    }

    /** "Wed 25 Nov 2026, 10:30 with Dr Kavitha Rao at Bangalore — Indiranagar (in person)": for the timeline. */
    String describe(Consultation c) {
        String centre = clinic.centres().stream().filter(x -> x.id() == c.centreId()).map(Centre::name).findFirst().orElse("");
        String who = clinicians.find(c.clinicianId()).map(Clinician::name).orElse("");
        return DateFormats.WEEKDAY_DATE_TIME.format(c.start()) + " with " + who + " at " + centre + " ("
                + c.mode().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    /** Reads of the diary need someone signed in (or the command-line actor). */
    private void mayRead() {
        currentUser.require(Permission.VIEW_DESK, "action.seeConsultations");
    }
}
