package org.clinicdesk.ui.settings.staff;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.domain.staff.StaffService;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** Settings → Staff: the accounts, adding one, resetting a password, deactivating (never deleting). */
public final class StaffTabViewModel {
    private final StaffService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<StaffMember> members = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> selected = new SimpleObjectProperty<>();
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.RECEPTION);
    private final StringProperty password = new SimpleStringProperty("");
    private final FormErrors addErrors = new FormErrors();
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final FormErrors selectedErrors = new FormErrors();
    private final StringProperty message = new SimpleStringProperty("");
    /** The languages the selected member of staff reads: a translation is approved only by a reader of it. */
    private final Map<Language, BooleanProperty> reads = new EnumMap<>(Language.class);

    public StaffTabViewModel(StaffService service, TaskRunner tasks, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        Language.sheetLanguages().forEach(l -> reads.put(l, new SimpleBooleanProperty(false)));
        selected.addListener((o, a, member) -> loadLanguages(member));
    }

    private void loadLanguages(StaffMember member) {
        reads.values().forEach(p -> p.set(false));
        if (member != null) {
            tasks.run(() -> service.languages(member.id()), (Set<Language> known) -> {
                if (member.equals(selected.get())) {
                    known.forEach(l -> reads.get(l).set(true));
                }
            }, selectedErrors::show);
        }
    }

    /** Records the languages ticked for the selected account. */
    public void saveLanguages() {
        StaffMember member = selected.get();
        if (member == null) {
            return;
        }
        selectedErrors.clear();
        message.set("");
        Set<Language> chosen = EnumSet.noneOf(Language.class);
        reads.forEach((l, ticked) -> {
            if (ticked.get()) {
                chosen.add(l);
            }
        });
        tasks.run(() -> service.setLanguages(member.id(), chosen),
                () -> message.set(Messages.format("staff.languagesSaved", member.fullName())), selectedErrors::show);
    }

    /** Whether the selected member of staff reads {@code language} (ticked in the form). */
    public BooleanProperty readsProperty(Language language) {
        return reads.get(language);
    }

    public void load() {
        tasks.run(() -> service.staff(), (java.util.List<StaffMember> all) -> members.setAll(all), addErrors::show);
    }

    public void add() {
        addErrors.clear();
        message.set("");
        String name = fullName.get();
        String user = username.get();
        Role chosen = role.get();
        String secret = password.get();
        tasks.run(() -> service.addStaff(name, user, chosen, secret), created -> {
            fullName.set("");
            username.set("");
            password.set("");
            message.set(Messages.format("staff.added", created.fullName(), created.username()));
            load();
        }, addErrors::show);
    }

    public void resetPassword() {
        StaffMember member = selected.get();
        if (member == null) {
            return;
        }
        selectedErrors.clear();
        message.set("");
        String secret = newPassword.get();
        tasks.run(() -> service.resetPassword(member.id(), secret), () -> {
            newPassword.set("");
            message.set(Messages.format("staff.passwordReset", member.fullName()));
        }, selectedErrors::show);
    }

    /** Deactivates (after asking) or reactivates the selected account. */
    public void toggleActive() {
        StaffMember member = selected.get();
        if (member == null) {
            return;
        }
        selectedErrors.clear();
        message.set("");
        if (member.active() && !dialogs.confirm(Messages.get("staff.deactivate"),
                Messages.format("staff.deactivateConfirm", member.fullName()))) {
            return;
        }
        tasks.run(() -> {
            if (member.active()) {
                service.deactivate(member.id());
            } else {
                service.reactivate(member.id());
            }
        }, () -> {
            message.set(Messages.format(member.active() ? "staff.deactivated" : "staff.reactivated", member.fullName()));
            selected.set(null);
            load();
        }, selectedErrors::show);
    }

    public ObservableList<StaffMember> members() {
        return members;
    }

    public ObjectProperty<StaffMember> selectedProperty() {
        return selected;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public FormErrors addErrors() {
        return addErrors;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public FormErrors selectedErrors() {
        return selectedErrors;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
