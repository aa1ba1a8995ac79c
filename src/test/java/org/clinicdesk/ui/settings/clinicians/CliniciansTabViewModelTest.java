package org.clinicdesk.ui.settings.clinicians;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.testing.ConsultationFixture;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliniciansTabViewModelTest {
    @TempDir
    Path dir;
    ConsultationFixture f;
    CliniciansTabViewModel vm;

    @BeforeEach
    void open() {
        f = new ConsultationFixture(dir, TestDb.CLOCK).seed();
        vm = new CliniciansTabViewModel(f.clinicians, f.clinic, new DirectTaskRunner());
        vm.load();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aManagerAddsAClinicianWithHoursLeaveAndSlotLengthThenDeactivatesThem() {
        f.user.signIn(f.manager);
        vm.edit(null);
        vm.nameProperty().set("Dr Anil Menon");
        vm.slotMinutesProperty().set("20");
        vm.newCentreProperty().set(vm.centres().stream().filter(c -> c.id() == f.hyderabad).findFirst().orElseThrow());
        vm.newDayProperty().set(DayOfWeek.TUESDAY);
        vm.newFromProperty().set("09:30");
        vm.newToProperty().set("13:30");
        vm.addHours();
        vm.newLeaveProperty().set(LocalDate.of(2026, 12, 1));
        vm.addLeave();
        vm.save();

        assertThat(vm.errors().isEmpty()).isTrue();
        Clinician saved = f.clinicians.all().stream().filter(c -> c.name().equals("Dr Anil Menon")).findFirst().orElseThrow();
        assertThat(saved.slotMinutes()).isEqualTo(20);
        assertThat(saved.hoursOn(LocalDate.of(2026, 12, 8), f.hyderabad)).singleElement()
                .satisfies(h -> assertThat(h.from()).isEqualTo(LocalTime.of(9, 30)));
        assertThat(saved.onLeave(LocalDate.of(2026, 12, 1))).isTrue();

        vm.deactivate();
        assertThat(f.clinicians.find(saved.id()).orElseThrow().active()).isFalse();
        assertThat(vm.clinicians()).hasSize(2);
    }

    @Test
    void badTimesAndAReceptionistsSaveAreRefusedAndWhatWasTypedStays() {
        vm.edit(f.rao);
        vm.newFromProperty().set("17:00");
        vm.newToProperty().set("10:00");
        vm.addHours();
        assertThat(vm.errors().fields()).containsKey("hours");
        vm.nameProperty().set("Dr Kavitha Rao-Iyer");
        vm.save(); // the fixture leaves the receptionist signed in
        assertThat(vm.errors().form().get()).contains("may not change clinicians");
        assertThat(vm.nameProperty().get()).isEqualTo("Dr Kavitha Rao-Iyer");
        assertThat(f.clinicians.find(f.rao.id()).orElseThrow().name()).isEqualTo("Dr Kavitha Rao");
    }
}
