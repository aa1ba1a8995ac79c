package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqClinicRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    JooqClinicRepository repository;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        repository = new JooqClinicRepository(db, TestDb.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewDatabaseHasNoClinicAndNoCentres() {
        assertThat(repository.findClinic()).isEmpty();
        assertThat(repository.findCentres()).isEmpty();
    }

    @Test
    void clinicIsSavedAndUpdatedInPlace() {
        repository.saveClinic(Clinic.named("Deccan Rheumatology"));
        repository.saveClinic(repository.findClinic().orElseThrow().withName("Deccan Rheumatology Clinic"));
        Clinic clinic = repository.findClinic().orElseThrow();
        assertThat(clinic.name()).isEqualTo("Deccan Rheumatology Clinic");
        assertThat(clinic.timeZone()).isEqualTo("Asia/Kolkata");
        assertThat(clinic.idleLockMinutes()).isEqualTo(10);
        int clinics = db.read(ctx -> ctx.fetchCount(org.clinicdesk.store.jooq.Tables.CLINIC));
        assertThat(clinics).isEqualTo(1);
    }

    @Test
    void centresAreInsertedUpdatedAndListedByName() {
        Centre hyd = repository.saveCentre(Centre.newCentre("Hyderabad — Banjara Hills", "Hyderabad", "Road No. 3",
                "+914023456789", ""));
        Centre blr = repository.saveCentre(Centre.newCentre("Bangalore — Indiranagar", "Bengaluru", "100 Feet Road",
                "+918041234567", "+919845000001"));
        assertThat(hyd.id()).isPositive();
        assertThat(repository.findCentres()).extracting(Centre::name)
                .containsExactly("Bangalore — Indiranagar", "Hyderabad — Banjara Hills");

        Centre changed = new Centre(blr.id(), blr.name(), blr.city(), "12, 100 Feet Road", blr.phone(), blr.whatsapp(),
                "Hello {name}", "https://maps.example/blr", false);
        repository.saveCentre(changed);
        Centre read = repository.findCentre(blr.id()).orElseThrow();
        assertThat(read.address()).isEqualTo("12, 100 Feet Road");
        assertThat(read.whatsappTemplate()).isEqualTo("Hello {name}");
        assertThat(read.active()).isFalse();
        assertThat(repository.findCentres()).hasSize(2);
    }

    @Test
    void conditionsKeepTheirOtherNamesAndOrder() {
        repository.saveCondition(new MedicalCondition(0, "Rheumatoid arthritis", "RA", 2, true));
        repository.saveCondition(new MedicalCondition(0, "Systemic lupus erythematosus (SLE)", "lupus, SLE", 1, true));
        assertThat(repository.findConditions()).extracting(MedicalCondition::name)
                .containsExactly("Systemic lupus erythematosus (SLE)", "Rheumatoid arthritis");
        assertThat(repository.findConditions().getFirst().otherNameList()).containsExactly("lupus", "SLE");
    }

    @Test
    void settingsAreUpserted() {
        repository.saveSetting("desk.centre_id", "1");
        repository.saveSetting("desk.centre_id", "2");
        assertThat(repository.setting("desk.centre_id")).contains("2");
        assertThat(repository.setting("missing")).isEmpty();
    }
}
