package org.clinicdesk.ui.settings.clinicians;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.ClinicianService;
import org.clinicdesk.domain.consultation.WeeklyHours;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** Settings → Clinicians: name, weekly hours per centre, leave days, slot length; deactivate, never delete. */
public final class CliniciansTabViewModel {
    private final ClinicianService service;
    private final ClinicService clinic;
    private final TaskRunner tasks;
    private final ObservableList<Clinician> clinicians = FXCollections.observableArrayList();
    private final ObservableList<Centre> centres = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty slotMinutes = new SimpleStringProperty("30");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableList<WeeklyHours> hours = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> leave = FXCollections.observableArrayList();
    private final ObjectProperty<Centre> newCentre = new SimpleObjectProperty<>();
    private final ObjectProperty<DayOfWeek> newDay = new SimpleObjectProperty<>(DayOfWeek.MONDAY);
    private final StringProperty newFrom = new SimpleStringProperty("10:00");
    private final StringProperty newTo = new SimpleStringProperty("17:00");
    private final ObjectProperty<LocalDate> newLeave = new SimpleObjectProperty<>();
    private final StringProperty saved = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private Clinician editing;

    public CliniciansTabViewModel(ClinicianService service, ClinicService clinic, TaskRunner tasks) {
        this.service = service;
        this.clinic = clinic;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run(() -> new Loaded(service.all(), clinic.centres()), loaded -> {
            clinicians.setAll(loaded.clinicians);
            centres.setAll(loaded.centres);
            if (newCentre.get() == null && !centres.isEmpty()) {
                newCentre.set(centres.getFirst());
            }
        }, errors::show);
    }

    public void edit(Clinician c) {
        editing = c;
        errors.clear();
        saved.set("");
        name.set(c == null ? "" : c.name());
        slotMinutes.set(Integer.toString(c == null ? Clinician.DEFAULT_SLOT_MINUTES : c.slotMinutes()));
        active.set(c == null || c.active());
        hours.setAll(c == null ? List.of() : c.hours());
        leave.setAll(c == null ? List.of() : List.copyOf(c.leaveDays()));
    }

    public void addHours() {
        errors.fields().remove("hours");
        try {
            LocalTime from = LocalTime.parse(newFrom.get().strip());
            LocalTime to = LocalTime.parse(newTo.get().strip());
            if (newCentre.get() == null || newDay.get() == null || !from.isBefore(to)) {
                errors.fields().put("hours", Messages.get("clinicians.hoursInvalid"));
                return;
            }
            hours.add(new WeeklyHours(newCentre.get().id(), newDay.get(), from, to));
            FXCollections.sort(hours, java.util.Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::from));
        } catch (DateTimeParseException e) {
            errors.fields().put("hours", Messages.get("clinicians.hoursInvalid"));
        }
    }

    public void removeHours(WeeklyHours h) {
        hours.remove(h);
    }

    public void addLeave() {
        LocalDate d = newLeave.get();
        if (d != null && !leave.contains(d)) {
            leave.add(d);
            FXCollections.sort(leave);
        }
    }

    public void removeLeave(LocalDate d) {
        leave.remove(d);
    }

    public void save() {
        errors.clear();
        saved.set("");
        int slot;
        try {
            slot = Integer.parseInt(slotMinutes.get().strip());
        } catch (NumberFormatException e) {
            errors.fields().put("slotMinutes", Messages.get("clinicians.slotInvalid"));
            errors.form().set(Messages.get("form.fixFields"));
            return;
        }
        Clinician typed = new Clinician(editing == null ? 0 : editing.id(), name.get(),
                editing == null ? null : editing.staffId(), slot, active.get(), List.copyOf(hours), new TreeSet<>(leave));
        tasks.run(() -> {
            Clinician result = service.save(typed);
            return new Loaded(service.all(), clinic.centres(), result);
        }, loaded -> {
            clinicians.setAll(loaded.clinicians);
            edit(loaded.saved);
            saved.set(Messages.get("settings.saved"));
        }, errors::show);
    }

    public void deactivate() {
        active.set(false);
        save();
    }

    public String centreName(long id) {
        return centres.stream().filter(c -> c.id() == id).map(Centre::name).findFirst().orElse("?");
    }

    public ObservableList<Clinician> clinicians() {
        return clinicians;
    }

    public ObservableList<Centre> centres() {
        return centres;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty slotMinutesProperty() {
        return slotMinutes;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<WeeklyHours> hours() {
        return hours;
    }

    public ObservableList<LocalDate> leave() {
        return leave;
    }

    public ObjectProperty<Centre> newCentreProperty() {
        return newCentre;
    }

    public ObjectProperty<DayOfWeek> newDayProperty() {
        return newDay;
    }

    public StringProperty newFromProperty() {
        return newFrom;
    }

    public StringProperty newToProperty() {
        return newTo;
    }

    public ObjectProperty<LocalDate> newLeaveProperty() {
        return newLeave;
    }

    public StringProperty savedProperty() {
        return saved;
    }

    public FormErrors errors() {
        return errors;
    }

    private record Loaded(List<Clinician> clinicians, List<Centre> centres, Clinician saved) {
        Loaded(List<Clinician> clinicians, List<Centre> centres) {
            this(clinicians, centres, null);
        }
    }
}
