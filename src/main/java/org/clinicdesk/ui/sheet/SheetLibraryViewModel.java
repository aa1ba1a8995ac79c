package org.clinicdesk.ui.sheet;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.sheet.SheetFilter;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetOutput;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetService;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.LanguageNames;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** The sheet library: filters and search, the selected sheet shown exactly as it prints, Print and Save PDF. */
public final class SheetLibraryViewModel {
    private final SheetService sheets;
    private final ClinicService clinic;
    private final SheetOutput output;
    private final TaskRunner tasks;
    private final SheetDelivery delivery;

    private final ObservableList<SheetVersion> rows = FXCollections.observableArrayList();
    private final ObservableList<MedicalCondition> conditions = FXCollections.observableArrayList();
    private final ObjectProperty<MedicalCondition> conditionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SheetKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> languageFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SheetStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SheetVersion> selected = new SimpleObjectProperty<>();
    /** Every version of the selected sheet in its language, newest first; the reader shows one of them. */
    private final ObservableList<SheetVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<SheetVersion> shown = new SimpleObjectProperty<>();
    private int versionsRequest;
    private final ObjectProperty<SheetPageSize> pageSize = new SimpleObjectProperty<>(SheetPageSize.A4);
    private final SheetPreviews previews;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty givenToday = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    public SheetLibraryViewModel(SheetService sheets, ClinicService clinic, SheetOutput output, TaskRunner tasks,
                                 DialogService dialogs, SheetPrinter printer) {
        this.sheets = sheets;
        this.clinic = clinic;
        this.output = output;
        this.tasks = tasks;
        this.delivery = new SheetDelivery(output, tasks, dialogs, printer);
        this.previews = new SheetPreviews(output, tasks, this::fail);
        conditionFilter.addListener((o, a, b) -> refresh());
        kindFilter.addListener((o, a, b) -> refresh());
        languageFilter.addListener((o, a, b) -> refresh());
        statusFilter.addListener((o, a, b) -> refresh());
        search.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> loadVersions());
        shown.addListener((o, a, b) -> showPreview());
        pageSize.addListener((o, a, b) -> showPreview());
    }

    public void load() {
        tasks.run(() -> clinic.conditions(), (List<MedicalCondition> found) -> conditions.setAll(found), this::fail);
        refresh();
        countGivenToday();
    }

    /** "Given today: 7 sheets, 2 of them to walk-ins", refreshed when the screen is shown and after each print or PDF. */
    public void countGivenToday() {
        tasks.run(() -> output.handouts().givenToday(), tally -> givenToday.set(
                Messages.format("sheets.givenToday", tally.total(), tally.walkIns())), this::fail);
    }

    public void refresh() {
        SheetFilter filter = filter();
        SheetVersion keep = selected.get();
        tasks.run(() -> sheets.library(filter), found -> {
            rows.setAll(found);
            // the same sheet stays selected when a new version of it appears (its row now shows that version)
            selected.set(found.stream().filter(v -> keep != null && v.sheetId() == keep.sheetId()
                            && v.language().equals(keep.language())).findFirst()
                    .orElse(found.isEmpty() ? null : found.getFirst()));
            if (selected.get() != null && selected.get().equals(keep)) {
                loadVersions();
            }
        }, this::fail);
    }

    /**
     * The reader starts on the version patients get (the approved one), else the newest; older versions stay
     * readable from the version list.
     */
    private void loadVersions() {
        SheetVersion row = selected.get();
        int request = ++versionsRequest;
        if (row == null) {
            versions.clear();
            shown.set(null);
            return;
        }
        SheetVersion before = shown.get();
        tasks.run(() -> sheets.history(row), all -> {
            if (request != versionsRequest) {
                return;
            }
            versions.setAll(all);
            shown.set(all.stream().filter(v -> before != null && v.id() == before.id()).findFirst()
                    .or(() -> all.stream().filter(SheetVersion::approved).findFirst())
                    .orElse(row));
        }, this::fail);
    }

    private SheetFilter filter() {
        MedicalCondition c = conditionFilter.get();
        return new SheetFilter(c == null ? null : c.id(), kindFilter.get(),
                languageFilter.get() == null ? null : languageFilter.get().code(), statusFilter.get(),
                search.get());
    }

    /** Shows the version in the reader by rasterising the very PDF that prints (drafts with their watermark). */
    private void showPreview() {
        SheetVersion v = shown.get();
        status.set(v == null ? "" : statusLine(v));
        previews.show(v, pageSize.get(), v != null && !v.inDate(sheets.today()));
    }

    private String statusLine(SheetVersion v) {
        if (v.approved() && v.outOfDate()) {
            return Messages.format("sheets.status.outOfDate", v.version(), LanguageNames.of(v.lang()));
        }
        if (v.inDate(sheets.today())) {
            return Messages.format("sheets.status.ready", v.version(), SheetNames.date(v.nextReview()));
        }
        if (v.approved()) {
            return Messages.format("sheets.status.needsReview", SheetNames.date(v.nextReview()));
        }
        return Messages.format("sheets.status.notApproved", SheetNames.status(v.status()));
    }

    /** Ctrl+P: prints the version in the reader; a walk-in copy is logged as a handout without an enquiry. */
    public void print() {
        SheetVersion v = shown.get();
        if (v != null) {
            delivery.print(batch(v), () -> busy(true), r -> delivered(v, r), this::fail);
        }
    }

    /** Saves the version in the reader as a PDF file chosen by the user, and logs it. */
    public void savePdf() {
        SheetVersion v = shown.get();
        if (v != null) {
            delivery.savePdf(batch(v), () -> busy(true), r -> delivered(v, r), this::fail);
        }
    }

    /** The version in the reader: a patient copy when it may be, else a review copy for a reviewer. */
    private SheetDelivery.Batch batch(SheetVersion v) {
        return new SheetDelivery.Batch(List.of(v), pageSize.get(), false, null, v.title(),
                v.slug() + "-v" + v.version() + "-" + v.language() + ".pdf");
    }

    private void delivered(SheetVersion v, SheetDelivery.Result result) {
        switch (result) {
            case SheetDelivery.Result.Printed p -> {
                done(Messages.format("sheets.printed", v.title()));
                countGivenToday();
            }
            case SheetDelivery.Result.Saved s -> {
                done(Messages.format("sheets.saved", s.file()));
                countGivenToday();
            }
            case SheetDelivery.Result.NotPrinted n -> done(SheetDelivery.notPrinted(n));
        }
    }

    private void busy(boolean on) {
        working.set(on);
        if (on) {
            message.set("");
        }
    }

    private void done(String text) {
        working.set(false);
        message.set(text);
    }

    private void fail(Throwable e) {
        working.set(false);
        message.set(Messages.failure(e));
    }

    public ObservableList<SheetVersion> rows() { return rows; }
    public ObservableList<MedicalCondition> conditions() { return conditions; }
    public ObjectProperty<MedicalCondition> conditionFilter() { return conditionFilter; }
    public ObjectProperty<SheetKind> kindFilter() { return kindFilter; }
    /** Sheets in one language only (null: every language). */
    public ObjectProperty<Language> languageFilter() { return languageFilter; }
    public ObjectProperty<SheetStatus> statusFilter() { return statusFilter; }
    public StringProperty search() { return search; }
    public ObjectProperty<SheetVersion> selected() { return selected; }
    public ObservableList<SheetVersion> versions() { return versions; }
    /** The version in the reader: what Print, Save PDF and Edit act on. */
    public ObjectProperty<SheetVersion> shown() { return shown; }
    public ObjectProperty<SheetPageSize> pageSize() { return pageSize; }
    public ObservableList<Image> pages() { return previews.pages(); }
    public StringProperty message() { return message; }
    public StringProperty status() { return status; }
    public StringProperty givenToday() { return givenToday; }
    public BooleanProperty working() { return working; }
    public SheetService sheetService() { return sheets; }
}
