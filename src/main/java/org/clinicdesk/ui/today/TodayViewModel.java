package org.clinicdesk.ui.today;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clinicdesk.domain.today.TodayOverview;
import org.clinicdesk.domain.today.TodayService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.TaskRunner;

/** The first screen of the day, read in one go whenever it is shown. */
public final class TodayViewModel {
    private final TodayService service;
    private final TaskRunner tasks;
    private final ObjectProperty<TodayOverview> overview = new SimpleObjectProperty<>();
    private final FormErrors errors = new FormErrors();

    public TodayViewModel(TodayService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run(service::overview, loaded -> {
            errors.clear();
            overview.set(loaded);
        }, errors::show);
    }

    public ObjectProperty<TodayOverview> overviewProperty() {
        return overview;
    }

    public FormErrors errors() {
        return errors;
    }
}
