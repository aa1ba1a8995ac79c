package org.clinicdesk.ui.signin;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.domain.staff.StaffService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** First start, second step: the first manager's account. A failed save keeps everything typed. */
public final class FirstManagerViewModel {
    private final StaffService service;
    private final TaskRunner tasks;
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    public FirstManagerViewModel(StaffService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    public void save(Consumer<StaffMember> onCreated) {
        errors.clear();
        if (!password.get().equals(repeat.get())) {
            errors.show(new ValidationException("repeat", Messages.get("staff.passwordsDiffer")));
            return;
        }
        String name = fullName.get();
        String user = username.get();
        String secret = password.get();
        saving.set(true);
        tasks.run(() -> service.createFirstManager(name, user, secret), created -> {
            saving.set(false);
            password.set("");
            repeat.set("");
            onCreated.accept(created);
        }, failure -> {
            saving.set(false);
            errors.show(failure);
        });
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public FormErrors errors() {
        return errors;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
