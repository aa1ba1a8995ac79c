package org.clinicdesk.ui.sheet;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The "Give sheets" window opened from an enquiry (or for a walk-in): tick, then print all or save one PDF. */
public final class GiveSheetsDialog implements SheetGiver {
    private final Supplier<Window> owner;
    private final GiveSheetsViewModel model;
    private final String stylesheet;
    private Stage stage;
    private Runnable whenClosed;

    public GiveSheetsDialog(Supplier<Window> owner, GiveSheetsViewModel model, String stylesheet) {
        this.owner = owner;
        this.model = model;
        this.stylesheet = stylesheet;
    }

    @Override
    public void giveSheets(long enquiryId, List<Long> conditionIds) {
        model.load(enquiryId, conditionIds);
        show(Messages.get("give.title"));
    }

    @Override
    public void giveSheets(long enquiryId, List<Long> conditionIds, Runnable whenDone) {
        whenClosed = whenDone;
        model.load(enquiryId, conditionIds, whenDone);
        show(Messages.get("give.title"));
    }

    @Override
    public void giveSheetsToWalkIn(List<Long> conditionIds) {
        model.load(null, conditionIds);
        show(Messages.get("give.titleWalkIn"));
    }

    private void show(String title) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner.get());
            stage.initModality(Modality.WINDOW_MODAL);
            Scene scene = new Scene(content(), 640, 580);
            scene.getStylesheets().add(stylesheet);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), model::printAll);
            // a filter, not an accelerator: the sheet list takes Escape for itself once a tick box has focus
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    stage.close();
                }
            });
            stage.setScene(scene);
            stage.setOnHidden(e -> {
                Runnable done = whenClosed;
                whenClosed = null;
                if (done != null) {
                    done.run();
                }
            });
        }
        stage.setTitle(title);
        stage.show();
        stage.toFront();
    }

    private VBox content() {
        Label intro = new Label(Messages.get("give.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        ListView<GiveSheetsViewModel.Choice> list = new ListView<>(model.choices());
        list.setId("give-list");
        list.setCellFactory(v -> new ChoiceCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.setId("give-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Button print = new Button(Messages.get("give.printAll"), new FontIcon(Material2OutlinedMZ.PRINT));
        print.setId("give-print");
        print.setDefaultButton(true);
        print.setOnAction(e -> model.printAll());
        Button save = new Button(Messages.get("give.savePdf"), new FontIcon(Material2OutlinedMZ.PICTURE_AS_PDF));
        save.setId("give-save-pdf");
        save.setOnAction(e -> model.savePdf());
        Button close = new Button(Messages.get("give.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        print.disableProperty().bind(model.working());
        save.disableProperty().bind(model.working());
        HBox buttons = new HBox(8, print, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, intro, list, message, buttons);
        box.setPadding(new Insets(16));
        box.getStyleClass().add(Styles.SCREEN);
        return box;
    }

    /** A tick box per sheet; a sheet that needs review is shown but cannot be ticked. */
    private static final class ChoiceCell extends ListCell<GiveSheetsViewModel.Choice> {
        @Override
        protected void updateItem(GiveSheetsViewModel.Choice c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            CheckBox box = new CheckBox(c.sheet().title() + "  (version " + c.sheet().version() + ", "
                    + java.util.Locale.forLanguageTag(c.sheet().language()).getDisplayLanguage(java.util.Locale.ENGLISH) + ")");
            box.selectedProperty().bindBidirectional(c.ticked());
            box.setDisable(!c.givable());
            Label note = new Label(c.givable() ? c.sheet().content().summary()
                    : Messages.format("sheets.status.needsReview", c.sheet().nextReview()));
            note.getStyleClass().add(Styles.HINT);
            note.setWrapText(true);
            // the summary wraps under the tick box, indented to line up with the title
            note.setPadding(new Insets(0, 0, 0, 26));
            note.setMinHeight(Region.USE_PREF_SIZE);
            if (getListView() != null) {
                note.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            }
            VBox cell = new VBox(3, box, note);
            cell.setPadding(new Insets(4, 0, 4, 0));
            setGraphic(cell);
        }
    }
}
