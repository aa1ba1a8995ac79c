package org.clinicdesk.ui.consultation;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.TaskRunner;

/** One clinician's agenda across every centre, from a day over the next two weeks. */
public final class AgendaViewModel {
    static final int DAYS = 14;
    private final ConsultationService service;
    private final TaskRunner tasks;
    private final ObservableList<Clinician> clinicians = FXCollections.observableArrayList();
    private final ObjectProperty<Clinician> clinician = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObservableList<Consultation> items = FXCollections.observableArrayList();
    private final ObservableList<Centre> centres = FXCollections.observableArrayList();
    private final FormErrors errors = new FormErrors();

    public AgendaViewModel(ConsultationService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
        clinician.addListener((obs, old, now) -> refresh());
        from.addListener((obs, old, now) -> refresh());
    }

    public void load(LocalDate day) {
        tasks.run(() -> new Setup(service.clinicians(), service.centres()), setup -> {
            clinicians.setAll(setup.clinicians);
            centres.setAll(setup.centres);
            if (clinician.get() == null && !clinicians.isEmpty()) {
                clinician.set(clinicians.getFirst());
            }
            if (day != null && !day.equals(from.get())) {
                from.set(day);
            } else {
                refresh();
            }
        }, errors::show);
    }

    public void refresh() {
        Clinician c = clinician.get();
        LocalDate d = from.get();
        if (c == null || d == null) {
            items.clear();
            return;
        }
        tasks.run(() -> service.between(d, d.plusDays(DAYS), null, c.id()), found -> {
            if (c == clinician.get() && d.equals(from.get())) {
                items.setAll(found);
            }
        }, errors::show);
    }

    public String centreName(long id) {
        return centres.stream().filter(c -> c.id() == id).map(Centre::name).findFirst().orElse("");
    }

    public ObservableList<Clinician> clinicians() {
        return clinicians;
    }

    public ObjectProperty<Clinician> clinicianProperty() {
        return clinician;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObservableList<Consultation> items() {
        return items;
    }

    public FormErrors errors() {
        return errors;
    }

    private record Setup(List<Clinician> clinicians, List<Centre> centres) {
    }
}
