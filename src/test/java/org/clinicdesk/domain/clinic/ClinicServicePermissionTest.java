package org.clinicdesk.domain.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.domain.staff.PermissionDeniedException;
import org.clinicdesk.domain.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write of the clinic's settings needs MANAGE_SETTINGS and is audited; the first start needs no account. */
class ClinicServicePermissionTest {
    @TempDir
    Path dir;
    private StaffFixture fx;
    private ClinicService clinics;

    @BeforeEach
    void setUp() {
        fx = StaffFixture.open(dir, new SettableClock());
        clinics = fx.context.clinicService();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void receptionAndCliniciansMayNotChangeSettings() {
        Centre desk = clinics.centres().getFirst();
        for (Role role : List.of(Role.RECEPTION, Role.CLINICIAN)) {
            fx.signInAs(fx.manager);
            fx.signInAs(fx.add(role.name().toLowerCase(), role));
            assertThatThrownBy(() -> clinics.saveClinic(Clinic.named("Renamed"))).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> clinics.saveCentre(Centre.newCentre("Mysuru", "Mysuru", "", "", "")))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> clinics.saveCondition(MedicalCondition.newCondition("Gout", "")))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> clinics.chooseDeskCentre(desk)).isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(clinics.clinic().orElseThrow().name()).isEqualTo("Deccan Rheumatology Clinic");
    }

    @Test
    void aManagersChangesAreAuditedWithoutPersonalData() {
        clinics.saveClinic(Clinic.named("Deccan Rheumatology"));
        Centre hyd = clinics.saveCentre(Centre.newCentre("Hyderabad", "Hyderabad", "", "", ""));
        clinics.chooseDeskCentre(hyd);
        clinics.saveCondition(MedicalCondition.newCondition("Gout", ""));

        List<String> lines = fx.context.database().read(ctx -> ctx.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY,
                AUDIT_EVENT.STAFF_ID).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY.in("clinic", "centre", "setting",
                "medical_condition")).orderBy(AUDIT_EVENT.ID).fetch(r -> r.value1() + " " + r.value2() + " " + r.value3()));
        long who = fx.manager.id();
        assertThat(lines).containsExactly("CREATE clinic null", "CHANGE clinic " + who, "CREATE centre " + who,
                "CHANGE setting " + who, "CREATE medical_condition " + who);
    }
}
