package org.clinicdesk.domain.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;

/**
 * Signing in and out at the shared desk: password check, lock-out after repeated failures, switch of user, unlock
 * after the idle lock, and the password-less demo manager of {@code --demo}. Every attempt is audited.
 */
public final class SignInService {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);
    public static final String DEMO_USERNAME = "demo";

    private final StaffRepository repository;
    private final Transactions transactions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final boolean demoMode;

    public SignInService(StaffRepository repository, Transactions transactions, AuditLog audit, CurrentUser currentUser,
                         PasswordHasher hasher, Clock clock, boolean demoMode) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.hasher = hasher;
        this.clock = clock;
        this.demoMode = demoMode;
    }

    /** Who is signed in at this desk, if anybody. */
    public java.util.Optional<StaffMember> current() {
        return currentUser.get();
    }

    /** Signs in, replacing whoever was signed in (their sign-out is recorded). */
    public StaffMember signIn(String username, String password) {
        StaffMember member = verify(username, password);
        transactions.inTransaction(() -> {
            currentUser.get().filter(previous -> previous.id() != member.id()).ifPresent(previous ->
                    audit.record(AuditAction.SIGN_OUT, StaffService.ENTITY, previous.id(), "signed out (switch of user)"));
            currentUser.signIn(member);
            audit.record(AuditAction.SIGN_IN, StaffService.ENTITY, member.id(), "signed in");
        });
        return member;
    }

    /** Switch of user at the desk: the same as signing in; on failure the previous person stays signed in. */
    public StaffMember switchUser(String username, String password) {
        return signIn(username, password);
    }

    /** Lifts the idle lock: the signed-in person's password again (failures count towards the lock-out). */
    public StaffMember unlock(String password) {
        StaffMember me = currentUser.get().orElseThrow(() -> new SignInException(UserMessage.of("staff.error.nobodySignedSign")));
        // the demo manager has no password to type
        StaffMember member = demoMode && DEMO_USERNAME.equals(me.username()) ? me : verify(me.username(), password);
        transactions.inTransaction(() -> {
            currentUser.signIn(member);
            audit.record(AuditAction.SIGN_IN, StaffService.ENTITY, member.id(), "unlocked after idle lock");
        });
        return member;
    }

    public void signOut() {
        currentUser.get().ifPresent(member -> transactions.inTransaction(() -> {
            audit.record(AuditAction.SIGN_OUT, StaffService.ENTITY, member.id(), "signed out");
            currentUser.signOut();
        }));
    }

    /** {@code --demo} only: signs in the demo manager, who has no password. */
    public StaffMember signInDemo() {
        if (!demoMode) {
            throw new SignInException(UserMessage.of("staff.error.signingWithoutPasswordPossible"));
        }
        StaffAccount account = repository.findAccountByUsername(DEMO_USERNAME)
                .orElseThrow(() -> new ClinicDeskException(UserMessage.of("staff.error.demoDataDemoManager")));
        transactions.inTransaction(() -> {
            currentUser.signIn(account.member());
            audit.record(AuditAction.SIGN_IN, StaffService.ENTITY, account.id(), "demo sign-in without password");
        });
        return account.member();
    }

    /** Checks name and password, counting failures; throws a {@link SignInException} that says what to do. */
    private StaffMember verify(String username, String password) {
        Instant now = clock.instant();
        StaffAccount account = repository.findAccountByUsername(StaffService.normaliseUsername(username)).orElse(null);
        if (account == null) {
            fail(null, "unknown user name");
            throw new SignInException(UserMessage.of("staff.error.userNamePasswordRight"));
        }
        if (!account.member().active()) {
            fail(account.id(), "account deactivated");
            throw new SignInException(UserMessage.of("staff.error.accountBeenDeactivatedAsk"));
        }
        if (account.lockedAt(now)) {
            fail(account.id(), "account locked");
            throw new SignInException(lockedMessage(account.lockedUntil()));
        }
        if (account.passwordHash() == null && demoMode) {
            // the synthetic demo staff have no passwords, so every role can be tried in the demo
            return account.member();
        }
        if (account.passwordHash() == null) {
            fail(account.id(), "no password set");
            throw new SignInException(UserMessage.of("staff.error.accountPasswordYetAsk"));
        }
        if (hasher.matches(password == null ? "" : password, account.passwordHash())) {
            if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
                repository.saveSignInState(account.id(), 0, null);
            }
            return account.member();
        }
        int failures = account.lockedUntil() != null ? 1 : account.failedAttempts() + 1;
        if (failures >= MAX_FAILURES) {
            Instant until = now.plus(LOCK_TIME);
            transactions.inTransaction(() -> {
                repository.saveSignInState(account.id(), 0, until);
                audit.record(AuditAction.SIGN_IN_FAILED, StaffService.ENTITY, account.id(),
                        "wrong password; account locked for " + LOCK_TIME.toMinutes() + " minutes");
            });
            throw new SignInException(UserMessage.of("staff.error.wrongPasswordTimes", MAX_FAILURES, lockedMessage(until)));
        }
        transactions.inTransaction(() -> {
            repository.saveSignInState(account.id(), failures, null);
            audit.record(AuditAction.SIGN_IN_FAILED, StaffService.ENTITY, account.id(), "wrong password");
        });
        int left = MAX_FAILURES - failures;
        throw new SignInException(left <= 2
                ? UserMessage.of(left == 1 ? "staff.error.wrongPasswordOneTryLeft" : "staff.error.wrongPasswordTriesLeft",
                        left, LOCK_TIME.toMinutes())
                : UserMessage.of("staff.error.userNamePasswordRight"));
    }

    private void fail(Long staffId, String summary) {
        audit.record(AuditAction.SIGN_IN_FAILED, StaffService.ENTITY, staffId, summary);
    }

    private UserMessage lockedMessage(Instant until) {
        return UserMessage.of("staff.error.lockedUntil", DateFormats.TIME.format(until.atZone(clock.getZone())));
    }
}
