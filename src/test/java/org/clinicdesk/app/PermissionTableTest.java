package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.clinicdesk.domain.audit.AuditFilter;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.staff.Permission;
import org.clinicdesk.domain.staff.PermissionDeniedException;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role × permission, through the real services. The expected table is written out here (not read from
 * {@link Permission}) so that a change to who may do what fails this test until it is made on purpose.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionTableTest {
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> CLINICAL = EnumSet.of(Role.CLINICIAN, Role.MANAGER);
    private static final Set<Role> MANAGERS = EnumSet.of(Role.MANAGER);
    private static final Map<Permission, Set<Role>> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(Permission.RECORD_ENQUIRY, EVERYONE),
            Map.entry(Permission.BOOK_CONSULTATION, EVERYONE),
            Map.entry(Permission.PRINT_APPROVED_SHEET, EVERYONE),
            Map.entry(Permission.EDIT_SHEET, CLINICAL),
            Map.entry(Permission.REVIEW_SHEET, CLINICAL),
            Map.entry(Permission.PRINT_DRAFT_SHEET, CLINICAL),
            Map.entry(Permission.MANAGE_STAFF, MANAGERS),
            Map.entry(Permission.MANAGE_SETTINGS, MANAGERS),
            Map.entry(Permission.BACKUP_RESTORE, MANAGERS),
            Map.entry(Permission.EXPORT_DATA, MANAGERS),
            Map.entry(Permission.ERASE_PERSONAL_DATA, MANAGERS),
            Map.entry(Permission.VIEW_AUDIT, MANAGERS)));

    @TempDir
    static Path dir;
    private StaffFixture fx;
    private final Map<Role, StaffMember> members = new EnumMap<>(Role.class);
    private final AtomicInteger serial = new AtomicInteger();

    @BeforeAll
    void setUp() {
        fx = StaffFixture.open(dir, new SettableClock());
        members.put(Role.MANAGER, fx.manager);
        members.put(Role.RECEPTION, fx.add("reception", Role.RECEPTION));
        members.put(Role.CLINICIAN, fx.add("clinician", Role.CLINICIAN));
    }

    @AfterAll
    void tearDown() {
        fx.close();
    }

    /** One call through a real service that needs exactly this permission. */
    private Consumer<AppContext> actionNeeding(Permission permission) {
        int n = serial.incrementAndGet();
        return switch (permission) {
            case MANAGE_SETTINGS -> c -> c.clinicService().saveCondition(MedicalCondition.newCondition("Condition " + n, ""));
            case MANAGE_STAFF -> c -> c.staffService().addStaff("New Person", "person" + n, Role.RECEPTION,
                    StaffFixture.STAFF_PASSWORD);
            case VIEW_AUDIT -> c -> c.auditService().find(AuditFilter.ANY);
            case EXPORT_DATA -> c -> c.auditService().exportCsv(AuditFilter.ANY, dir.resolve("audit-" + n + ".csv"));
            case ERASE_PERSONAL_DATA -> c -> c.privacyService().erase(enquiry(n));
            case RECORD_ENQUIRY -> c -> c.enquiryService().withdrawConsent(enquiry(n), 1);
            // these services belong to other features; they guard with the same CurrentUser gate
            default -> c -> c.currentUser().require(permission, "do this");
        };
    }

    private long enquiry(int n) {
        return TestEnquiries.insert(fx.context.database(), "Visitor " + n, "+9198450" + (10000 + n));
    }

    static List<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Permission permission : Permission.values()) {
                rows.add(Arguments.of(role, permission, EXPECTED.get(permission).contains(role)));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} {1} allowed={2}")
    @MethodSource("table")
    void eachRoleMayDoExactlyWhatTheTableSays(Role role, Permission permission, boolean allowed) {
        Consumer<AppContext> action = actionNeeding(permission);
        fx.signInAs(members.get(role));
        if (allowed) {
            assertThatCode(() -> action.accept(fx.context)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> action.accept(fx.context)).isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("Your account (" + role.name().toLowerCase(java.util.Locale.ROOT) + ")")
                    .hasMessageEndingWith("Ask a manager.");
        }
        assertThat(permission.grantedTo(role)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "signed out: {0}")
    @MethodSource("permissions")
    void nobodySignedInMayDoAnything(Permission permission) {
        Consumer<AppContext> action = actionNeeding(permission);
        fx.context.currentUser().signOut();
        assertThatThrownBy(() -> action.accept(fx.context)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageStartingWith("Sign in to");
    }

    static Permission[] permissions() {
        return Permission.values();
    }

    @Test
    void aDeactivatedManagerStillSignedInMayDoNothing() {
        StaffMember inactive = new StaffMember(fx.manager.id(), fx.manager.username(), fx.manager.fullName(),
                Role.MANAGER, false);
        fx.signInAs(inactive);
        assertThatThrownBy(() -> actionNeeding(Permission.MANAGE_SETTINGS).accept(fx.context))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
