package org.clinicdesk.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.clinicdesk.app.SettableClock;
import org.clinicdesk.app.StaffFixture;
import org.clinicdesk.app.TestEnquiries;
import org.clinicdesk.domain.privacy.ConsentMethod;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.store.TestDb;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentViewModelTest {
    @TempDir
    Path dir;
    private StaffFixture fx;
    private ConsentViewModel vm;

    @BeforeEach
    void setUp() {
        fx = StaffFixture.open(dir, new SettableClock());
        fx.signInAs(fx.add("ravi", Role.RECEPTION));
        vm = new ConsentViewModel(fx.context.privacyService(), new DirectTaskRunner(), TestDb.ZONE);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void receptionRecordsAndWithdrawsConsentOnAnEnquiry() {
        long id = TestEnquiries.insert(fx.context.database(), "Lakshmi Devi", "+919845022222");
        vm.load(id);
        assertThat(vm.stateProperty().get()).startsWith("No consent recorded");
        assertThat(vm.inForceProperty().get()).isFalse();

        vm.methodProperty().set(ConsentMethod.WRITTEN);
        vm.record();
        assertThat(vm.stateProperty().get()).isEqualTo("Consent given 25 Nov 2026, 10:00, written.");
        assertThat(vm.inForceProperty().get()).isTrue();

        vm.withdraw();
        assertThat(vm.stateProperty().get()).startsWith("Consent withdrawn 25 Nov 2026, 10:00");
        assertThat(fx.context.privacyService().consent(id).withdrawnAt()).isNotNull();
    }

    @Test
    void anErasedEnquiryShowsThatAndRefusesChanges() {
        long id = TestEnquiries.insert(fx.context.database(), "Farah Khan", "+919845055555");
        fx.signInAs(fx.manager);
        fx.context.privacyService().erase(id);
        vm.load(id);
        assertThat(vm.erasedProperty().get()).isTrue();
        vm.record();
        assertThat(vm.errors().form().get()).contains("erased");
    }
}
