package org.clinicdesk.ui.settings.imports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.transfer.ColumnMapping;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.domain.transfer.EnquiryField;
import org.clinicdesk.domain.transfer.ImportCheck;
import org.clinicdesk.domain.transfer.ImportService;
import org.clinicdesk.domain.transfer.RowProblem;
import org.clinicdesk.domain.transfer.TableReader;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.LongWork;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** The import wizard: file → mapping → check (preview and report) → import, with progress and Cancel. */
public final class ImportTabViewModel {
    public static final int PREVIEW_ROWS = 10;
    private static final int REPORT_LINES = 500;

    private final ImportService imports;
    private final TableReader reader;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty fileInfo = new SimpleStringProperty("");
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final Map<EnquiryField, StringProperty> columns = new EnumMap<>(EnquiryField.class);
    private final StringProperty consentForAll = new SimpleStringProperty("");
    private final StringProperty defaultChannel = new SimpleStringProperty("");
    private final StringProperty defaultCentre = new SimpleStringProperty("");
    private final StringProperty mappingName = new SimpleStringProperty("");
    private final ObservableList<String> mappingNames = FXCollections.observableArrayList();
    private final ObservableList<List<String>> preview = FXCollections.observableArrayList();
    private final ObservableList<String> report = FXCollections.observableArrayList();
    /** The file's columns that no field takes, by heading: shown in the mapping step, the preview and the report. */
    private final ObservableList<String> notImported = FXCollections.observableArrayList();
    private final StringProperty notImportedText = new SimpleStringProperty("");
    /** Condition names the last check found that are not on the list; a manager may add them. */
    private final ObservableList<String> unknownConditions = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty allOrNothing = new SimpleBooleanProperty(false);
    private final BooleanProperty checked = new SimpleBooleanProperty(false);
    private final ObjectProperty<CsvTable> table = new SimpleObjectProperty<>();
    private final FormErrors errors = new FormErrors();
    private final LongWork work;
    private ImportCheck lastCheck;

    public ImportTabViewModel(ImportService imports, TableReader reader, TaskRunner tasks,
                           DialogService dialogs, Executor uiThread) {
        this.imports = imports;
        this.reader = reader;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.work = new LongWork(uiThread);
        for (EnquiryField f : EnquiryField.values()) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((obs, was, now) -> {
                checked.set(false);
                showNotImported();
            });
            columns.put(f, p);
        }
    }

    private void showNotImported() {
        CsvTable t = table.get();
        List<String> left = t == null ? List.of() : mapping().notImported(t.headers());
        if (!left.equals(notImported)) {
            notImported.setAll(left);
        }
        notImportedText.set(left.isEmpty() ? "" : Messages.format("import.notImported", quoted(left)));
    }

    private static String quoted(List<String> headings) {
        return String.join(", ", headings.stream().map(h -> "“" + h + "”").toList());
    }

    public void load() {
        tasks.run(() -> imports.mappingNames(), (List<String> names) -> mappingNames.setAll(names), errors::show);
    }

    public void chooseFile() {
        dialogs.chooseFileToOpen(Messages.get("import.choose"), Messages.get("import.fileType"), "*.csv").ifPresent(this::open);
    }

    /** Reads the file, guesses the mapping from its headings, and shows the first rows. */
    public void open(Path file) {
        errors.clear();
        tasks.run(() -> reader.read(file), t -> {
            table.set(t);
            headers.setAll(t.headers());
            preview.setAll(t.rows().subList(0, Math.min(PREVIEW_ROWS, t.rows().size())));
            fileInfo.set(Messages.format("import.fileInfo", file.getFileName(), t.rows().size(), t.encoding(),
                    t.delimiter() == '\t' ? "tab" : String.valueOf(t.delimiter())));
            apply(ColumnMapping.guess(mappingName.get(), t.headers()));
            showNotImported();
            unknownConditions.clear();
            report.clear();
            summary.set("");
        }, errors::show);
    }

    public void useMapping(String name) {
        tasks.run(() -> imports.mapping(name).orElseThrow(), m -> {
            mappingName.set(m.name());
            apply(m);
        }, errors::show);
    }

    private void apply(ColumnMapping m) {
        columns.forEach((field, p) -> p.set(m.columns().getOrDefault(field, "")));
        if (m.consentForAll() != null) {
            consentForAll.set(m.consentForAll());
        }
        if (m.defaultChannel() != null) {
            defaultChannel.set(m.defaultChannel());
        }
        if (m.defaultCentre() != null) {
            defaultCentre.set(m.defaultCentre());
        }
        checked.set(false);
    }

    ColumnMapping mapping() {
        Map<EnquiryField, String> chosen = new EnumMap<>(EnquiryField.class);
        columns.forEach((field, p) -> chosen.put(field, p.get()));
        return new ColumnMapping(mappingName.get(), chosen, consentForAll.get(), defaultChannel.get(), defaultCentre.get(),
                null);
    }

    public void saveMapping() {
        errors.clear();
        ColumnMapping m = mapping();
        tasks.run(() -> {
            imports.saveMapping(m);
            return imports.mappingNames();
        }, mappingNames::setAll, this::showError);
    }

    /** Checks every row; writes nothing. */
    public void check() {
        CsvTable t = table.get();
        if (t == null) {
            return;
        }
        Progress progress = start();
        ColumnMapping m = mapping();
        tasks.run(() -> imports.check(t, m, progress), c -> {
            work.finished();
            lastCheck = c;
            checked.set(true);
            report.setAll(lines(c));
            unknownConditions.setAll(c.unknownConditions());
            summary.set(Messages.format("import.checkedSummary", c.valid().size(), c.totalRows(), c.rejectedRows(),
                    c.warnings().size()) + (c.alreadyThere().isEmpty() ? ""
                    : " " + Messages.format("import.alreadyThereSummary", c.alreadyThere().size())));
        }, this::failed);
    }

    /** Adds the condition names the check did not know to the conditions list (managers), then checks again. */
    public void addUnknownConditions() {
        List<String> names = List.copyOf(unknownConditions);
        if (names.isEmpty()) {
            return;
        }
        errors.clear();
        tasks.run(() -> imports.addConditions(names), added -> check(), this::showError);
    }

    private static List<String> lines(ImportCheck c) {
        List<String> head = new java.util.ArrayList<>();
        if (!c.notImported().isEmpty()) {
            head.add(Messages.format("import.notImported", quoted(c.notImported())));
        }
        if (!c.alreadyThere().isEmpty()) {
            head.add(Messages.format("import.alreadyThere", c.alreadyThere().size(),
                    String.join(", ", c.alreadyThere().stream().limit(20).map(String::valueOf).toList())));
        }
        if (!c.unknownConditions().isEmpty()) {
            head.add(Messages.format("import.unknownConditions", String.join(", ", c.unknownConditions())));
        }
        return java.util.stream.Stream.of(head.stream(), c.problems().stream().map(RowProblem::toString),
                c.warnings().stream().map(w -> Messages.get("import.check") + " " + w))
                .flatMap(x -> x).limit(REPORT_LINES).toList();
    }

    public void importRows() {
        if (lastCheck == null || !checked.get()) {
            return;
        }
        Progress progress = start();
        ImportCheck c = lastCheck;
        boolean strict = allOrNothing.get();
        tasks.run(() -> imports.importChecked(c, strict, progress), result -> {
            work.finished();
            checked.set(false);
            summary.set(Messages.format("import.doneSummary", result.imported(), result.rejected())
                    + (c.alreadyThere().isEmpty() ? "" : " " + Messages.format("import.alreadyThereSummary",
                    c.alreadyThere().size())));
        }, this::failed);
    }

    public void cancel() {
        work.cancel();
    }

    private Progress start() {
        errors.clear();
        return work.start();
    }

    private void failed(Throwable e) {
        work.finished();
        if (LongWork.wasCancelled(e)) {
            summary.set(Messages.describe(e));
        } else {
            showError(e);
        }
    }

    /** Mapping problems concern choices above the report, so they are spelled out in the form message. */
    private void showError(Throwable e) {
        errors.show(e);
        if (e instanceof org.clinicdesk.domain.common.ValidationException v) {
            errors.form().set(Messages.describe(v));
        }
    }

    public StringProperty fileInfo() { return fileInfo; }
    public ObservableList<String> headers() { return headers; }
    public StringProperty column(EnquiryField field) { return columns.get(field); }
    public StringProperty consentForAll() { return consentForAll; }
    public StringProperty defaultChannel() { return defaultChannel; }
    public StringProperty defaultCentre() { return defaultCentre; }
    public StringProperty mappingName() { return mappingName; }
    public ObservableList<String> mappingNames() { return mappingNames; }
    public ObservableList<List<String>> preview() { return preview; }
    public ObservableList<String> report() { return report; }
    public ObservableList<String> notImported() { return notImported; }
    public StringProperty notImportedText() { return notImportedText; }
    public ObservableList<String> unknownConditions() { return unknownConditions; }
    public StringProperty summary() { return summary; }
    public BooleanProperty allOrNothing() { return allOrNothing; }
    public BooleanProperty busy() { return work.busy(); }
    public BooleanProperty checked() { return checked; }
    public DoubleProperty progressValue() { return work.progress(); }
    public ObjectProperty<CsvTable> table() { return table; }
    public FormErrors errors() { return errors; }
}
