package org.clinicdesk.domain.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.domain.common.Language;

/** Storage of staff accounts. Accounts are never deleted: history keeps the name. */
public interface StaffRepository {
    List<StaffMember> findAll();

    Optional<StaffAccount> findAccount(long id);

    /** Case-insensitive. */
    Optional<StaffAccount> findAccountByUsername(String username);

    long count();

    StaffMember create(String username, String fullName, Role role, String passwordHash);

    void savePassword(long id, String passwordHash);

    void saveActive(long id, boolean active);

    void saveRoleAndName(long id, Role role, String fullName);

    /** The languages the holder of the account reads (a translation is approved only by a reader of its language). */
    Set<Language> languages(long id);

    void saveLanguages(long id, Set<Language> languages);

    /** Records the failed attempts so far and, when the account is locked, until when. */
    void saveSignInState(long id, int failedAttempts, Instant lockedUntil);
}
