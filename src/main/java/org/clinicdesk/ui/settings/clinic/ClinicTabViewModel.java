package org.clinicdesk.ui.settings.clinic;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** Settings → Clinic: the clinic's name, this desk's centre, and the centres with the one being edited. */
public final class ClinicTabViewModel {
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


    public ClinicTabViewModel(ClinicService service, TaskRunner tasks, Runnable onClinicChanged) {
        this.service = service;
        this.tasks = tasks;
        this.onClinicChanged = onClinicChanged;
    }

    public void load() {
        tasks.run(() -> new Loaded(service.clinic(), service.centres(), service.deskCentre()),
                loaded -> {
                    clinic = loaded.clinic.orElse(null);
                    clinicName.set(clinic == null ? "" : clinic.name());
                    centres.setAll(loaded.centres);
                    deskCentre.set(loaded.desk.flatMap(d -> find(d.id())).orElse(null));
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
            return new Loaded(Optional.empty(), service.centres(), service.deskCentre()).withSaved(saved);
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

    private record Loaded(Optional<Clinic> clinic, List<Centre> centres, Optional<Centre> desk, Centre saved) {
        Loaded(Optional<Clinic> clinic, List<Centre> centres, Optional<Centre> desk) {
            this(clinic, centres, desk, null);
        }

        Loaded withSaved(Centre s) {
            return new Loaded(clinic, centres, desk, s);
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
}
