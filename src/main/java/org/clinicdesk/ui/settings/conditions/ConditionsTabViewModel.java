package org.clinicdesk.ui.settings.conditions;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.TaskRunner;

/** Settings → Conditions: the conditions the clinic sees, and the one being edited. */
public final class ConditionsTabViewModel {
    private final ClinicService service;
    private final TaskRunner tasks;
    private final ObservableList<MedicalCondition> conditions = FXCollections.observableArrayList();
    private final StringProperty conditionName = new SimpleStringProperty("");
    private final StringProperty conditionOtherNames = new SimpleStringProperty("");
    private final BooleanProperty conditionActive = new SimpleBooleanProperty(true);
    private final FormErrors conditionErrors = new FormErrors();
    private MedicalCondition editingCondition;

    public ConditionsTabViewModel(ClinicService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run(() -> service.conditions(), loaded -> conditions.setAll(loaded), conditionErrors::show);
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
            return new Saved(saved, service.conditions());
        }, result -> {
            conditions.setAll(result.all());
            editCondition(result.saved());
        }, conditionErrors::show);
    }

    private record Saved(MedicalCondition saved, List<MedicalCondition> all) {
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
