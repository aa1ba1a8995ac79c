package org.clinicdesk.ui.settings.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditEntry;
import org.clinicdesk.domain.audit.AuditFilter;
import org.clinicdesk.domain.audit.AuditService;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.domain.staff.StaffService;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.LongWork;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.SaveTargets;
import org.clinicdesk.ui.common.TaskRunner;

/** Settings → Audit: filter by person, kind of record, action and dates; export what is shown to CSV. */
public final class AuditTabViewModel {
    private final AuditService audit;
    private final OutputFiles outputs;
    private final StaffService staff;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ZoneId zone;

    private final ObservableList<StaffMember> people = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> person = new SimpleObjectProperty<>();
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private final LongWork export;

    /** @param uiThread where export progress updates run (Platform::runLater in the app, Runnable::run in tests) */
    public AuditTabViewModel(AuditService audit, StaffService staff, OutputFiles outputs, TaskRunner tasks,
                             DialogService dialogs, ZoneId zone, java.util.concurrent.Executor uiThread) {
        this.outputs = outputs;
        this.export = new LongWork(uiThread);
        this.audit = audit;
        this.staff = staff;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    /** Loads the choices of the filters, then the entries. */
    public void load() {
        tasks.run(() -> new Choices(staff.staff(), audit.entities()), choices -> {
            people.setAll(choices.people);
            entities.setAll(choices.entities);
            search();
        }, errors::show);
    }

    public void search() {
        errors.clear();
        AuditFilter filter = filter();
        tasks.run(() -> audit.find(filter), found -> {
            entries.setAll(found);
            summary.set(Messages.format(found.size() >= AuditService.SHOWN ? "audit.countLimited" : "audit.count",
                    found.size()));
        }, errors::show);
    }

    public void clearFilters() {
        person.set(null);
        entity.set(null);
        action.set(null);
        from.set(null);
        to.set(null);
        search();
    }

    /** Warns that an export is a file outside ClinicDesk, asks where, writes every matching entry. */
    public void exportCsv() {
        errors.clear();
        if (!dialogs.confirm(Messages.get("audit.export"), Messages.get("audit.exportWarning"))) {
            return;
        }
        Optional<OutputTarget> file = SaveTargets.choose(dialogs, outputs, Messages.get("audit.export"),
                "clinicdesk-audit.csv", Messages.get("audit.csvFiles"), "csv");
        if (file.isEmpty()) {
            return;
        }
        AuditFilter filter = filter();
        Progress progress = export.start();
        export.step().set(Messages.get("audit.exporting"));
        tasks.run(() -> audit.exportCsv(filter, file.get(), progress), count -> {
            export.finished();
            summary.set(Messages.format("audit.exported", count, file.get().file().getFileName().toString()));
            search();
        }, error -> {
            export.finished();
            if (LongWork.wasCancelled(error)) {
                summary.set(Messages.get("audit.exportCancelled"));
            } else {
                errors.show(error);
            }
        });
    }

    AuditFilter filter() {
        return new AuditFilter(person.get() == null ? null : person.get().id(), entity.get(), action.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private record Choices(List<StaffMember> people, List<String> entities) {
    }

    public ObservableList<StaffMember> people() {
        return people;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObjectProperty<StaffMember> personProperty() {
        return person;
    }

    public ObjectProperty<String> entityProperty() {
        return entity;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public FormErrors errors() {
        return errors;
    }

    /** The running CSV export: progress and Cancel. */
    public LongWork export() {
        return export;
    }

    public ZoneId zone() {
        return zone;
    }
}
