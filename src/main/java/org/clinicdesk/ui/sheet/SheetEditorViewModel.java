package org.clinicdesk.ui.sheet;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.sheet.EvidenceStatus;
import org.clinicdesk.domain.sheet.Readability;
import org.clinicdesk.domain.sheet.SheetContent;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetOutput;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetRules;
import org.clinicdesk.domain.sheet.SheetService;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * Writing and reviewing one sheet: the fields, a live readability score, a live preview in the print layout, and
 * save / submit / approve / send back / retire. A failed save keeps everything typed.
 */
public final class SheetEditorViewModel {
    private final SheetService sheets;
    private final SheetOutput output;
    private final TaskRunner tasks;
    private final Consumer<SheetVersion> onChanged;

    private final ObjectProperty<SheetVersion> editing = new SimpleObjectProperty<>();
    private final StringProperty slug = new SimpleStringProperty("");
    private final ObjectProperty<SheetKind> kind = new SimpleObjectProperty<>(SheetKind.CONDITION);
    private final StringProperty language = new SimpleStringProperty("en");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<EvidenceStatus> evidence = new SimpleObjectProperty<>();
    private final StringProperty sources = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final ObservableList<MedicalCondition> allConditions = FXCollections.observableArrayList();
    private final ObservableList<MedicalCondition> chosenConditions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> nextReview = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObjectProperty<Readability.Score> readability = new SimpleObjectProperty<>(Readability.Score.EMPTY);
    private final ObservableList<Image> preview = FXCollections.observableArrayList();
    private final StringProperty saved = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private int previewRequest;
    private SheetContent lastSaved;
    private LocalDate lastNextReview;
    private String lastComment = "";
    private final EnglishOriginal english;

    public SheetEditorViewModel(SheetService sheets, SheetOutput output, TaskRunner tasks,
                                Consumer<SheetVersion> onChanged) {
        this.sheets = sheets;
        this.output = output;
        this.tasks = tasks;
        this.onChanged = onChanged;
        body.addListener((o, a, b) -> readability.set(Readability.ofMarkdown(b)));
        this.english = new EnglishOriginal(sheets, tasks);
        editing.addListener((o, a, v) -> english.show(v));
    }

    /** Starts a new sheet. */
    public void startNew() {
        editing.set(null);
        fill(new SheetContent("", SheetKind.CONDITION, List.of(), "en", "", "", "", null, List.of(), ""));
        nextReview.set(sheets.defaultNextReview());
        markSaved();
    }

    /** Opens a version: a draft to edit in place, anything else to read, review, or edit as a new draft. */
    public void open(SheetVersion v) {
        editing.set(v);
        fill(v.content());
        nextReview.set(v.nextReview() != null && v.nextReview().isAfter(sheets.today()) ? v.nextReview()
                : sheets.defaultNextReview());
        comment.set(v.reviewComment());
        markSaved();
    }

    /** What is on screen now counts as kept: nothing to lose on closing. */
    private void markSaved() {
        lastSaved = sameOrder(content());
        lastNextReview = nextReview.get();
        lastComment = comment.get();
    }

    /** True when closing the editor would lose something typed since it was opened or last saved. */
    public boolean hasUnsavedChanges() {
        return lastSaved != null && (!lastSaved.equals(sameOrder(content()))
                || !java.util.Objects.equals(lastNextReview, nextReview.get())
                || !java.util.Objects.equals(lastComment, comment.get()));
    }

    private void fill(SheetContent c) {
        errors.clear();
        saved.set("");
        slug.set(c.slug());
        kind.set(c.kind());
        language.set(c.language());
        title.set(c.title());
        summary.set(c.summary());
        body.set(c.bodyMarkdown());
        evidence.set(c.evidence());
        sources.set(String.join("\n", c.sources()));
        author.set(c.author());
        chosenConditions.setAll(allConditions.stream().filter(m -> c.conditionIds().contains(m.id())).toList());
        readability.set(Readability.ofMarkdown(c.bodyMarkdown()));
        refreshPreview();
    }

    public SheetContent content() {
        return new SheetContent(slug.get(), kind.get(), chosenConditions.stream().map(MedicalCondition::id).toList(),
                language.get(), title.get(), summary.get(), body.get(), evidence.get(),
                Arrays.stream(sources.get().split("\\R")).toList(), author.get());
    }

    /** Renders what is typed now in the print layout (with the DRAFT watermark unless approved). */
    public void refreshPreview() {
        int request = ++previewRequest;
        SheetVersion current = editing.get();
        SheetVersion draft = new SheetVersion(0, 0, current == null ? 1 : current.version(), content(),
                current == null ? SheetStatus.DRAFT : current.status(), null,
                current == null ? "" : current.reviewerName(), current == null ? null : current.reviewedOn(),
                current == null ? null : current.nextReview(), "");
        boolean watermark = current == null || !current.inDate(sheets.today()) || isChanged(current);
        tasks.run(() -> output.pages(output.preview(draft, SheetPageSize.A4, watermark), 72f), images -> {
            if (request == previewRequest) {
                preview.setAll(images.stream().map(i -> (Image) SwingFXUtils.toFXImage(i, null)).toList());
            }
        }, e -> { });
    }

    private boolean isChanged(SheetVersion current) {
        return !sameOrder(current.content()).equals(sameOrder(content()));
    }

    /** Conditions compared as a set: ticking them in another order is no change to the sheet. */
    private static SheetContent sameOrder(SheetContent c) {
        return new SheetContent(c.slug(), c.kind(), c.conditionIds().stream().sorted().toList(), c.language(), c.title(),
                c.summary(), c.bodyMarkdown(), c.evidence(), c.sources(), c.author());
    }

    /** Field messages for what is missing, without saving (shown as the clinician types). */
    public void check() {
        errors.set(SheetRules.problems(content()));
    }

    public void save() {
        SheetContent c = content();
        SheetVersion current = editing.get();
        act(() -> current == null ? sheets.create(c) : sheets.edit(current.id(), c), "editor.saved");
    }

    public void submit() {
        SheetVersion current = editing.get();
        SheetContent c = content();
        act(() -> {
            // an approved or retired version is never changed: its review (a sheet past its review date, say) goes
            // through a new draft version with what is on screen
            SheetVersion v = current == null ? sheets.create(c)
                    : current.status() == SheetStatus.IN_REVIEW ? current : sheets.edit(current.id(), c);
            return sheets.submitForReview(v.id());
        }, "editor.submitted");
    }

    public void approve() {
        SheetVersion current = editing.get();
        LocalDate next = nextReview.get();
        act(() -> sheets.approve(current.id(), next), "editor.approved");
    }

    public void sendBack() {
        SheetVersion current = editing.get();
        String why = comment.get();
        act(() -> sheets.sendBack(current.id(), why), "editor.sentBack");
    }

    public void retire() {
        SheetVersion current = editing.get();
        act(() -> sheets.retire(current.id()), "editor.retired");
    }

    private void act(java.util.concurrent.Callable<SheetVersion> work, String doneKey) {
        errors.clear();
        saved.set("");
        if (editing.get() == null && !"editor.saved".equals(doneKey) && !"editor.submitted".equals(doneKey)) {
            return;
        }
        tasks.run(work, v -> {
            editing.set(v);
            comment.set(v.reviewComment());
            saved.set(Messages.format(doneKey, v.version()));
            markSaved();
            onChanged.accept(v);
            refreshPreview();
        }, errors::show);
    }

    public ObjectProperty<SheetVersion> editing() { return editing; }
    /** Send back applies only to a version sent for review. */
    public BooleanBinding inReview() {
        return Bindings.createBooleanBinding(() -> status() == SheetStatus.IN_REVIEW, editing);
    }
    /** Approve: a version sent for review, or an approved translation out of date, to approve again. */
    public BooleanBinding canApprove() {
        return Bindings.createBooleanBinding(() -> status() == SheetStatus.IN_REVIEW
                || editing.get() != null && editing.get().approved() && editing.get().outOfDate(), editing);
    }
    /** Whether the open sheet is in a language other than English (no Flesch score then: FACTS §4). */
    public boolean english() {
        return Language.ofCode(language.get()).isEnglish();
    }
    /** Send for review: not while this version is already waiting for review. */
    public BooleanBinding canSubmit() {
        return Bindings.createBooleanBinding(() -> status() != SheetStatus.IN_REVIEW, editing);
    }
    /** Retire: a stored version that is not retired yet. */
    public BooleanBinding canRetire() {
        return Bindings.createBooleanBinding(() -> status() != null && status() != SheetStatus.RETIRED, editing);
    }

    /** Which version is open and where it stands: draft, waiting for review, approved by whom and when, retired. */
    public StringBinding state() {
        return Bindings.createStringBinding(() -> {
            SheetVersion v = editing.get();
            if (v == null) {
                return Messages.get("editor.state.new");
            }
            return Messages.format("editor.state." + v.status().name(), v.version(), v.reviewerName(),
                    SheetNames.date(v.reviewedOn()), SheetNames.date(v.nextReview()));
        }, editing);
    }

    private SheetStatus status() {
        return editing.get() == null ? null : editing.get().status();
    }
    public StringProperty slug() { return slug; }
    public ObjectProperty<SheetKind> kind() { return kind; }
    public StringProperty language() { return language; }
    public StringProperty title() { return title; }
    public StringProperty summary() { return summary; }
    public StringProperty body() { return body; }
    public ObjectProperty<EvidenceStatus> evidence() { return evidence; }
    public StringProperty sources() { return sources; }
    public StringProperty author() { return author; }
    public ObservableList<MedicalCondition> allConditions() { return allConditions; }
    public ObservableList<MedicalCondition> chosenConditions() { return chosenConditions; }
    public ObjectProperty<LocalDate> nextReview() { return nextReview; }
    public StringProperty comment() { return comment; }
    public ObjectProperty<Readability.Score> readability() { return readability; }
    public ObservableList<Image> preview() { return preview; }
    public StringProperty saved() { return saved; }
    public FormErrors errors() { return errors; }
    /** The English version a translation is reviewed beside (hidden for an English sheet). */
    EnglishOriginal englishOriginal() { return english; }
}
