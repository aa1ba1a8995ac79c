package org.clinicdesk.ui.settings.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.transfer.EnquiryField;
import org.clinicdesk.domain.transfer.ImportService;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.ImportFixture;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ImportTabTest {
    @TempDir
    Path dir;
    private Database db;
    private Path csv;

    @Start
    void start(Stage stage) throws Exception {
        db = TestDb.open(dir);
        csv = dir.resolve("old-book.csv");
        Files.writeString(csv, "Name;Mobile No.;Source;Centre\r\nಅನಿತಾ ರಾವ್;98450 12345;walk-in;Bangalore\r\n"
                + "Imran;98480 22222;WhatsApp;Bangalore\r\nBad Phone;12;phone;Bangalore\r\n", StandardCharsets.UTF_8);
        ImportService imports = new ImportFixture(db).imports;
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.fileToOpen = csv;
        ImportTabViewModel vm = new ImportTabViewModel(imports, CsvReading::read, new DirectTaskRunner(), dialogs, Runnable::run);
        stage.setScene(new Scene(new ImportTab(vm).root(), 1200, 800));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void fileMappingPreviewCheckReportAndImport(FxRobot robot) {
        robot.clickOn("#import-choose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-file-info").queryAs(Label.class).getText())
                .contains("old-book.csv").contains("3 rows").contains("separator ;");
        assertThat(robot.lookup("#import-preview").queryAs(TableView.class).getItems()).hasSize(3);
        assertThat(robot.lookup("#import-column-" + EnquiryField.PHONE.name()).queryAs(ComboBox.class).getValue())
                .isEqualTo("Mobile No.");

        robot.clickOn("#import-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-error").queryAs(Label.class).getText()).contains("consent");

        robot.clickOn("#import-consent-all").clickOn("WRITTEN");
        robot.clickOn("#import-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .startsWith("2 of 3 rows can be imported; 1 rows have problems");
        ListView<?> report = robot.lookup("#import-report").queryAs(ListView.class);
        assertThat(report.getItems().getFirst().toString()).startsWith("Row 4, column \"Mobile No.\"");
        int before = db.read(ctx -> ctx.fetchCount(ENQUIRY));
        assertThat(before).isZero();

        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).startsWith("Imported 2 enquiries");
        int after = db.read(ctx -> ctx.fetchCount(ENQUIRY));
        assertThat(after).isEqualTo(2);
    }
}
