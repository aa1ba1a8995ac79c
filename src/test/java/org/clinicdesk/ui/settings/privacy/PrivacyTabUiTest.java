package org.clinicdesk.ui.settings.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.testing.TestEnquiries;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Privacy, erasure on request, as a manager does it: type the enquiry number, Erase this person, look at the
 * person's other enquiries that are not linked, tick the one that is the same person, Erase; the sister who shares
 * the phone stays.
 */
@ExtendWith(ApplicationExtension.class)
class PrivacyTabUiTest {
    @TempDir
    Path dir;
    private StaffFixture fx;
    private Database db;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private long asked;
    private long linked;
    private long sameName;
    private long sister;

    @Start
    void start(Stage stage) {
        fx = StaffFixture.open(dir, new SettableClock());
        db = fx.context.database();
        asked = TestEnquiries.insert(db, "Zebulon Quillfeather", "+919845067321");
        linked = TestEnquiries.insert(db, "Zebulon Quillfeather", "+919845067321");
        db.writeVoid(ctx -> ctx.update(ENQUIRY).set(ENQUIRY.PERSON_ID, asked).where(ENQUIRY.ID.eq(linked)).execute());
        sameName = TestEnquiries.insert(db, "Zebulon Quilfeather", "+919845055502");
        sister = TestEnquiries.insert(db, "Marigold Quillfeather", "+919845067321");
        // as SettingsTabs builds it for a manager
        PrivacyTabViewModel vm = new PrivacyTabViewModel(fx.context.privacyService(), new DirectTaskRunner(), dialogs,
                minutes -> { });
        stage.setScene(new Scene(new PrivacyTab(vm, true, true, TestDb.ZONE).root(), 1000, 760));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theManagerTicksTheSamePersonsUnlinkedEnquiryAndLeavesTheSisterOut(FxRobot robot) {
        assertThat(robot.lookup("#erasure-choice").queryAs(Node.class).isVisible()).isFalse();
        robot.clickOn("#privacy-erase-id").write("#" + asked);
        robot.clickOn("#privacy-erase-one");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#erasure-choice").queryAs(Node.class).isVisible()).isTrue();
        assertThat(dialogs.shown).as("nothing is asked before the choice").isEmpty();
        assertThat(robot.lookup("#erasure-choice-hint").queryAs(Label.class).getText())
                .contains("#" + asked, "1 enquiries linked", "same phone number or a similar name");
        CheckBox sisterBox = robot.lookup("#erasure-choice-" + sister).queryAs(CheckBox.class);
        CheckBox sameNameBox = robot.lookup("#erasure-choice-" + sameName).queryAs(CheckBox.class);
        assertThat(sisterBox.getText()).contains("#" + sister, "Marigold Quillfeather", "same phone");
        assertThat(sameNameBox.getText()).contains("#" + sameName, "Zebulon Quilfeather", "similar name");
        assertThat(robot.lookup(".check-box").queryAll()).hasSize(2);
        assertThat(sisterBox.isSelected()).isFalse();
        assertThat(sameNameBox.isSelected()).isFalse();

        robot.clickOn("#erasure-choice-" + sameName);
        dialogs.confirmAnswer = true;
        robot.clickOn("#erasure-choice-erase");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown).singleElement().asString()
                .contains("confirm: Erase enquiry #" + asked + " with 2 more (1 linked to it, 1 ticked by you)");
        assertThat(robot.lookup("#privacy-retention-status").queryAs(Label.class).getText()).isEqualTo("3 enquiries erased.");
        assertThat(robot.lookup("#erasure-choice").queryAs(Node.class).isVisible()).isFalse();
        for (long id : List.of(asked, linked, sameName)) {
            assertThat(name(id)).isEqualTo("Erased enquiry #" + id);
        }
        assertThat(name(sister)).isEqualTo("Marigold Quillfeather");
        assertThat(db.<List<Long>>read(ctx -> ctx.select(AUDIT_EVENT.ENTITY_ID).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("ERASURE")).orderBy(AUDIT_EVENT.ENTITY_ID).fetch(AUDIT_EVENT.ENTITY_ID)))
                .containsExactly(asked, linked, sameName);
    }

    @Test
    void cancelErasesNothingAndAPersonWithNoOtherEnquiriesIsAskedAtOnce(FxRobot robot) {
        robot.clickOn("#privacy-erase-id").write(String.valueOf(asked));
        robot.clickOn("#privacy-erase-one");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#erasure-choice-" + sister);
        robot.clickOn("#erasure-choice-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#erasure-choice").queryAs(Node.class).isVisible()).isFalse();
        assertThat(dialogs.shown).isEmpty();
        assertThat(db.<Integer>read(ctx -> ctx.fetchCount(ENQUIRY, ENQUIRY.ERASED_AT.isNotNull()))).isZero();

        long alone = TestEnquiries.insert(db, "Keepsake Marigold", "+919845011111");
        dialogs.confirmAnswer = false;
        robot.doubleClickOn("#privacy-erase-id").eraseText(10).write(String.valueOf(alone));
        robot.clickOn("#privacy-erase-one");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: Erase enquiry #" + alone);
        assertThat(robot.lookup("#erasure-choice").queryAs(Node.class).isVisible()).isFalse();
        assertThat(name(alone)).isEqualTo("Keepsake Marigold");
    }

    private String name(long id) {
        return db.read(ctx -> ctx.select(ENQUIRY.FULL_NAME).from(ENQUIRY).where(ENQUIRY.ID.eq(id)).fetchOne(ENQUIRY.FULL_NAME));
    }
}
