package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.ConsultationMode;
import org.clinicdesk.domain.consultation.ConsultationRepository;
import org.clinicdesk.domain.consultation.ConsultationStatus;
import org.clinicdesk.domain.consultation.EnquiryContact;
import org.clinicdesk.domain.consultation.NewConsultation;
import org.clinicdesk.domain.consultation.SlotTakenException;
import org.clinicdesk.domain.consultation.StaleConsultationException;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.store.jooq.tables.records.ConsultationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

/**
 * Consultations; the overlap check runs inside the write transaction, the database's own guard behind it (SQLite: the
 * V6 triggers; PostgreSQL: the V6 exclusion constraint, which also settles two desks booking at the same moment).
 */
public final class JooqConsultationRepository implements ConsultationRepository {
    /** Statuses that free the clinician's time; must match the V6 triggers. */
    static final List<String> FREEING = List.of("CANCELLED", "RESCHEDULED", "NO_SHOW");
    private static final String TRIGGER_MESSAGE = "clinician double-booked";
    /** PostgreSQL's exclusion constraint (postgresql/V6): two desks booked the same slot at the same moment. */
    private static final String CONSTRAINT_NAME = "consultation_no_overlap";

    private final Database db;
    private final Clock clock;
    private final CurrentUser currentUser;

    public JooqConsultationRepository(Database db, Clock clock, CurrentUser currentUser) {
        this.db = db;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public Consultation insert(NewConsultation n) {
        String now = Timestamps.now(clock);
        Long by = currentUser.idOrNull();
        return guarded(n.clinicianId(), () -> db.write(ctx -> {
            refuseOverlap(ctx, n.clinicianId(), n.start(), n.end(), null);
            long id = ctx.insertInto(CONSULTATION)
                    .set(CONSULTATION.ENQUIRY_ID, n.enquiryId())
                    .set(CONSULTATION.CENTRE_ID, n.centreId())
                    .set(CONSULTATION.CLINICIAN_ID, n.clinicianId())
                    .set(CONSULTATION.STARTS_AT, n.start().toString())
                    .set(CONSULTATION.ENDS_AT, n.end().toString())
                    .set(CONSULTATION.DURATION_MINUTES, n.durationMinutes())
                    .set(CONSULTATION.MODE, n.mode().name())
                    .set(CONSULTATION.STATUS, ConsultationStatus.BOOKED.name())
                    .set(CONSULTATION.RESCHEDULED_FROM_ID, n.rescheduledFromId())
                    .set(CONSULTATION.NOTES, n.notes())
                    .set(CONSULTATION.CREATED_AT, now).set(CONSULTATION.CREATED_BY, by)
                    .set(CONSULTATION.UPDATED_AT, now).set(CONSULTATION.UPDATED_BY, by)
                    .returning(CONSULTATION.ID).fetchSingle().getId();
            return findIn(ctx, id).orElseThrow();
        }));
    }

    /** The check the desk relies on: any slot-holding consultation of this clinician overlapping [start, end). */
    private static void refuseOverlap(DSLContext ctx, long clinicianId, LocalDateTime start, LocalDateTime end, Long self) {
        Condition overlap = CONSULTATION.CLINICIAN_ID.eq(clinicianId)
                .and(CONSULTATION.STATUS.notIn(FREEING))
                .and(CONSULTATION.STARTS_AT.lt(end.toString()))
                .and(CONSULTATION.ENDS_AT.gt(start.toString()));
        if (self != null) {
            overlap = overlap.and(CONSULTATION.ID.ne(self));
        }
        var clash = ctx.select(CONSULTATION.STARTS_AT, CONSULTATION.ENDS_AT).from(CONSULTATION).where(overlap)
                .orderBy(CONSULTATION.STARTS_AT).limit(1).fetchOptional();
        if (clash.isPresent()) {
            throw new SlotTakenException(clinicianId, LocalDateTime.parse(clash.get().value1()),
                    LocalDateTime.parse(clash.get().value2()), List.of());
        }
    }

    /** Turns the triggers' refusal (a write that bypassed the check) into the same exception. */
    private static <T> T guarded(long clinicianId, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains(TRIGGER_MESSAGE) || message.contains(CONSTRAINT_NAME)) {
                throw new SlotTakenException(clinicianId, null, null, List.of());
            }
            throw e;
        }
    }

    @Override
    public Optional<Consultation> find(long id) {
        return db.read(ctx -> findIn(ctx, id));
    }

    private static Optional<Consultation> findIn(DSLContext ctx, long id) {
        return select(ctx, CONSULTATION.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<Consultation> findStarting(LocalDateTime from, LocalDateTime to, Long centreId, Long clinicianId) {
        Condition where = CONSULTATION.STARTS_AT.ge(from.toString()).and(CONSULTATION.STARTS_AT.lt(to.toString()));
        if (centreId != null) {
            where = where.and(CONSULTATION.CENTRE_ID.eq(centreId));
        }
        if (clinicianId != null) {
            where = where.and(CONSULTATION.CLINICIAN_ID.eq(clinicianId));
        }
        Condition condition = where;
        return db.read(ctx -> select(ctx, condition));
    }

    @Override
    public List<Consultation> findForEnquiry(long enquiryId) {
        return db.read(ctx -> select(ctx, CONSULTATION.ENQUIRY_ID.eq(enquiryId)));
    }

    private static List<Consultation> select(DSLContext ctx, Condition where) {
        return ctx.select(CONSULTATION.fields()).select(ENQUIRY.FULL_NAME, ENQUIRY.PHONE)
                .from(CONSULTATION).join(ENQUIRY).on(ENQUIRY.ID.eq(CONSULTATION.ENQUIRY_ID))
                .where(where).orderBy(CONSULTATION.STARTS_AT, CONSULTATION.CLINICIAN_ID)
                .fetch(JooqConsultationRepository::toConsultation);
    }

    private static Consultation toConsultation(Record r) {
        ConsultationRecord c = r.into(CONSULTATION);
        return new Consultation(c.getId(), c.getEnquiryId(), c.getCentreId(), c.getClinicianId(),
                LocalDateTime.parse(c.getStartsAt()), c.getDurationMinutes(), ConsultationMode.valueOf(c.getMode()),
                ConsultationStatus.valueOf(c.getStatus()),
                c.getPreviousStatus() == null ? null : ConsultationStatus.valueOf(c.getPreviousStatus()),
                Timestamps.parse(c.getStatusChangedAt()), c.getCancelReason(), c.getRescheduledFromId(),
                Timestamps.parse(c.getUnreachableAt()), c.getNotes(), r.get(ENQUIRY.FULL_NAME), r.get(ENQUIRY.PHONE),
                c.getVersion());
    }

    @Override
    public Consultation changeStatus(long id, int expectedVersion, ConsultationStatus to, ConsultationStatus previous,
                                     String cancelReason, Instant at) {
        return db.write(ctx -> {
            ConsultationRecord current = ctx.fetchOne(CONSULTATION, CONSULTATION.ID.eq(id));
            if (current == null || current.getVersion() != expectedVersion) {
                throw new StaleConsultationException();
            }
            if (to.holdsSlot()) {
                refuseOverlap(ctx, current.getClinicianId(), LocalDateTime.parse(current.getStartsAt()),
                        LocalDateTime.parse(current.getEndsAt()), id);
            }
            ctx.update(CONSULTATION)
                    .set(CONSULTATION.STATUS, to.name())
                    .set(CONSULTATION.PREVIOUS_STATUS, previous == null ? null : previous.name())
                    .set(CONSULTATION.STATUS_CHANGED_AT, Timestamps.format(at))
                    .set(CONSULTATION.CANCEL_REASON, cancelReason)
                    .set(CONSULTATION.UPDATED_AT, Timestamps.now(clock))
                    .set(CONSULTATION.UPDATED_BY, currentUser.idOrNull())
                    .set(CONSULTATION.VERSION, CONSULTATION.VERSION.plus(1))
                    .where(CONSULTATION.ID.eq(id)).and(CONSULTATION.VERSION.eq(expectedVersion))
                    .execute();
            return findIn(ctx, id).orElseThrow();
        });
    }

    @Override
    public Consultation markUnreachable(long id, Instant at) {
        return db.write(ctx -> {
            ctx.update(CONSULTATION).set(CONSULTATION.UNREACHABLE_AT, Timestamps.format(at))
                    .set(CONSULTATION.UPDATED_AT, Timestamps.now(clock)).set(CONSULTATION.UPDATED_BY, currentUser.idOrNull())
                    .set(CONSULTATION.VERSION, CONSULTATION.VERSION.plus(1))
                    .where(CONSULTATION.ID.eq(id)).execute();
            return findIn(ctx, id).orElseThrow(StaleConsultationException::new);
        });
    }

    @Override
    public Optional<EnquiryContact> findEnquiry(long enquiryId) {
        return db.read(ctx -> ctx.select(ENQUIRY.ID, ENQUIRY.FULL_NAME, ENQUIRY.PHONE, ENQUIRY.CENTRE_ID, ENQUIRY.STATUS)
                .from(ENQUIRY).where(ENQUIRY.ID.eq(enquiryId)).and(ENQUIRY.ERASED_AT.isNull())
                .fetchOptional(r -> new EnquiryContact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())));
    }

    @Override
    public List<EnquiryContact> searchEnquiries(String text, int limit) {
        String digits = text.replaceAll("\\D", "");
        Condition match = ENQUIRY.FULL_NAME.likeIgnoreCase("%" + escape(text) + "%", '!');
        if (digits.length() >= 4) {
            match = match.or(ENQUIRY.PHONE.like("%" + digits + "%"));
        }
        Condition where = match;
        return db.read(ctx -> ctx.select(ENQUIRY.ID, ENQUIRY.FULL_NAME, ENQUIRY.PHONE, ENQUIRY.CENTRE_ID, ENQUIRY.STATUS)
                .from(ENQUIRY).where(where).and(ENQUIRY.ERASED_AT.isNull())
                .orderBy(ENQUIRY.CREATED_AT.desc()).limit(limit)
                .fetch(r -> new EnquiryContact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())));
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public long insertWalkInEnquiry(String fullName, String phoneE164, ConsentMethod consent, long centreId, Instant at) {
        String when = Timestamps.format(at);
        Long by = currentUser.idOrNull();
        return db.write(ctx -> {
            long id = ctx.insertInto(ENQUIRY)
                    .set(ENQUIRY.FULL_NAME, fullName).set(ENQUIRY.PHONE, phoneE164)
                    .set(ENQUIRY.CHANNEL, "WALK_IN").set(ENQUIRY.CENTRE_ID, centreId).set(ENQUIRY.STATUS, "NEW")
                    .set(ENQUIRY.CONSENT_GIVEN_AT, when).set(ENQUIRY.CONSENT_METHOD, consent.name())
                    .set(ENQUIRY.CREATED_AT, when).set(ENQUIRY.CREATED_BY, by)
                    .set(ENQUIRY.UPDATED_AT, when).set(ENQUIRY.UPDATED_BY, by)
                    .returning(ENQUIRY.ID).fetchSingle().getId();
            // a first enquiry is its own person (see enquiry.person_id)
            ctx.update(ENQUIRY).set(ENQUIRY.PERSON_ID, id).where(ENQUIRY.ID.eq(id)).execute();
            addEvent(ctx, id, "CREATED", "WALK_IN", when, by);
            return id;
        });
    }

    @Override
    public boolean markEnquiryBooked(long enquiryId, Instant at) {
        String when = Timestamps.format(at);
        Long by = currentUser.idOrNull();
        return db.write(ctx -> {
            String status = ctx.select(ENQUIRY.STATUS).from(ENQUIRY).where(ENQUIRY.ID.eq(enquiryId)).fetchOne(ENQUIRY.STATUS);
            if (status == null || status.equals("BOOKED")) {
                return false;
            }
            ctx.update(ENQUIRY).set(ENQUIRY.STATUS, "BOOKED").set(ENQUIRY.CLOSE_REASON, (String) null)
                    .set(ENQUIRY.NEXT_FOLLOW_UP, (String) null)
                    .set(ENQUIRY.UPDATED_AT, when).set(ENQUIRY.UPDATED_BY, by)
                    .set(ENQUIRY.VERSION, ENQUIRY.VERSION.plus(1))
                    .where(ENQUIRY.ID.eq(enquiryId)).execute();
            addEvent(ctx, enquiryId, "STATUS", status + " → BOOKED", when, by);
            return true;
        });
    }

    @Override
    public Optional<Instant> bookedAt(long id) {
        return db.read(ctx -> ctx.select(CONSULTATION.CREATED_AT).from(CONSULTATION).where(CONSULTATION.ID.eq(id))
                .fetchOptional(CONSULTATION.CREATED_AT).map(Timestamps::parse));
    }

    @Override
    public void addEnquiryEvent(long enquiryId, String kind, String detail, Instant at) {
        Long by = currentUser.idOrNull();
        db.writeVoid(ctx -> addEvent(ctx, enquiryId, kind, detail, Timestamps.format(at), by));
    }

    private static void addEvent(DSLContext ctx, long enquiryId, String kind, String detail, String at, Long by) {
        ctx.insertInto(ENQUIRY_EVENT).set(ENQUIRY_EVENT.ENQUIRY_ID, enquiryId).set(ENQUIRY_EVENT.KIND, kind)
                .set(ENQUIRY_EVENT.DETAIL, detail).set(ENQUIRY_EVENT.AT, at).set(ENQUIRY_EVENT.STAFF_ID, by)
                .execute();
    }

}
