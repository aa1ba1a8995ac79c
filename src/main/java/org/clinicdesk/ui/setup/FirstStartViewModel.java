package org.clinicdesk.ui.setup;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.TaskRunner;

/** First start on an empty data folder: the clinic and its first centre, before anything else. */
public final class FirstStartViewModel {
    private final ClinicService clinicService;
    private final TaskRunner tasks;
    private final StringProperty clinicName = new SimpleStringProperty("");
    private final StringProperty centreName = new SimpleStringProperty("");
    private final StringProperty centreCity = new SimpleStringProperty("");
    private final StringProperty centreAddress = new SimpleStringProperty("");
    private final StringProperty centrePhone = new SimpleStringProperty("");
    private final StringProperty centreWhatsapp = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    public FirstStartViewModel(ClinicService clinicService, TaskRunner tasks) {
        this.clinicService = clinicService;
        this.tasks = tasks;
    }

    /** Saves; on success calls {@code onSaved} with the centre, on failure keeps every field as typed. */
    public void save(Consumer<Centre> onSaved) {
        if (saving.get()) {
            return;
        }
        errors.clear();
        saving.set(true);
        String clinic = clinicName.get();
        Centre centre = Centre.newCentre(centreName.get(), centreCity.get(), centreAddress.get(),
                centrePhone.get(), centreWhatsapp.get());
        tasks.run(() -> clinicService.completeFirstStart(clinic, centre), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            errors.show(failure);
        });
    }

    public StringProperty clinicNameProperty() {
        return clinicName;
    }

    public StringProperty centreNameProperty() {
        return centreName;
    }

    public StringProperty centreCityProperty() {
        return centreCity;
    }

    public StringProperty centreAddressProperty() {
        return centreAddress;
    }

    public StringProperty centrePhoneProperty() {
        return centrePhone;
    }

    public StringProperty centreWhatsappProperty() {
        return centreWhatsapp;
    }

    public FormErrors errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
