package org.clinicdesk.ui.sheet;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
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
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.ui.common.ArabicScript;
import org.clinicdesk.ui.common.LanguageNames;
import org.clinicdesk.ui.common.ListSelection;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The "Give sheets" window opened from an enquiry (or for a walk-in): tick, then print all or save one PDF. */
public final class GiveSheetsView {
    private final Supplier<Window> owner;
    private final GiveSheetsViewModel model;
    private final String stylesheet;
    private Stage stage;
    private Runnable whenClosed;

    public GiveSheetsView(Supplier<Window> owner, GiveSheetsViewModel model, String stylesheet) {
        this.owner = owner;
        this.model = model;
        this.stylesheet = stylesheet;
    }

    /** Suggests the approved sheets for these conditions; the ones printed or saved are logged against the enquiry. */
    public void giveSheets(long enquiryId, List<Long> conditionIds) {
        model.load(enquiryId, conditionIds);
        show(Messages.get("give.title"));
    }

    /** As above; {@code whenDone} runs after each print or PDF is logged and when the window closes. */
    public void giveSheets(long enquiryId, List<Long> conditionIds, Runnable whenDone) {
        whenClosed = whenDone;
        model.load(enquiryId, conditionIds, whenDone);
        show(Messages.get("give.title"));
    }

    /** The same for an anonymous walk-in: handouts are counted without an enquiry. */
    public void giveSheetsToWalkIn(List<Long> conditionIds, Runnable whenDone) {
        whenClosed = whenDone;
        model.load(null, conditionIds, whenDone);
        show(Messages.get("give.titleWalkIn"));
    }

    private void show(String title) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner.get());
            stage.initModality(Modality.WINDOW_MODAL);
            Scene scene = new Scene(content(), 1080, 720);
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
        Label intro = new Label();
        intro.textProperty().bind(model.intro());
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        ListView<GiveSheetsViewModel.Choice> list = new ListView<>(model.choices());
        list.setId("give-list");
        list.setCellFactory(v -> new ChoiceCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        // the preview follows the list's cursor, and the list shows which sheet the preview is of
        ListSelection.follow(list, model.previewed());
        Label languageLabel = new Label(Messages.get("give.language"));
        ComboBox<Language> language = new ComboBox<>();
        language.setId("give-language");
        language.getItems().setAll(Language.values());
        language.setConverter(LanguageNames.converter("give.language.ask"));
        language.setPromptText(Messages.get("give.language.ask"));
        language.valueProperty().bindBidirectional(model.language());
        languageLabel.setLabelFor(language);
        HBox reads = new HBox(8, languageLabel, language);
        reads.setAlignment(Pos.CENTER_LEFT);
        VBox choose = new VBox(10, intro, reads, list);
        choose.setMinWidth(300);

        Label previewTitle = new Label();
        previewTitle.setId("give-preview-title");
        previewTitle.getStyleClass().add(Styles.HINT);
        previewTitle.textProperty().bind(model.previewed().map(c -> Messages.format("give.previewOf", c.sheet().title()))
                .orElse(""));
        ScrollPane preview = new PagePreview(model.previewPages(), "give-preview", model.previewed().isNotNull()).node();
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox look = new VBox(6, previewTitle, preview);
        SplitPane split = new SplitPane(choose, look);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label message = new Label();
        message.setId("give-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.message());
        Label paperLabel = new Label(Messages.get("give.paper"));
        ComboBox<SheetPageSize> paper = new ComboBox<>();
        paper.setId("give-paper");
        paper.getItems().setAll(SheetPageSize.values());
        paper.valueProperty().bindBidirectional(model.pageSize());
        paperLabel.setLabelFor(paper);
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, paperLabel, paper, spacer, print, save, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, split, message, buttons);
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
            CheckBox box = new CheckBox(Messages.format("give.choice", c.sheet().title(), c.sheet().version(),
                    LanguageNames.ofCode(c.sheet().language())));
            ArabicScript.wrapUnlessArabic(box.wrapTextProperty(), box.textProperty());
            box.selectedProperty().bindBidirectional(c.ticked());
            box.setDisable(!c.givable());
            Label note = new Label(c.givable() ? (c.note().isEmpty() ? c.sheet().content().summary() : c.note())
                    : c.sheet().outOfDate() ? Messages.format("sheets.status.outOfDate", c.sheet().version(),
                    LanguageNames.ofCode(c.sheet().language()))
                    : Messages.format("sheets.status.needsReview", SheetNames.date(c.sheet().nextReview())));
            note.getStyleClass().add(Styles.HINT);
            ArabicScript.wrapUnlessArabic(note.wrapTextProperty(), note.textProperty());
            // the summary wraps under the tick box, indented to line up with the title
            note.setPadding(new Insets(0, 0, 0, 26));
            note.setMinHeight(Region.USE_PREF_SIZE);
            if (getListView() != null) {
                note.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
                box.setMinHeight(Region.USE_PREF_SIZE);
            }
            VBox cell = new VBox(3, box, note);
            cell.setPadding(new Insets(4, 0, 4, 0));
            setGraphic(cell);
        }
    }
}
