package org.clinicdesk.ui.settings;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** Settings → Clinic and centres, and the conditions the clinic sees. */
public final class ClinicSettingsViewModel {
    private final ClinicService service;
    private final TaskRunner tasks;
    private final Runnable onClinicChanged;

    private final StringProperty clinicName = new SimpleStringProperty("");
    private final FormErrors clinicErrors = new FormErrors();
    private final StringProperty clinicSaved = new SimpleStringProperty("");
    private Clinic clinic;

    private final ObservableList<Centre> centres = FXCollections.observableArrayList();
    private final ObjectProperty<Centre> deskCentre = new SimpleObjectProperty<>();
    private final CentreForm centreForm = new CentreForm();
    private final FormErrors centreErrors = new FormErrors();

    private final ObservableList<MedicalCondition> conditions = FXCollections.observableArrayList();
    private final StringProperty conditionName = new SimpleStringProperty("");
    private final StringProperty conditionOtherNames = new SimpleStringProperty("");
    private final BooleanProperty conditionActive = new SimpleBooleanProperty(true);
    private final FormErrors conditionErrors = new FormErrors();
    private MedicalCondition editingCondition;

    public ClinicSettingsViewModel(ClinicService service, TaskRunner tasks, Runnable onClinicChanged) {
        this.service = service;
        this.tasks = tasks;
        this.onClinicChanged = onClinicChanged;
    }

    public void load() {
        tasks.run(() -> new Loaded(service.clinic(), service.centres(), service.deskCentre(), service.conditions()),
                loaded -> {
                    clinic = loaded.clinic.orElse(null);
                    clinicName.set(clinic == null ? "" : clinic.name());
                    centres.setAll(loaded.centres);
                    deskCentre.set(loaded.desk.flatMap(d -> find(d.id())).orElse(null));
                    conditions.setAll(loaded.conditions);
                }, clinicErrors::show);
    }

    private Optional<Centre> find(long id) {
        return centres.stream().filter(c -> c.id() == id).findFirst();
    }

    public void saveClinic() {
        clinicErrors.clear();
        clinicSaved.set("");
        Clinic changed = clinic == null ? Clinic.named(clinicName.get()) : clinic.withName(clinicName.get());
        tasks.run(() -> {
            service.saveClinic(changed);
            return changed;
        }, saved -> {
            clinic = saved;
            clinicSaved.set(Messages.get("settings.saved"));
            onClinicChanged.run();
        }, clinicErrors::show);
    }

    public void editCentre(Centre centre) {
        centreErrors.clear();
        centreForm.load(centre);
    }

    public void newCentre() {
        editCentre(null);
    }

    public void saveCentre() {
        centreErrors.clear();
        Centre typed = centreForm.toCentre();
        tasks.run(() -> {
            Centre saved = service.saveCentre(typed);
            return new Loaded(Optional.empty(), service.centres(), service.deskCentre(), List.of()).withSaved(saved);
        }, loaded -> {
            centres.setAll(loaded.centres);
            deskCentre.set(loaded.desk.flatMap(d -> find(d.id())).orElse(null));
            centreForm.load(loaded.saved);
            onClinicChanged.run();
        }, centreErrors::show);
    }

    public void chooseDeskCentre(Centre centre) {
        if (centre == null || (deskCentre.get() != null && deskCentre.get().id() == centre.id())) {
            return;
        }
        tasks.run(() -> {
            service.chooseDeskCentre(centre);
            return centre;
        }, chosen -> {
            deskCentre.set(chosen);
            onClinicChanged.run();
        }, centreErrors::show);
    }

    public void editCondition(MedicalCondition condition) {
        conditionErrors.clear();
        editingCondition = condition;
        conditionName.set(condition == null ? "" : condition.name());
        conditionOtherNames.set(condition == null ? "" : condition.otherNames());
        conditionActive.set(condition == null || condition.active());
    }

    public void saveCondition() {
        conditionErrors.clear();
        MedicalCondition typed = new MedicalCondition(editingCondition == null ? 0 : editingCondition.id(),
                conditionName.get(), conditionOtherNames.get(),
                editingCondition == null ? conditions.size() : editingCondition.sortOrder(), conditionActive.get());
        tasks.run(() -> {
            MedicalCondition saved = service.saveCondition(typed);
            return new Object[] {saved, service.conditions()};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<MedicalCondition> all = (List<MedicalCondition>) result[1];
            conditions.setAll(all);
            editCondition((MedicalCondition) result[0]);
        }, conditionErrors::show);
    }

    private record Loaded(Optional<Clinic> clinic, List<Centre> centres, Optional<Centre> desk,
                          List<MedicalCondition> conditions, Centre saved) {
        Loaded(Optional<Clinic> clinic, List<Centre> centres, Optional<Centre> desk, List<MedicalCondition> conditions) {
            this(clinic, centres, desk, conditions, null);
        }

        Loaded withSaved(Centre s) {
            return new Loaded(clinic, centres, desk, conditions, s);
        }
    }

    public StringProperty clinicNameProperty() {
        return clinicName;
    }

    public FormErrors clinicErrors() {
        return clinicErrors;
    }

    public StringProperty clinicSavedProperty() {
        return clinicSaved;
    }

    public ObservableList<Centre> centres() {
        return centres;
    }

    public ObjectProperty<Centre> deskCentreProperty() {
        return deskCentre;
    }

    public CentreForm centreForm() {
        return centreForm;
    }

    public FormErrors centreErrors() {
        return centreErrors;
    }

    public ObservableList<MedicalCondition> conditions() {
        return conditions;
    }

    public StringProperty conditionNameProperty() {
        return conditionName;
    }

    public StringProperty conditionOtherNamesProperty() {
        return conditionOtherNames;
    }

    public BooleanProperty conditionActiveProperty() {
        return conditionActive;
    }

    public FormErrors conditionErrors() {
        return conditionErrors;
    }
}
