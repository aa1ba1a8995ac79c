package org.clinicdesk.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInServiceTest {
    @TempDir
    Path dir;
    private final SettableClock clock = new SettableClock();
    private StaffFixture fx;
    private StaffMember reception;

    @BeforeEach
    void setUp() {
        fx = StaffFixture.open(dir, clock);
        reception = fx.add("ravi", Role.RECEPTION);
        fx.context.signInService().signOut();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesNeverAsText() {
        String stored = fx.context.database().read(ctx -> ctx.select(STAFF.PASSWORD_HASH).from(STAFF)
                .where(STAFF.USERNAME.eq("ravi")).fetchSingle(STAFF.PASSWORD_HASH));
        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(StaffFixture.STAFF_PASSWORD);
        assertThat(PasswordHasher.STANDARD.matches(StaffFixture.STAFF_PASSWORD, stored)).isTrue();
        assertThat(PasswordHasher.STANDARD.matches("monsoon tea 4 twO", stored)).isFalse();
        assertThat(PasswordHasher.STANDARD.hash(StaffFixture.STAFF_PASSWORD)).isNotEqualTo(stored);
    }

    @Test
    void signInSetsTheCurrentUserAndIsAudited() {
        StaffMember signedIn = fx.context.signInService().signIn("RAVI ", StaffFixture.STAFF_PASSWORD);

        assertThat(signedIn.id()).isEqualTo(reception.id());
        assertThat(fx.context.currentUser().get()).contains(reception);
        assertThat(actions()).endsWith("SIGN_OUT", "SIGN_IN");
    }

    @Test
    void wrongPasswordAndUnknownNameAreRefusedAndAudited() {
        assertThatThrownBy(() -> fx.context.signInService().signIn("ravi", "not the password"))
                .isInstanceOf(SignInException.class).hasMessageContaining("not right");
        assertThatThrownBy(() -> fx.context.signInService().signIn("nobody", "not the password"))
                .isInstanceOf(SignInException.class).hasMessageContaining("not right");

        assertThat(fx.context.currentUser().get()).isEmpty();
        assertThat(actions()).endsWith("SIGN_IN_FAILED", "SIGN_IN_FAILED");
    }

    @Test
    void fiveFailuresLockTheAccountForFiveMinutesAndSaySoPlainly() {
        for (int i = 1; i < 5; i++) {
            assertThatThrownBy(() -> fx.context.signInService().signIn("ravi", "wrong password!"))
                    .isInstanceOf(SignInException.class);
        }
        // 10:00 in Bangalore: locked until 10:05
        assertThatThrownBy(() -> fx.context.signInService().signIn("ravi", "wrong password!"))
                .hasMessage("Wrong password 5 times. The account is locked until 10:05; try again then or ask a manager.");
        clock.advance(Duration.ofMinutes(4));
        assertThatThrownBy(() -> fx.context.signInService().signIn("ravi", StaffFixture.STAFF_PASSWORD))
                .hasMessage("The account is locked until 10:05; try again then or ask a manager.");

        clock.advance(Duration.ofMinutes(1));
        assertThat(fx.context.signInService().signIn("ravi", StaffFixture.STAFF_PASSWORD).id()).isEqualTo(reception.id());
        Integer failures = fx.context.database().read(ctx -> ctx.select(STAFF.FAILED_ATTEMPTS).from(STAFF)
                .where(STAFF.ID.eq(reception.id())).fetchSingle(STAFF.FAILED_ATTEMPTS));
        assertThat(failures).isZero();
    }

    @Test
    void fourFailuresThenSuccessStartCountingAgain() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> fx.context.signInService().signIn("ravi", "wrong password!"))
                    .isInstanceOf(SignInException.class);
        }
        fx.context.signInService().signIn("ravi", StaffFixture.STAFF_PASSWORD);
        assertThatThrownBy(() -> fx.context.signInService().signIn("ravi", "wrong password!"))
                .hasMessageNotContaining("locked");
    }

    @Test
    void managerResetLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> fx.context.signInService().signIn("ravi", "wrong password!"))
                    .isInstanceOf(SignInException.class);
        }
        fx.context.signInService().signIn("asha", StaffFixture.MANAGER_PASSWORD);
        fx.context.staffService().resetPassword(reception.id(), "a brand new phrase");

        assertThat(fx.context.signInService().signIn("ravi", "a brand new phrase").id()).isEqualTo(reception.id());
    }

    @Test
    void deactivatedAccountCannotSignIn() {
        fx.context.signInService().signIn("asha", StaffFixture.MANAGER_PASSWORD);
        fx.context.staffService().deactivate(reception.id());

        assertThatThrownBy(() -> fx.context.signInService().signIn("ravi", StaffFixture.STAFF_PASSWORD))
                .hasMessageContaining("deactivated");
        assertThat(fx.context.staffService().staff()).filteredOn(s -> s.id() == reception.id())
                .singleElement().matches(s -> !s.active() && s.fullName().equals("Person ravi"));
    }

    @Test
    void unlockNeedsTheSignedInPersonsPassword() {
        fx.context.signInService().signIn("ravi", StaffFixture.STAFF_PASSWORD);

        assertThatThrownBy(() -> fx.context.signInService().unlock(StaffFixture.MANAGER_PASSWORD))
                .isInstanceOf(SignInException.class);
        assertThat(fx.context.signInService().unlock(StaffFixture.STAFF_PASSWORD).id()).isEqualTo(reception.id());
    }

    @Test
    void switchUserRecordsWhoLeftAndWhoCame() {
        fx.context.signInService().signIn("ravi", StaffFixture.STAFF_PASSWORD);
        fx.context.signInService().switchUser("asha", StaffFixture.MANAGER_PASSWORD);

        assertThat(fx.context.currentUser().get()).contains(fx.manager);
        List<Long> who = fx.context.database().read(ctx -> ctx.select(AUDIT_EVENT.STAFF_ID).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID.desc()).limit(2).fetch(AUDIT_EVENT.STAFF_ID));
        assertThat(who).containsExactly(fx.manager.id(), reception.id());
        assertThat(actions()).endsWith("SIGN_OUT", "SIGN_IN");
    }

    @Test
    void demoSignInWithoutPasswordIsRefusedOutsideTheDemo() {
        assertThatThrownBy(() -> fx.context.signInService().signInDemo()).isInstanceOf(SignInException.class)
                .hasMessageContaining("--demo");
    }

    private List<String> actions() {
        return fx.context.database().read(ctx -> ctx.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION));
    }
}
