package org.clinicdesk.ui.settings.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditEntry;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.clinicdesk.ui.settings.audit.AuditTabViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffAndAuditTabViewModelTest {
    @TempDir
    Path dir;
    private StaffFixture fx;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private StaffTabViewModel staff;
    private AuditTabViewModel audit;

    @BeforeEach
    void setUp() {
        fx = StaffFixture.open(dir, new SettableClock());
        staff = new StaffTabViewModel(fx.context.staffService(), new DirectTaskRunner(), dialogs);
        audit = new AuditTabViewModel(fx.context.auditService(), fx.context.staffService(),
                fx.context.outputs(), new DirectTaskRunner(), dialogs, TestDb.ZONE, Runnable::run);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void addingAnAccountKeepsWhatWasTypedWhenThePasswordIsWeak() {
        staff.fullNameProperty().set("Ravi Kumar");
        staff.usernameProperty().set("ravi");
        staff.roleProperty().set(Role.RECEPTION);
        staff.passwordProperty().set("ravi12345");
        staff.add();
        assertThat(staff.addErrors().fields()).containsKey("password");
        assertThat(staff.fullNameProperty().get()).isEqualTo("Ravi Kumar");

        staff.passwordProperty().set(StaffFixture.STAFF_PASSWORD);
        staff.add();
        assertThat(staff.addErrors().isEmpty()).isTrue();
        assertThat(staff.members()).extracting(StaffMember::username).contains("ravi");
        assertThat(staff.passwordProperty().get()).isEmpty();
    }

    @Test
    void deactivationAsksFirstAndNothingHappensOnNo() {
        StaffMember ravi = fx.add("ravi", Role.RECEPTION);
        staff.load();
        staff.selectedProperty().set(ravi);
        dialogs.confirmAnswer = false;
        staff.toggleActive();
        assertThat(fx.context.staffService().staff()).filteredOn(StaffMember::active).hasSize(2);

        dialogs.confirmAnswer = true;
        staff.toggleActive();
        assertThat(fx.context.staffService().staff()).filteredOn(StaffMember::active).hasSize(1);
        assertThat(dialogs.asked).hasSize(2);
    }

    @Test
    void auditFiltersByPersonActionAndDate() {
        fx.add("ravi", Role.RECEPTION);
        audit.load();
        assertThat(audit.entries()).isNotEmpty();
        assertThat(audit.entities()).contains("staff", "clinic");

        audit.actionProperty().set(AuditAction.CREATE);
        audit.personProperty().set(fx.manager);
        audit.search();
        assertThat(audit.entries()).extracting(AuditEntry::summary)
                .containsExactly("account added, role RECEPTION", "first manager account");

        audit.fromProperty().set(LocalDate.of(2026, 11, 26));
        audit.search();
        assertThat(audit.entries()).isEmpty();
        audit.clearFilters();
        assertThat(audit.entries()).hasSizeGreaterThan(3);
    }

    @Test
    void csvExportWarnsFirstWritesEveryMatchingEntryAndIsAudited() throws Exception {
        audit.load();
        Path file = dir.resolve("audit.csv");
        dialogs.saveTo = file;
        dialogs.confirmAnswer = false;
        audit.exportCsv();
        assertThat(file).doesNotExist();

        dialogs.confirmAnswer = true;
        audit.exportCsv();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFid,time,staff_id,staff,action,record,record_id,summary");
        assertThat(lines).anyMatch(l -> l.contains("Asha Manager,CREATE,staff") && l.contains("2026-11-25 10:00:00"));
        assertThat(dialogs.asked.getFirst()).contains("outside ClinicDesk");
        assertThat(audit.entries()).first().matches(e -> e.action().equals("CSV_EXPORT"));
    }

    @Test
    void aCancelledAuditExportLeavesNoFileAndIsNotRecordedAsAnExport() {
        audit.load();
        Path file = dir.resolve("cancelled.csv");
        java.util.List<Long> seen = new java.util.ArrayList<>();
        org.clinicdesk.domain.common.Progress cancelAtOnce = new org.clinicdesk.domain.common.Progress() {
            @Override public void update(long done, long total, String step) { seen.add(done); }
            @Override public boolean cancelled() { return true; }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.context.auditService()
                .exportCsv(org.clinicdesk.domain.audit.AuditFilter.ANY, org.clinicdesk.domain.output.OutputTarget.newFile(file), cancelAtOnce))
                .isInstanceOf(org.clinicdesk.domain.common.CancelledException.class);
        assertThat(file).doesNotExist();
        audit.search();
        assertThat(audit.entries()).noneMatch(e -> e.action().equals("CSV_EXPORT"));

        // not cancelled, the writer reports how far it is
        org.clinicdesk.domain.common.Progress watching = new org.clinicdesk.domain.common.Progress() {
            @Override public void update(long done, long total, String step) { seen.add(total); }
            @Override public boolean cancelled() { return false; }
        };
        int rows = fx.context.auditService().exportCsv(org.clinicdesk.domain.audit.AuditFilter.ANY, org.clinicdesk.domain.output.OutputTarget.newFile(file), watching);
        assertThat(file).exists();
        assertThat(seen).contains((long) rows);
    }

    @Test
    void aManagerTicksTheLanguagesAClinicianReadsAndTheyAreKeptForTheAccount() {
        staff.fullNameProperty().set("Dr Farah Naaz");
        staff.usernameProperty().set("dr.naaz");
        staff.roleProperty().set(Role.CLINICIAN);
        staff.passwordProperty().set(StaffFixture.STAFF_PASSWORD);
        staff.add();
        StaffMember naaz = staff.members().stream().filter(m -> m.username().equals("dr.naaz")).findFirst().orElseThrow();
        staff.selectedProperty().set(naaz);
        assertThat(staff.readsProperty(org.clinicdesk.domain.common.Language.URDU).get()).isFalse();
        staff.readsProperty(org.clinicdesk.domain.common.Language.URDU).set(true);
        staff.readsProperty(org.clinicdesk.domain.common.Language.ENGLISH).set(true);
        staff.saveLanguages();
        assertThat(staff.messageProperty().get()).contains("Languages saved for Dr Farah Naaz");
        assertThat(fx.context.staffService().languages(naaz.id())).containsExactly(
                org.clinicdesk.domain.common.Language.ENGLISH, org.clinicdesk.domain.common.Language.URDU);
        // choosing another account and back shows what is stored
        staff.selectedProperty().set(null);
        staff.selectedProperty().set(naaz);
        assertThat(staff.readsProperty(org.clinicdesk.domain.common.Language.URDU).get()).isTrue();
        assertThat(staff.readsProperty(org.clinicdesk.domain.common.Language.HINDI).get()).isFalse();
    }
}
