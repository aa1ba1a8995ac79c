package org.clinicdesk.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.store.demo.DemoDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the demo, the demo manager signs in without a password and the synthetic staff can be tried in every role. */
class DemoSignInTest {
    @Test
    void demoStaffSignInWithoutPasswordsOnlyInTheDemo(@TempDir Path dir) {
        try (AppContext demo = AppContext.open(dir.resolve("demo"), true, new SettableClock())) {
            new DemoDataGenerator(demo.database(), demo.clock(), 7L).generate(5);
            assertThat(demo.signInService().signInDemo().role()).isEqualTo(Role.MANAGER);
            assertThat(demo.signInService().switchUser("dr.rao", "").role()).isEqualTo(Role.CLINICIAN);
            assertThat(demo.signInService().unlock("").username()).isEqualTo("dr.rao");
        }
        try (AppContext real = AppContext.open(dir.resolve("real"), false, new SettableClock())) {
            new DemoDataGenerator(real.database(), real.clock(), 7L).generate(5);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> real.signInService().signIn("dr.rao", ""))
                    .hasMessageContaining("no password yet");
        }
    }
}
