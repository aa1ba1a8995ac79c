package org.clinicdesk.ui.settings.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.domain.privacy.Consent;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.testing.TestEnquiries;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyTabViewModelTest {
    @TempDir
    Path dir;
    private StaffFixture fx;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Integer> idleSaved = new ArrayList<>();
    private PrivacyTabViewModel vm;

    @BeforeEach
    void setUp() {
        fx = StaffFixture.open(dir, new SettableClock());
        vm = new PrivacyTabViewModel(fx.context.privacyService(), new DirectTaskRunner(), dialogs, idleSaved::add);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void settingsAreSavedAndANonNumberIsExplainedWithoutLosingTheNotice() {
        vm.consentNoticeProperty().set("We keep your phone number.");
        vm.retentionMonthsProperty().set("two years");
        vm.saveSettings();
        assertThat(vm.settingsErrors().fields()).containsKey("retentionMonths");
        assertThat(vm.consentNoticeProperty().get()).isEqualTo("We keep your phone number.");

        vm.retentionMonthsProperty().set("24");
        vm.idleMinutesProperty().set("3");
        vm.saveSettings();
        assertThat(vm.settingsErrors().isEmpty()).isTrue();
        assertThat(fx.context.clinicService().clinic().orElseThrow().retentionMonths()).isEqualTo(24);
        assertThat(idleSaved).containsExactly(3);
    }

    @Test
    void erasureOnRequestHappensOnlyAfterTheManagerConfirms() {
        long id = TestEnquiries.insert(fx.context.database(), "Ravi Shankar", "+919845066666");
        vm.eraseIdProperty().set("#" + id);
        dialogs.confirmAnswer = false;
        vm.eraseOne();
        assertThat(fx.context.privacyService().consent(id).erasedAt()).isNull();

        dialogs.confirmAnswer = true;
        vm.eraseOne();
        Consent after = fx.context.privacyService().consent(id);
        assertThat(after.erasedAt()).isNotNull();
        assertThat(vm.retentionStatusProperty().get()).contains("1 enquiries erased");
    }

    @Test
    void retentionListsThenErasesOnlyAfterConfirming() {
        long old = TestEnquiries.insert(fx.context.database(), "Old Visitor", "+919845077777", "2024-05-01T05:00:00.000Z");
        vm.retentionMonthsProperty().set("12");
        vm.saveSettings();
        vm.findCandidates();
        assertThat(vm.candidates()).singleElement().matches(c -> c.enquiryId() == old);

        dialogs.confirmAnswer = false;
        vm.eraseCandidates();
        assertThat(fx.context.privacyService().consent(old).erasedAt()).isNull();
        dialogs.confirmAnswer = true;
        vm.eraseCandidates();
        assertThat(fx.context.privacyService().consent(old).erasedAt()).isNotNull();
        assertThat(vm.candidates()).isEmpty();
    }
}
