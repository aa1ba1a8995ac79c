package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.CLINICIAN;
import static org.clinicdesk.store.jooq.Tables.CLINICIAN_HOURS;
import static org.clinicdesk.store.jooq.Tables.CLINICIAN_LEAVE;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.ClinicianRepository;
import org.clinicdesk.domain.consultation.WeeklyHours;
import org.clinicdesk.store.jooq.tables.records.ClinicianRecord;
import org.jooq.DSLContext;

/** Clinicians, their weekly hours and leave days in SQLite. */
public final class JooqClinicianRepository implements ClinicianRepository {
    private final Database db;
    private final Clock clock;

    public JooqClinicianRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Clinician> findAll() {
        return db.read(ctx -> load(ctx, ctx.selectFrom(CLINICIAN).orderBy(CLINICIAN.NAME).fetch()));
    }

    @Override
    public Optional<Clinician> find(long id) {
        return db.read(ctx -> load(ctx, ctx.selectFrom(CLINICIAN).where(CLINICIAN.ID.eq(id)).fetch())).stream().findFirst();
    }

    private static List<Clinician> load(DSLContext ctx, List<ClinicianRecord> rows) {
        List<Long> ids = rows.stream().map(ClinicianRecord::getId).toList();
        Map<Long, List<WeeklyHours>> hours = ctx.selectFrom(CLINICIAN_HOURS).where(CLINICIAN_HOURS.CLINICIAN_ID.in(ids))
                .fetch().stream().collect(Collectors.groupingBy(h -> h.getClinicianId(), Collectors.mapping(h ->
                        new WeeklyHours(h.getCentreId(), DayOfWeek.of(h.getWeekday()), LocalTime.parse(h.getStartTime()),
                                LocalTime.parse(h.getEndTime())), Collectors.toList())));
        Map<Long, List<LocalDate>> leave = ctx.selectFrom(CLINICIAN_LEAVE).where(CLINICIAN_LEAVE.CLINICIAN_ID.in(ids))
                .fetch().stream().collect(Collectors.groupingBy(l -> l.getClinicianId(),
                        Collectors.mapping(l -> LocalDate.parse(l.getDay()), Collectors.toList())));
        return rows.stream().map(r -> new Clinician(r.getId(), r.getName(), r.getStaffId(), r.getDefaultSlotMinutes(),
                r.getActive() == 1, hours.getOrDefault(r.getId(), List.of()),
                new TreeSet<>(leave.getOrDefault(r.getId(), List.of())))).toList();
    }

    @Override
    public Clinician save(Clinician c) {
        String now = Timestamps.now(clock);
        return db.write(ctx -> {
            long id;
            if (c.isNew()) {
                id = ctx.insertInto(CLINICIAN).set(CLINICIAN.NAME, c.name()).set(CLINICIAN.STAFF_ID, c.staffId())
                        .set(CLINICIAN.DEFAULT_SLOT_MINUTES, c.slotMinutes()).set(CLINICIAN.ACTIVE, c.active() ? 1 : 0)
                        .set(CLINICIAN.CREATED_AT, now).set(CLINICIAN.UPDATED_AT, now)
                        .returning(CLINICIAN.ID).fetchSingle().getId();
            } else {
                id = c.id();
                ctx.update(CLINICIAN).set(CLINICIAN.NAME, c.name()).set(CLINICIAN.STAFF_ID, c.staffId())
                        .set(CLINICIAN.DEFAULT_SLOT_MINUTES, c.slotMinutes()).set(CLINICIAN.ACTIVE, c.active() ? 1 : 0)
                        .set(CLINICIAN.UPDATED_AT, now).where(CLINICIAN.ID.eq(id)).execute();
            }
            ctx.deleteFrom(CLINICIAN_HOURS).where(CLINICIAN_HOURS.CLINICIAN_ID.eq(id)).execute();
            for (WeeklyHours h : c.hours()) {
                ctx.insertInto(CLINICIAN_HOURS).set(CLINICIAN_HOURS.CLINICIAN_ID, id)
                        .set(CLINICIAN_HOURS.CENTRE_ID, h.centreId()).set(CLINICIAN_HOURS.WEEKDAY, h.day().getValue())
                        .set(CLINICIAN_HOURS.START_TIME, h.from().toString()).set(CLINICIAN_HOURS.END_TIME, h.to().toString())
                        .execute();
            }
            ctx.deleteFrom(CLINICIAN_LEAVE).where(CLINICIAN_LEAVE.CLINICIAN_ID.eq(id)).execute();
            for (LocalDate day : c.leaveDays()) {
                ctx.insertInto(CLINICIAN_LEAVE).set(CLINICIAN_LEAVE.CLINICIAN_ID, id)
                        .set(CLINICIAN_LEAVE.DAY, day.toString()).execute();
            }
            return c.withId(id);
        });
    }
}
