package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CLINIC;
import static org.clinicdesk.store.jooq.Tables.MEDICAL_CONDITION;
import static org.clinicdesk.store.jooq.Tables.SETTING;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.ClinicRepository;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.store.jooq.tables.records.CentreRecord;
import org.clinicdesk.store.jooq.tables.records.MedicalConditionRecord;

/** Clinic, centres, conditions and settings in SQLite. */
public final class JooqClinicRepository implements ClinicRepository {
    private final Database db;
    private final Clock clock;

    public JooqClinicRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Clinic> findClinic() {
        return db.read(ctx -> ctx.selectFrom(CLINIC).where(CLINIC.ID.eq(1L)).fetchOptional()
                .map(r -> new Clinic(r.getName(), r.getConsentNotice(), r.getTimeZone(), r.getIdleLockMinutes(),
                        r.getRetentionMonths())));
    }

    @Override
    public void saveClinic(Clinic clinic) {
        String now = Timestamps.now(clock);
        db.writeVoid(ctx -> ctx.insertInto(CLINIC)
                .set(CLINIC.ID, 1L)
                .set(CLINIC.NAME, clinic.name())
                .set(CLINIC.CONSENT_NOTICE, clinic.consentNotice())
                .set(CLINIC.TIME_ZONE, clinic.timeZone())
                .set(CLINIC.IDLE_LOCK_MINUTES, clinic.idleLockMinutes())
                .set(CLINIC.RETENTION_MONTHS, clinic.retentionMonths())
                .set(CLINIC.CREATED_AT, now)
                .set(CLINIC.UPDATED_AT, now)
                .onConflict(CLINIC.ID).doUpdate()
                .set(CLINIC.NAME, clinic.name())
                .set(CLINIC.CONSENT_NOTICE, clinic.consentNotice())
                .set(CLINIC.TIME_ZONE, clinic.timeZone())
                .set(CLINIC.IDLE_LOCK_MINUTES, clinic.idleLockMinutes())
                .set(CLINIC.RETENTION_MONTHS, clinic.retentionMonths())
                .set(CLINIC.UPDATED_AT, now)
                .execute());
    }

    @Override
    public List<Centre> findCentres() {
        return db.read(ctx -> ctx.selectFrom(CENTRE).orderBy(CENTRE.NAME).fetch(JooqClinicRepository::toCentre));
    }

    @Override
    public Optional<Centre> findCentre(long id) {
        return db.read(ctx -> ctx.selectFrom(CENTRE).where(CENTRE.ID.eq(id)).fetchOptional(JooqClinicRepository::toCentre));
    }

    @Override
    public Centre saveCentre(Centre c) {
        String now = Timestamps.now(clock);
        return db.write(ctx -> {
            CentreRecord r = c.isNew() ? ctx.newRecord(CENTRE) : ctx.fetchSingle(CENTRE, CENTRE.ID.eq(c.id()));
            r.setName(c.name());
            r.setCity(c.city());
            r.setAddress(c.address());
            r.setPhone(c.phone());
            r.setWhatsapp(c.whatsapp());
            r.setWhatsappTemplate(c.whatsappTemplate());
            r.setMapLink(c.mapLink());
            r.setVideoLink(c.videoLink());
            r.setActive(c.active() ? 1 : 0);
            if (c.isNew()) {
                r.setCreatedAt(now);
            }
            r.setUpdatedAt(now);
            r.store();
            return toCentre(r);
        });
    }

    @Override
    public List<MedicalCondition> findConditions() {
        return db.read(ctx -> ctx.selectFrom(MEDICAL_CONDITION)
                .orderBy(MEDICAL_CONDITION.SORT_ORDER, MEDICAL_CONDITION.NAME)
                .fetch(JooqClinicRepository::toCondition));
    }

    @Override
    public MedicalCondition saveCondition(MedicalCondition c) {
        String now = Timestamps.now(clock);
        return db.write(ctx -> {
            MedicalConditionRecord r = c.id() == 0 ? ctx.newRecord(MEDICAL_CONDITION)
                    : ctx.fetchSingle(MEDICAL_CONDITION, MEDICAL_CONDITION.ID.eq(c.id()));
            r.setName(c.name());
            r.setOtherNames(c.otherNames());
            r.setSortOrder(c.sortOrder());
            r.setActive(c.active() ? 1 : 0);
            if (c.id() == 0) {
                r.setCreatedAt(now);
            }
            r.setUpdatedAt(now);
            r.store();
            return toCondition(r);
        });
    }

    @Override
    public Optional<String> setting(String key) {
        return db.read(ctx -> ctx.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE));
    }

    @Override
    public void saveSetting(String key, String value) {
        db.writeVoid(ctx -> ctx.insertInto(SETTING).set(SETTING.KEY, key).set(SETTING.VALUE, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value).execute());
    }

    private static Centre toCentre(CentreRecord r) {
        return new Centre(r.getId(), r.getName(), r.getCity(), r.getAddress(), r.getPhone(), r.getWhatsapp(),
                r.getWhatsappTemplate(), r.getMapLink(), r.getActive() == 1, r.getVideoLink());
    }

    private static MedicalCondition toCondition(MedicalConditionRecord r) {
        return new MedicalCondition(r.getId(), r.getName(), r.getOtherNames(), r.getSortOrder(), r.getActive() == 1);
    }
}
