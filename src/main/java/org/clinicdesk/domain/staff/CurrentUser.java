package org.clinicdesk.domain.staff;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.clinicdesk.domain.common.UserMessage;

/** Who is signed in at this desk. Services ask it before they act and record it as "who". */
public final class CurrentUser {
    private final AtomicReference<StaffMember> member = new AtomicReference<>();

    public Optional<StaffMember> get() {
        return Optional.ofNullable(member.get());
    }

    public void signIn(StaffMember staff) {
        member.set(staff);
    }

    /** Command-line jobs act as {@link StaffMember#COMMAND_LINE}, so every check still needs someone to pass it. */
    public void actAsCommandLine() {
        member.set(StaffMember.COMMAND_LINE);
    }

    /** True while a command-line job acts here; audit entries say so. */
    public boolean isCommandLine() {
        StaffMember m = member.get();
        return m != null && m.isCommandLine();
    }

    public void signOut() {
        member.set(null);
    }

    /** The staff id to record as "who did it", or null when nobody is signed in or a command-line job acts. */
    public Long idOrNull() {
        StaffMember m = member.get();
        return m == null ? null : m.staffId();
    }

    /**
     * Throws unless the signed-in person may do this.
     *
     * @param what the messages key of what the person tried ("action.exportEnquiries": "export enquiries")
     */
    public StaffMember require(Permission permission, String what) {
        StaffMember m = member.get();
        if (m == null) {
            throw new PermissionDeniedException(UserMessage.of("staff.error.signInTo", UserMessage.of(what)));
        }
        if (!m.may(permission)) {
            throw new PermissionDeniedException(UserMessage.of("staff.error.notAllowed",
                    m.role().name().toLowerCase(java.util.Locale.ROOT),
                    UserMessage.of(what)));
        }
        return m;
    }
}
