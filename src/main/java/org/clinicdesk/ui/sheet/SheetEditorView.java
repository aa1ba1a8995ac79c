package org.clinicdesk.ui.sheet;

import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.sheet.EvidenceStatus;
import org.clinicdesk.domain.sheet.Readability;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.ui.common.DateFields;
import org.clinicdesk.ui.common.ArabicScript;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.controlsfx.control.CheckComboBox;

/** The editor: fields and Markdown on the left with the readability panel, the live print preview on the right. */
final class SheetEditorView {
    private final SheetEditorViewModel model;
    private final SplitPane root;
    private final TextArea body = new TextArea();

    SheetEditorView(SheetEditorViewModel model) {
        this.model = model;
        PauseTransition typing = new PauseTransition(Duration.millis(700));
        typing.setOnFinished(e -> model.refreshPreview());
        for (var p : new javafx.beans.Observable[] {model.body(), model.title(), model.summary(), model.sources(),
            model.kind(), model.evidence(), model.author()}) {
            p.addListener(o -> typing.playFromStart());
        }
        ScrollPane form = new ScrollPane(form());
        form.setFitToWidth(true);
        // the actions stay in view however long the text is
        javafx.scene.layout.BorderPane left = new javafx.scene.layout.BorderPane(form);
        left.setBottom(footer());
        javafx.scene.layout.BorderPane right = new javafx.scene.layout.BorderPane(previewAndEnglish(
                new PagePreview(model.preview(), "editor-preview", new javafx.beans.property.SimpleBooleanProperty(true)).node()));
        Node readability = readabilityPanel();
        javafx.scene.layout.BorderPane.setMargin(readability, new Insets(10, 12, 8, 12));
        right.setTop(readability);
        root = new SplitPane(left, right);
        root.setDividerPositions(0.55);
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        TextField title = text("editor-title", model.title());
        TextField slug = text("editor-slug", model.slug());
        slug.disableProperty().bind(model.editing().isNotNull());
        TextField language = text("editor-language", model.language());
        language.setPrefColumnCount(4);
        language.disableProperty().bind(model.editing().isNotNull());
        ComboBox<SheetKind> kind = new ComboBox<>();
        kind.getItems().setAll(SheetKind.values());
        kind.valueProperty().bindBidirectional(model.kind());
        kind.setConverter(converter(SheetNames::kind));
        ComboBox<EvidenceStatus> evidence = new ComboBox<>();
        evidence.getItems().setAll(EvidenceStatus.values());
        evidence.valueProperty().bindBidirectional(model.evidence());
        evidence.setConverter(converter(SheetNames::evidence));
        evidence.disableProperty().bind(model.kind().isNotEqualTo(SheetKind.TREATMENT));
        CheckComboBox<MedicalCondition> conditions = new CheckComboBox<>(model.allConditions());
        conditions.setId("editor-conditions");
        model.chosenConditions().addListener((javafx.collections.ListChangeListener<MedicalCondition>) c -> sync(conditions));
        sync(conditions);
        conditions.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<MedicalCondition>) c -> {
            if (!model.chosenConditions().equals(conditions.getCheckModel().getCheckedItems())) {
                model.chosenConditions().setAll(conditions.getCheckModel().getCheckedItems());
            }
        });
        TextField summary = text("editor-summary", model.summary());
        TextField author = text("editor-author", model.author());
        TextArea sources = new TextArea();
        sources.setId("editor-sources");
        sources.setPrefRowCount(3);
        sources.textProperty().bindBidirectional(model.sources());
        body.setId("editor-body");
        ArabicScript.wrapUnlessArabic(body.wrapTextProperty(), body.textProperty());
        body.setPrefRowCount(16);
        body.textProperty().bindBidirectional(model.body());
        body.getStyleClass().add("sheet-markdown");
        row = add(grid, row, "editor.title", "title", title);
        row = add(grid, row, "editor.slug", "slug", new HBox(8, slug, new Label(Messages.get("editor.language")), language));
        row = add(grid, row, "editor.kind", "kind", new HBox(8, kind, new Label(Messages.get("editor.evidence")), evidence));
        row = add(grid, row, "editor.conditions", "conditions", conditions);
        row = add(grid, row, "editor.summary", "summary", summary);
        row = add(grid, row, "editor.author", "author", author);
        row = add(grid, row, "editor.sources", "sources", sources);
        row = add(grid, row, "editor.body", "body", body);
        GridPane.setHgrow(body, Priority.ALWAYS);
        VBox box = new VBox(10, grid);
        box.setPadding(new Insets(16));
        return box;
    }

    private Node footer() {
        Label formError = new Label();
        formError.setId("editor-form-error");
        formError.textProperty().bind(model.errors().form());
        formError.visibleProperty().bind(model.errors().form().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        formError.getStyleClass().add(Styles.FORM_ERROR);
        formError.setWrapText(true);
        Label state = new Label();
        state.setId("editor-state");
        state.getStyleClass().add(Styles.HINT);
        state.setWrapText(true);
        state.textProperty().bind(model.state());
        Label saved = new Label();
        saved.setId("editor-saved");
        saved.textProperty().bind(model.saved());
        saved.visibleProperty().bind(model.saved().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        VBox box = new VBox(8, state, formError, saved, actions());
        box.setPadding(new Insets(10, 16, 12, 16));
        box.getStyleClass().add("editor-actions");
        return box;
    }

    private void sync(CheckComboBox<MedicalCondition> box) {
        box.getCheckModel().clearChecks();
        model.chosenConditions().forEach(c -> box.getCheckModel().check(c));
    }

    /** For a translation, the English version it is reviewed against, in a tab beside the print preview. */
    private Node previewAndEnglish(Node preview) {
        EnglishOriginal english = model.englishOriginal();
        Tab printed = new Tab(Messages.get("editor.tab.preview"), preview);
        TextArea text = new TextArea();
        text.setId("editor-english");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(english.text());
        Label heading = new Label();
        heading.setId("editor-english-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(english.heading());
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox englishBox = new VBox(6, heading, text);
        englishBox.setPadding(new Insets(8));
        Tab original = new Tab(Messages.get("editor.tab.english"), englishBox);
        TabPane tabs = new TabPane(printed);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        english.shown().addListener((o, was, now) -> {
            if (now && !tabs.getTabs().contains(original)) {
                tabs.getTabs().add(0, original);
            } else if (!now) {
                tabs.getTabs().remove(original);
            }
            tabs.getSelectionModel().select(now ? original : printed);
        });
        return tabs;
    }

    private Node readabilityPanel() {
        Label scores = new Label();
        scores.setId("editor-readability");
        scores.getStyleClass().add("readability-scores");
        scores.setWrapText(true);
        ListView<String> longOnes = new ListView<>();
        longOnes.setId("editor-long-sentences");
        longOnes.setPrefHeight(64);
        longOnes.getStyleClass().add("long-sentences");
        model.readability().addListener((o, a, s) -> show(s, model.english(), scores, longOnes));
        model.language().addListener((o, a, l) -> show(model.readability().get(), model.english(), scores, longOnes));
        show(model.readability().get(), model.english(), scores, longOnes);
        // clicking a too-long sentence selects it in the text, so it can be split
        longOnes.getSelectionModel().selectedItemProperty().addListener((o, a, sentence) -> {
            if (sentence != null) {
                int at = body.getText().indexOf(sentence.length() > 40 ? sentence.substring(0, 40) : sentence);
                if (at >= 0) {
                    body.selectRange(at, Math.min(body.getLength(), at + sentence.length()));
                    body.requestFocus();
                }
            }
        });
        Label title = new Label(Messages.get("editor.readability"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        return new VBox(4, title, scores, longOnes);
    }

    /** English gets the Flesch scores; other languages sentence lengths only, as no formula is validated for them. */
    private static void show(Readability.Score s, boolean english, Label scores, ListView<String> longOnes) {
        scores.setText(english ? Messages.format("editor.readability.scores",
                String.format(Locale.ROOT, "%.0f", s.readingEase()), String.format(Locale.ROOT, "%.1f", s.grade()),
                s.words(), s.sentences(), s.longSentences().size(), Readability.LONG_SENTENCE_WORDS)
                : Messages.format("editor.readability.sentences", String.format(Locale.ROOT, "%.1f",
                s.wordsPerSentence()), s.words(), s.sentences(), s.longSentences().size(),
                Readability.LONG_SENTENCE_WORDS));
        scores.getStyleClass().removeAll("readability-ok", "readability-hard");
        boolean easy = english ? s.readingEase() >= 60 : s.longSentences().isEmpty();
        scores.getStyleClass().add(easy ? "readability-ok" : "readability-hard");
        longOnes.getItems().setAll(s.longSentences());
    }

    private Node actions() {
        Button save = button("editor-save", "editor.save", model::save);
        Button submit = button("editor-submit", "editor.submit", model::submit);
        DatePicker next = DateFields.picker();
        next.setId("editor-next-review");
        next.valueProperty().bindBidirectional(model.nextReview());
        Button approve = button("editor-approve", "editor.approve", model::approve);
        TextField comment = text("editor-comment", model.comment());
        comment.setPromptText(Messages.get("editor.comment.prompt"));
        Button sendBack = button("editor-send-back", "editor.sendBack", model::sendBack);
        Button retire = button("editor-retire", "editor.retire", model::retire);
        submit.disableProperty().bind(model.canSubmit().not());
        approve.disableProperty().bind(model.canApprove().not());
        sendBack.disableProperty().bind(model.inReview().not());
        retire.disableProperty().bind(model.canRetire().not());
        HBox authoring = new HBox(8, save, submit);
        HBox review = new HBox(8, new Label(Messages.get("editor.nextReview")), next, approve);
        HBox back = new HBox(8, comment, sendBack, retire);
        HBox.setHgrow(comment, Priority.ALWAYS);
        for (HBox h : new HBox[] {authoring, review, back}) {
            h.setAlignment(Pos.CENTER_LEFT);
        }
        Label reviewTitle = new Label(Messages.get("editor.review"));
        reviewTitle.getStyleClass().add(Styles.SECTION_TITLE);
        return new VBox(8, authoring, reviewTitle, review, back);
    }

    private int add(GridPane grid, int row, String labelKey, String field, Node input) {
        Label label = new Label(Messages.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.textProperty().bind(model.errors().field(field));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);
        grid.add(label, 0, row);
        grid.add(new VBox(2, input, error), 1, row);
        GridPane.setHgrow(input, Priority.ALWAYS);
        return row + 1;
    }

    private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new javafx.util.StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : name.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private static TextField text(String id, javafx.beans.property.StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    SplitPane root() {
        return root;
    }
}
