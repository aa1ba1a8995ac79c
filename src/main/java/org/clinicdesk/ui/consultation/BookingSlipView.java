package org.clinicdesk.ui.consultation;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.SlipPaper;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.EscapeToClose;
import org.clinicdesk.ui.common.LanguageNames;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.common.WindowFit;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The booking slip window: language and paper, then Print (Ctrl+P) or Save PDF; Esc closes it. */
final class BookingSlipView {
    private final BookingSlipViewModel vm;
    private final DialogService dialogs;
    private Stage stage;

    BookingSlipView(BookingSlipViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    /** Opens the window for this consultation, in its visitor's language. */
    void show(Consultation c, Window owner) {
        if (c == null) {
            return;
        }
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(Messages.get("bookingSlip.window.title"));
            Scene scene = new Scene(content(), 560, 330);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), vm::print);
            stage.setScene(scene);
            EscapeToClose.install(stage, () -> false, dialogs);
        }
        vm.open(c);
        stage.show();
        WindowFit.place(stage, 560, 360);
        stage.toFront();
    }

    private VBox content() {
        Label title = new Label(Messages.get("bookingSlip.window.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label who = new Label();
        who.setId("slip-who");
        who.setWrapText(true);
        who.textProperty().bind(vm.consultationProperty().map(c -> c.personName() + " · "
                + c.start().format(DateFormats.WEEKDAY_DAY) + ", " + c.start().toLocalTime().format(DateFormats.TIME)));
        ComboBox<Language> language = new ComboBox<>();
        language.setId("slip-language");
        language.getItems().setAll(Language.sheetLanguages());
        language.setConverter(LanguageNames.converter("bookingSlip.language"));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<SlipPaper> paper = new ComboBox<>();
        paper.setId("slip-paper");
        paper.getItems().setAll(SlipPaper.values());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(SlipPaper p) {
                return p == null ? "" : Messages.get("bookingSlip.paper." + p.name());
            }

            @Override
            public SlipPaper fromString(String s) {
                return null;
            }
        });
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        GridPane choices = new GridPane(12, 8);
        choices.addRow(0, label("bookingSlip.language", language), language);
        choices.addRow(1, label("bookingSlip.paper", paper), paper);
        Label hint = new Label(Messages.get("bookingSlip.hint"));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button print = new Button(Messages.get("bookingSlip.print"), new FontIcon(Material2OutlinedMZ.PRINT));
        print.setId("slip-print");
        print.getStyleClass().add("accent");
        print.setDefaultButton(true);
        print.setOnAction(e -> vm.print());
        Button pdf = new Button(Messages.get("bookingSlip.pdf"), new FontIcon(Material2OutlinedMZ.PICTURE_AS_PDF));
        pdf.setId("slip-pdf");
        pdf.setOnAction(e -> vm.savePdf());
        Button close = new Button(Messages.get("bookingSlip.close"));
        close.setId("slip-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        for (Button b : new Button[] {print, pdf, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        print.disableProperty().bind(vm.busyProperty());
        pdf.disableProperty().bind(vm.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, print, pdf, gap, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("slip-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox box = new VBox(10, title, who, choices, hint, grow, status, actions);
        box.setPadding(new Insets(18));
        return box;
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
