package org.clinicdesk.ui.privacy;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clinicdesk.ui.common.FieldRows;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** A window with the clinic's consent notice, to show the visitor, print, or save as PDF. */
public final class ConsentNoticeView {
    private ConsentNoticeView() {
    }

    public static void show(Window owner, ConsentNoticeViewModel vm) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("consent.title"));
        Label title = new Label();
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.textProperty().bind(vm.clinicNameProperty());
        Text text = new Text();
        text.setId("consent-notice-text");
        text.textProperty().bind(vm.noticeProperty());
        TextFlow flow = new TextFlow(text);
        flow.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button print = new Button(Messages.get("consent.print"));
        print.setId("consent-print");
        print.setOnAction(e -> print(flow, stage, vm));
        Button pdf = new Button(Messages.get("consent.savePdf"));
        pdf.setId("consent-pdf");
        pdf.setOnAction(e -> vm.savePdf());
        Button close = new Button(Messages.get("consent.close"));
        close.setId("consent-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label status = new Label();
        status.getStyleClass().add(Styles.HINT);
        status.textProperty().bind(vm.statusProperty());
        HBox buttons = new HBox(8, status, print, pdf, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        VBox root = new VBox(10, title, new Label(Messages.get("consent.intro")), scroll,
                FieldRows.formError(vm.errors().form(), "consent-error"), buttons);
        root.setPadding(new Insets(20));
        Scene scene = new Scene(root, 640, 520);
        scene.getStylesheets().add(ConsentNoticeView.class.getResource("/org/clinicdesk/ui/clinicdesk.css").toExternalForm());
        stage.setScene(scene);
        vm.load();
        stage.show();
    }

    /** JavaFX printing of the text; with no printer installed, the PDF is the way. */
    private static void print(TextFlow flow, Stage stage, ConsentNoticeViewModel vm) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            vm.dialogs().showInformation(Messages.get("consent.print"), Messages.get("consent.noPrinter"));
            return;
        }
        if (job.showPrintDialog(stage) && job.printPage(flow)) {
            job.endJob();
            vm.statusProperty().set(Messages.get("consent.printed"));
        }
    }
}
