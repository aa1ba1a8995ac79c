package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.STAFF;
import static org.clinicdesk.store.jooq.Tables.STAFF_LANGUAGE;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffAccount;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.domain.staff.StaffRepository;
import org.clinicdesk.store.jooq.tables.records.StaffRecord;
import org.jooq.impl.DSL;

/** Staff accounts in SQLite; rows are never deleted. */
public final class JooqStaffRepository implements StaffRepository {
    private final Database db;
    private final Clock clock;

    public JooqStaffRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<StaffMember> findAll() {
        return db.read(ctx -> ctx.selectFrom(STAFF).orderBy(STAFF.ACTIVE.desc(), STAFF.FULL_NAME)
                .fetch(JooqStaffRepository::toMember));
    }

    @Override
    public Optional<StaffAccount> findAccount(long id) {
        return db.read(ctx -> ctx.selectFrom(STAFF).where(STAFF.ID.eq(id)).fetchOptional(JooqStaffRepository::toAccount));
    }

    @Override
    public Optional<StaffAccount> findAccountByUsername(String username) {
        return db.read(ctx -> ctx.selectFrom(STAFF).where(DSL.lower(STAFF.USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(JooqStaffRepository::toAccount));
    }

    @Override
    public long count() {
        return db.read(ctx -> (long) ctx.fetchCount(STAFF));
    }

    @Override
    public StaffMember create(String username, String fullName, Role role, String passwordHash) {
        String now = Timestamps.now(clock);
        return db.write(ctx -> {
            StaffRecord r = ctx.newRecord(STAFF);
            r.setUsername(username);
            r.setFullName(fullName);
            r.setRole(role.name());
            r.setPasswordHash(passwordHash);
            r.setActive(1);
            r.setFailedAttempts(0);
            r.setCreatedAt(now);
            r.setUpdatedAt(now);
            r.store();
            return toMember(r);
        });
    }

    @Override
    public void savePassword(long id, String passwordHash) {
        update(id, STAFF.PASSWORD_HASH, passwordHash);
    }

    @Override
    public void saveActive(long id, boolean active) {
        update(id, STAFF.ACTIVE, active ? 1 : 0);
    }

    @Override
    public void saveRoleAndName(long id, Role role, String fullName) {
        db.writeVoid(ctx -> ctx.update(STAFF).set(STAFF.ROLE, role.name()).set(STAFF.FULL_NAME, fullName)
                .set(STAFF.UPDATED_AT, Timestamps.now(clock)).where(STAFF.ID.eq(id)).execute());
    }

    @Override
    public Set<Language> languages(long id) {
        return db.read(ctx -> ctx.select(STAFF_LANGUAGE.LANGUAGE).from(STAFF_LANGUAGE).where(STAFF_LANGUAGE.STAFF_ID.eq(id))
                .fetch(STAFF_LANGUAGE.LANGUAGE).stream().map(Language::ofCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class))));
    }

    @Override
    public void saveLanguages(long id, Set<Language> languages) {
        db.writeVoid(ctx -> {
            ctx.deleteFrom(STAFF_LANGUAGE).where(STAFF_LANGUAGE.STAFF_ID.eq(id)).execute();
            for (Language l : languages) {
                if (l != Language.OTHER) {
                    ctx.insertInto(STAFF_LANGUAGE).set(STAFF_LANGUAGE.STAFF_ID, id)
                            .set(STAFF_LANGUAGE.LANGUAGE, l.code()).execute();
                }
            }
        });
    }

    @Override
    public void saveSignInState(long id, int failedAttempts, Instant lockedUntil) {
        // sign-in state is not an edit of the account, so updated_at stays
        db.writeVoid(ctx -> ctx.update(STAFF).set(STAFF.FAILED_ATTEMPTS, failedAttempts)
                .set(STAFF.LOCKED_UNTIL, Timestamps.format(lockedUntil)).where(STAFF.ID.eq(id)).execute());
    }

    private <T> void update(long id, org.jooq.Field<T> field, T value) {
        db.writeVoid(ctx -> ctx.update(STAFF).set(field, value).set(STAFF.UPDATED_AT, Timestamps.now(clock))
                .where(STAFF.ID.eq(id)).execute());
    }

    static StaffMember toMember(StaffRecord r) {
        return new StaffMember(r.getId(), r.getUsername(), r.getFullName(), Role.valueOf(r.getRole()), r.getActive() == 1);
    }

    private static StaffAccount toAccount(StaffRecord r) {
        return new StaffAccount(toMember(r), r.getPasswordHash(), r.getFailedAttempts(), Timestamps.parse(r.getLockedUntil()));
    }
}
