package org.clinicdesk.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffServiceTest {
    @TempDir
    Path dir;
    private StaffFixture fx;

    @BeforeEach
    void setUp() {
        fx = StaffFixture.open(dir, new SettableClock());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void firstManagerIsCreatedOnceAndSignedIn() {
        assertThat(fx.manager.role()).isEqualTo(Role.MANAGER);
        assertThat(fx.context.currentUser().get()).contains(fx.manager);
        assertThat(fx.context.staffService().needsFirstManager()).isFalse();
        assertThatThrownBy(() -> fx.context.staffService().createFirstManager("Second Boss", "boss", "quiet river stones"))
                .isInstanceOf(ClinicDeskException.class).hasMessageContaining("already exists");
    }

    /** The policy's reasons as the English a manager reads. */
    private static java.util.List<String> problems(String password, String username, String fullName) {
        return PasswordPolicy.problems(password, username, fullName).stream()
                .map(org.clinicdesk.domain.common.UserMessage::english).toList();
    }

    @Test
    void weakPasswordsAreRefusedWithReasons() {
        assertThat(problems("short", "ravi", "Ravi Kumar")).singleElement().asString()
                .contains("at least 10 characters");
        assertThat(problems("Password123", "ravi", "Ravi Kumar")).singleElement().asString()
                .contains("most used");
        assertThat(problems("1234567890", "ravi", "Ravi Kumar")).isNotEmpty();
        assertThat(problems("aaaaaaaaaaaa", "ravi", "Ravi Kumar")).isNotEmpty();
        assertThat(problems("ravi is here today", "ravi", "Ravi Kumar")).singleElement().asString()
                .contains("user name");
        assertThat(problems("monsoon tea 4 two", "ravi", "Ravi Kumar")).isEmpty();

        assertThatThrownBy(() -> fx.context.staffService().addStaff("Ravi", "ravi", Role.RECEPTION, "qwertyuiop"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("password"));
    }

    @Test
    void usernamesAreUniqueWhateverTheCase() {
        fx.add("ravi", Role.RECEPTION);
        assertThatThrownBy(() -> fx.context.staffService().addStaff("Ravi Two", "Ravi", Role.CLINICIAN,
                StaffFixture.STAFF_PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("username")).contains("taken"));
    }

    @Test
    void accountsAreDeactivatedNeverDeletedAndTheLastManagerStays() {
        StaffMember ravi = fx.add("ravi", Role.RECEPTION);
        fx.context.staffService().deactivate(ravi.id());
        assertThat(fx.context.staffService().staff()).hasSize(2);

        assertThatThrownBy(() -> fx.context.staffService().deactivate(fx.manager.id()))
                .hasMessageContaining("your own account");
        StaffMember second = fx.add("meera", Role.MANAGER);
        fx.signInAs(second);
        assertThatCode(() -> fx.context.staffService().deactivate(fx.manager.id())).doesNotThrowAnyException();
        fx.context.staffService().reactivate(ravi.id());
        assertThat(fx.context.staffService().staff()).filteredOn(StaffMember::active).hasSize(2);
    }
}
