package org.clinicdesk.ui.sheet;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.ListSelection;
import org.clinicdesk.ui.common.ArabicScript;
import org.clinicdesk.ui.common.LanguageNames;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Screen;
import org.clinicdesk.ui.common.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Information sheets: the library on the left, the selected sheet exactly as it prints on the right. */
public final class SheetLibraryView implements Screen {
    private final SheetLibraryViewModel model;
    private final Supplier<SheetEditorWindow> editor;
    private final GiveSheetsView giver;
    private final TextField search = new TextField();
    private Node view;

    public SheetLibraryView(SheetLibraryViewModel model, Supplier<SheetEditorWindow> editor, GiveSheetsView giver) {
        this.model = model;
        this.editor = editor;
        this.giver = giver;
    }

    @Override public String id() { return "sheets"; }
    @Override public String titleKey() { return "nav.sheets"; }
    @Override public Ikon icon() { return Material2OutlinedAL.DESCRIPTION; }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        Label title = new Label(Messages.get("nav.sheets"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        search.setId("sheets-search");
        search.setPromptText(Messages.get("sheets.search.prompt"));
        search.textProperty().bindBidirectional(model.search());
        ComboBox<MedicalCondition> condition = filter("sheets-filter-condition", "sheets.filter.condition",
                model.conditionFilter(), MedicalCondition::name);
        condition.setItems(model.conditions());
        ComboBox<SheetKind> kind = filter("sheets-filter-kind", "sheets.filter.kind", model.kindFilter(),
                k -> SheetNames.kind(k));
        kind.getItems().setAll(SheetKind.values());
        ComboBox<SheetStatus> status = filter("sheets-filter-status", "sheets.filter.status", model.statusFilter(),
                s -> SheetNames.status(s));
        status.getItems().setAll(SheetStatus.values());
        ComboBox<Language> language = filter("sheets-filter-language", "sheets.filter.language",
                model.languageFilter(), LanguageNames::of);
        language.getItems().setAll(Language.sheetLanguages());
        Button clear = new Button(Messages.get("sheets.filter.clear"));
        clear.setOnAction(e -> {
            condition.setValue(null);
            kind.setValue(null);
            status.setValue(null);
            language.setValue(null);
            search.clear();
        });
        HBox filters = new HBox(8, condition, kind, status, language, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        ListView<SheetVersion> list = new ListView<>(model.rows());
        list.setId("sheets-list");
        list.setCellFactory(v -> new SheetCell());
        ListSelection.follow(list, model.selected());
        VBox.setVgrow(list, Priority.ALWAYS);
        Button newSheet = new Button(Messages.get("sheets.new"), new FontIcon(Material2OutlinedAL.ADD));
        newSheet.setId("sheets-new");
        newSheet.setOnAction(e -> editor.get().startNew());
        // a walk-in who gives no details: several sheets at once, for the condition chosen above (or any)
        Button walkIn = new Button(Messages.get("sheets.giveWalkIn"), new FontIcon(Material2OutlinedMZ.PRINT));
        walkIn.setId("sheets-give-walk-in");
        walkIn.setOnAction(e -> {
            MedicalCondition c = model.conditionFilter().get();
            giver.giveSheetsToWalkIn(c != null ? List.of(c.id())
                    : model.conditions().stream().map(MedicalCondition::id).toList(), model::countGivenToday);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, newSheet, gap, walkIn);
        Label given = new Label();
        given.setId("sheets-given-today");
        given.getStyleClass().add(Styles.HINT);
        given.textProperty().bind(model.givenToday());
        VBox left = new VBox(8, search, list, given, actions);
        left.setMinWidth(300);

        SplitPane split = new SplitPane(left, reader());
        split.setDividerPositions(0.34);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label message = new Label();
        message.setId("sheets-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        message.visibleProperty().bind(model.message().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("sheet-message");
        VBox box = new VBox(12, title, filters, message, split);
        box.getStyleClass().add(Styles.SCREEN);
        box.setPadding(new Insets(24));
        return box;
    }

    private Node reader() {
        Button print = new Button(Messages.get("sheets.print"), new FontIcon(Material2OutlinedMZ.PRINT));
        print.setId("sheets-print");
        print.setOnAction(e -> model.print());
        Button save = new Button(Messages.get("sheets.savePdf"), new FontIcon(Material2OutlinedMZ.PICTURE_AS_PDF));
        save.setId("sheets-save-pdf");
        save.setOnAction(e -> model.savePdf());
        Button edit = new Button(Messages.get("sheets.edit"), new FontIcon(Material2OutlinedAL.EDIT));
        edit.setId("sheets-edit");
        edit.setOnAction(e -> {
            if (model.shown().get() != null) {
                editor.get().open(model.shown().get());
            }
        });
        for (Button b : new Button[] {print, save, edit}) {
            b.disableProperty().bind(model.shown().isNull().or(model.working()));
        }
        ComboBox<SheetPageSize> paper = new ComboBox<>();
        paper.setId("sheets-paper");
        paper.getItems().setAll(SheetPageSize.values());
        paper.valueProperty().bindBidirectional(model.pageSize());
        Label status = new Label();
        status.setId("sheets-status");
        status.textProperty().bind(model.status());
        status.getStyleClass().add(Styles.HINT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the version in the reader: the one patients get unless another is chosen; older ones stay readable
        ComboBox<SheetVersion> version = new ComboBox<>(model.versions());
        version.setId("sheets-version");
        version.valueProperty().bindBidirectional(model.shown());
        version.setConverter(new StringConverter<>() {
            @Override public String toString(SheetVersion v) {
                return v == null ? "" : Messages.format("sheets.versionChoice", v.version(), SheetNames.status(v.status()));
            }
            @Override public SheetVersion fromString(String s) { return null; }
        });
        version.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.versions()).greaterThan(1));
        version.managedProperty().bind(version.visibleProperty());
        HBox bar = new HBox(8, print, save, paper, version, spacer, edit);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane reader = new BorderPane(new PagePreview(model.pages(), "sheets-preview", model.shown().isNotNull()).node());
        VBox top = new VBox(6, bar, status);
        top.setPadding(new Insets(0, 0, 8, 8));
        reader.setTop(top);
        return reader;
    }

    private static <T> ComboBox<T> filter(String id, String promptKey, javafx.beans.property.ObjectProperty<T> bound,
                                          java.util.function.Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(Messages.get(promptKey));
        box.valueProperty().bindBidirectional(bound);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? Messages.get(promptKey) : name.apply(t); }
            @Override public T fromString(String s) { return null; }
        });
        return box;
    }

    /** A library row: title, then kind, language, version and status. */
    private static final class SheetCell extends ListCell<SheetVersion> {
        @Override
        protected void updateItem(SheetVersion v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(v.title());
            name.getStyleClass().add("sheet-row-title");
            // long titles wrap inside the list instead of pushing it sideways (Urdu ones are cut instead)
            ArabicScript.wrapUnlessArabic(name.wrapTextProperty(), name.textProperty());
            if (getListView() != null) {
                name.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
            }
            setPrefWidth(0);
            Label detail = new Label(Messages.format("sheets.row", SheetNames.kind(v.kind()),
                    LanguageNames.ofCode(v.language()), v.version(), SheetNames.status(v.status())));
            detail.getStyleClass().addAll(Styles.HINT, "sheet-status-" + v.status().name().toLowerCase());
            VBox row = new VBox(2, name, detail);
            SheetNames.translationLine(v).ifPresent(line -> {
                Label translation = new Label(line);
                translation.getStyleClass().addAll(Styles.HINT, v.outOfDate() ? "sheet-out-of-date" : "sheet-translation");
                row.getChildren().add(translation);
            });
            setText(null);
            setGraphic(row);
        }
    }

    @Override
    public void onShow() {
        model.load();
    }

    @Override
    public boolean onFind() {
        search.requestFocus();
        return true;
    }

    @Override
    public boolean onPrint() {
        model.print();
        return true;
    }
}
