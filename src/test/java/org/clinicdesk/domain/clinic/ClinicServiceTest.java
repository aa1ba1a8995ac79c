package org.clinicdesk.domain.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.JooqStaffRepository;
import org.clinicdesk.store.JooqClinicRepository;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicServiceTest {
    @TempDir
    Path dir;
    Database db;
    ClinicService service;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        CurrentUser currentUser = new CurrentUser();
        service = new ClinicService(new JooqClinicRepository(db, TestDb.CLOCK), db, currentUser,
                new JooqAuditLog(db, TestDb.CLOCK, currentUser));
        // settings changes need a manager
        currentUser.signIn(new JooqStaffRepository(db, TestDb.CLOCK).create("manager", "Test Manager", Role.MANAGER, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void firstStartRecordsClinicAndCentreAndMakesItThisDesksCentre() {
        assertThat(service.needsFirstStart()).isTrue();
        Centre saved = service.completeFirstStart("Deccan Rheumatology Clinic",
                Centre.newCentre("Bangalore — Indiranagar", "Bengaluru", "", "080 4123 4567", "98450 00001"));
        assertThat(service.needsFirstStart()).isFalse();
        assertThat(service.deskCentre()).contains(saved);
        assertThat(saved.phone()).isEqualTo("+918041234567");
        assertThat(saved.whatsapp()).isEqualTo("+919845000001");
    }

    @Test
    void firstStartWithMissingFieldsSavesNothingAndNamesEachField() {
        assertThatThrownBy(() -> service.completeFirstStart(" ", Centre.newCentre("", "", "", "12", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("clinicName", "centreName", "centreCity", "centrePhone"));
        assertThat(service.needsFirstStart()).isTrue();
        assertThat(service.centres()).isEmpty();
        assertThat(service.clinic()).isEmpty();
    }

    @Test
    void firstStartIsAllOrNothingWhenTheSecondWriteFails() {
        // a centre with this name already exists, so the insert of the first centre fails after the clinic row
        db.writeVoid(ctx -> ctx.execute("INSERT INTO centre(name, city, created_at, updated_at) "
                + "VALUES ('Bangalore', 'Bengaluru', 'x', 'x')"));
        assertThatThrownBy(() -> service.completeFirstStart("Deccan", Centre.newCentre("Bangalore", "Bengaluru", "", "", "")))
                .isInstanceOf(RuntimeException.class);
        assertThat(service.clinic()).isEmpty();
    }

    @Test
    void aCentresVideoLinkIsKeptAndOnlyAWebAddressIsTaken() {
        Centre first = service.completeFirstStart("Deccan", Centre.newCentre("Bangalore", "Bengaluru", "", "", ""));
        Centre withLink = new Centre(first.id(), first.name(), first.city(), "", "", "", "", "", true,
                " https://meet.example/deccan-blr ");
        service.saveCentre(withLink);
        assertThat(service.centres()).singleElement()
                .satisfies(c -> assertThat(c.videoLink()).isEqualTo("https://meet.example/deccan-blr"));
        Centre bad = new Centre(first.id(), first.name(), first.city(), "", "", "", "", "", true, "meet deccan");
        assertThatThrownBy(() -> service.saveCentre(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get("centreVideoLink")).contains("https://"));
        assertThat(service.centres().getFirst().videoLink()).isEqualTo("https://meet.example/deccan-blr");
    }

    @Test
    void duplicateCentreNamesAreRefused() {
        service.completeFirstStart("Deccan", Centre.newCentre("Bangalore", "Bengaluru", "", "", ""));
        assertThatThrownBy(() -> service.saveCentre(Centre.newCentre("bangalore", "Bengaluru", "", "", "")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("centreName")).contains("already a centre"));
    }

    @Test
    void deskCentreFollowsTheChoice() {
        Centre blr = service.completeFirstStart("Deccan", Centre.newCentre("Bangalore", "Bengaluru", "", "", ""));
        Centre hyd = service.saveCentre(Centre.newCentre("Hyderabad", "Hyderabad", "", "", ""));
        assertThat(service.deskCentre()).contains(blr);
        service.chooseDeskCentre(hyd);
        assertThat(service.deskCentre()).contains(hyd);
    }

    @Test
    void conditionNeedsANameAndAUniqueOne() {
        service.saveCondition(MedicalCondition.newCondition("Systemic lupus erythematosus (SLE)", "lupus"));
        assertThatThrownBy(() -> service.saveCondition(MedicalCondition.newCondition("", "")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.saveCondition(MedicalCondition.newCondition("systemic lupus erythematosus (sle)", "")))
                .isInstanceOf(ValidationException.class);
    }
}
