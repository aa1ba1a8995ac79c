package org.clinicdesk.domain.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.common.ValidationException;

/** Staff accounts: the first manager, adding staff, resetting passwords, deactivating (never deleting). */
public final class StaffService {
    static final String ENTITY = "staff";

    private final StaffRepository repository;
    private final Transactions transactions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final PasswordHasher hasher;

    public StaffService(StaffRepository repository, Transactions transactions, AuditLog audit, CurrentUser currentUser,
                        PasswordHasher hasher) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.hasher = hasher;
    }

    /** True while no account exists: the first start then asks for the first manager. */
    public boolean needsFirstManager() {
        return repository.count() == 0;
    }

    /** Creates the first manager account and signs that manager in. Only possible while there is no account. */
    public StaffMember createFirstManager(String fullName, String username, String password) {
        String user = normaliseUsername(username);
        checkNewAccount(fullName, user, password, false);
        String hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            if (repository.count() > 0) {
                throw new ClinicDeskException(UserMessage.of("staff.error.managerAccountAlreadyExists"));
            }
            StaffMember created = repository.create(user, fullName.strip(), Role.MANAGER, hash);
            currentUser.signIn(created);
            audit.record(AuditAction.CREATE, ENTITY, created.id(), "first manager account");
            audit.record(AuditAction.SIGN_IN, ENTITY, created.id(), "signed in");
            return created;
        });
    }

    public List<StaffMember> staff() {
        currentUser.require(Permission.MANAGE_STAFF, "action.seeStaffAccounts");
        return repository.findAll();
    }

    public StaffMember addStaff(String fullName, String username, Role role, String password) {
        currentUser.require(Permission.MANAGE_STAFF, "action.addStaffAccounts");
        String user = normaliseUsername(username);
        checkNewAccount(fullName, user, password, true);
        if (role == null) {
            throw new ValidationException("role", UserMessage.of("staff.error.choosePersonSRole"));
        }
        String hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            StaffMember created = repository.create(user, fullName.strip(), role, hash);
            audit.record(AuditAction.CREATE, ENTITY, created.id(), "account added, role " + role.name());
            return created;
        });
    }

    /** Sets a new password chosen by a manager, and lifts any lock. */
    public void resetPassword(long staffId, String newPassword) {
        currentUser.require(Permission.MANAGE_STAFF, "action.resetPasswords");
        StaffAccount account = account(staffId);
        List<UserMessage> problems = PasswordPolicy.problems(newPassword, account.member().username(),
                account.member().fullName());
        if (!problems.isEmpty()) {
            throw new ValidationException("password", PasswordPolicy.together(problems));
        }
        String hash = hasher.hash(newPassword);
        transactions.inTransaction(() -> {
            repository.savePassword(staffId, hash);
            repository.saveSignInState(staffId, 0, null);
            audit.record(AuditAction.CHANGE, ENTITY, staffId, "password reset");
        });
    }

    /** Stops the account from signing in; its name stays in the history. */
    public void deactivate(long staffId) {
        StaffMember me = currentUser.require(Permission.MANAGE_STAFF, "action.deactivateStaffAccounts");
        if (me.id() == staffId) {
            throw new ClinicDeskException(UserMessage.of("staff.error.youDeactivateYourOwn"));
        }
        StaffAccount account = account(staffId);
        if (account.member().role() == Role.MANAGER && activeManagers() <= 1) {
            throw new ClinicDeskException(UserMessage.of("staff.error.lastActiveManagerAccount"));
        }
        transactions.inTransaction(() -> {
            repository.saveActive(staffId, false);
            audit.record(AuditAction.STATUS_CHANGE, ENTITY, staffId, "deactivated");
        });
    }

    public void reactivate(long staffId) {
        currentUser.require(Permission.MANAGE_STAFF, "action.reactivateStaffAccounts");
        account(staffId);
        transactions.inTransaction(() -> {
            repository.saveActive(staffId, true);
            repository.saveSignInState(staffId, 0, null);
            audit.record(AuditAction.STATUS_CHANGE, ENTITY, staffId, "reactivated");
        });
    }

    /** The languages a member of staff reads. */
    public Set<Language> languages(long staffId) {
        currentUser.require(Permission.MANAGE_STAFF, "action.seeStaffAccounts");
        return repository.languages(staffId);
    }

    /** Records the languages a member of staff reads: only a reader of a translation's language may approve it. */
    public void setLanguages(long staffId, Set<Language> languages) {
        currentUser.require(Permission.MANAGE_STAFF, "action.setStaffLanguages");
        account(staffId);
        transactions.inTransaction(() -> {
            repository.saveLanguages(staffId, languages);
            audit.record(AuditAction.CHANGE, ENTITY, staffId, "reads " + languages.stream().map(Language::code).sorted()
                    .toList());
        });
    }

    private long activeManagers() {
        return repository.findAll().stream().filter(s -> s.active() && s.role() == Role.MANAGER).count();
    }

    private StaffAccount account(long staffId) {
        return repository.findAccount(staffId)
                .orElseThrow(() -> new ClinicDeskException(UserMessage.of("staff.error.staffAccountLongerExists")));
    }

    private void checkNewAccount(String fullName, String username, String password, boolean checkTaken) {
        Map<String, UserMessage> errors = new LinkedHashMap<>();
        if (fullName == null || fullName.isBlank()) {
            errors.put("fullName", UserMessage.of("staff.error.enterFullName"));
        }
        if (!username.matches("[a-z0-9._-]{2,32}")) {
            errors.put("username", UserMessage.of("staff.error.usernameShape"));
        } else if (checkTaken && repository.findAccountByUsername(username).isPresent()) {
            errors.put("username", UserMessage.of("staff.error.usernameTaken", username));
        }
        List<UserMessage> problems = PasswordPolicy.problems(password, username, fullName);
        if (!problems.isEmpty()) {
            errors.put("password", PasswordPolicy.together(problems));
        }
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }

    static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
