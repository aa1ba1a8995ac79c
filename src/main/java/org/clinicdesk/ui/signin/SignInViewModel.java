package org.clinicdesk.ui.signin;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.staff.SignInService;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.TaskRunner;

/** Sign-in, switch of user and unlock: a user name, a password, and a plain message when it fails. */
public final class SignInViewModel {
    private final SignInService service;
    private final TaskRunner tasks;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SignInViewModel(SignInService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /** Signs in whoever is named (also used to switch user). */
    public void signIn(Consumer<StaffMember> onSignedIn) {
        String name = username.get();
        String secret = password.get();
        run(() -> service.signIn(name, secret), onSignedIn);
    }

    /** Unlocks for the person already signed in. */
    public void unlock(Consumer<StaffMember> onUnlocked) {
        String secret = password.get();
        run(() -> service.unlock(secret), onUnlocked);
    }

    private void run(java.util.concurrent.Callable<StaffMember> work, Consumer<StaffMember> onSuccess) {
        if (busy.get()) {
            return;
        }
        errors.clear();
        busy.set(true);
        tasks.run(work, member -> {
            busy.set(false);
            clear();
            onSuccess.accept(member);
        }, failure -> {
            busy.set(false);
            password.set("");
            errors.show(failure);
        });
    }

    /** Forgets what was typed (the password never outlives an attempt). */
    public void clear() {
        username.set("");
        password.set("");
        errors.clear();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public FormErrors errors() {
        return errors;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
