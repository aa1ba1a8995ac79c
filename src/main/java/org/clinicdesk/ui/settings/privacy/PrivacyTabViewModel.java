package org.clinicdesk.ui.settings.privacy;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.domain.privacy.RetentionCandidate;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;
import org.clinicdesk.ui.privacy.ErasureChoiceViewModel;

/** Settings → Privacy: consent notice, screen lock, retention (list, then erase after confirming), erasure on request. */
public final class PrivacyTabViewModel {
    private final PrivacyService privacy;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final StringProperty consentNotice = new SimpleStringProperty("");
    private final StringProperty idleMinutes = new SimpleStringProperty("10");
    private final StringProperty retentionMonths = new SimpleStringProperty("");
    private final FormErrors settingsErrors = new FormErrors();
    private final StringProperty settingsSaved = new SimpleStringProperty("");

    private final ObservableList<RetentionCandidate> candidates = FXCollections.observableArrayList();
    private final StringProperty retentionStatus = new SimpleStringProperty("");
    private final StringProperty eraseId = new SimpleStringProperty("");
    private final FormErrors erasureErrors = new FormErrors();

    private final java.util.function.IntConsumer onIdleMinutesSaved;
    private final ErasureChoiceViewModel choice;

    /** @param onIdleMinutesSaved told the new idle time after a save, so the lock follows it at once */
    public PrivacyTabViewModel(PrivacyService privacy, TaskRunner tasks, DialogService dialogs,
                            java.util.function.IntConsumer onIdleMinutesSaved) {
        this.privacy = privacy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onIdleMinutesSaved = onIdleMinutesSaved;
        this.choice = new ErasureChoiceViewModel(privacy, tasks, dialogs);
    }

    public void load() {
        tasks.run(privacy::clinic, clinic -> clinic.ifPresent(c -> {
            consentNotice.set(c.consentNotice());
            idleMinutes.set(Integer.toString(c.idleLockMinutes()));
            retentionMonths.set(c.retentionMonths() == null ? "" : c.retentionMonths().toString());
        }), settingsErrors::show);
    }

    public void saveSettings() {
        settingsErrors.clear();
        settingsSaved.set("");
        String notice = consentNotice.get();
        Integer idle = number(idleMinutes.get(), "idleLockMinutes", "privacy.idleNotANumber");
        Integer months = number(retentionMonths.get(), "retentionMonths", "privacy.retentionNotANumber");
        if (!settingsErrors.fields().isEmpty()) {
            settingsErrors.form().set(Messages.get("form.fixFields"));
            return;
        }
        if (idle == null) {
            settingsErrors.show(new ValidationException("idleLockMinutes", Messages.get("privacy.idleNotANumber")));
            return;
        }
        tasks.run(() -> privacy.savePrivacySettings(notice, idle, months),
                () -> {
                    settingsSaved.set(Messages.get("privacy.saved"));
                    onIdleMinutesSaved.accept(idle);
                }, settingsErrors::show);
    }

    private Integer number(String typed, String field, String messageKey) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            settingsErrors.fields().put(field, Messages.get(messageKey));
            return null;
        }
    }

    public void findCandidates() {
        erasureErrors.clear();
        tasks.run(privacy::retentionCandidates, found -> {
            candidates.setAll(found);
            retentionStatus.set(retentionMonths.get().isBlank() ? Messages.get("privacy.retentionOff")
                    : Messages.format("privacy.candidates", found.size()));
        }, erasureErrors::show);
    }

    /** Erases the listed enquiries, only after the manager confirms. */
    public void eraseCandidates() {
        List<Long> ids = candidates.stream().map(RetentionCandidate::enquiryId).toList();
        if (ids.isEmpty() || !dialogs.confirm(Messages.get("privacy.eraseListed"),
                Messages.format("privacy.eraseListedConfirm", ids.size()))) {
            return;
        }
        tasks.run(() -> privacy.eraseConfirmed(ids), count -> {
            candidates.clear();
            retentionStatus.set(Messages.format("privacy.erasedCount", count));
        }, erasureErrors::show);
    }

    /**
     * Erasure on request: the enquiry number from the enquiry's detail; the person's unlinked enquiries are offered to
     * tick, then one confirmation and the erasure of the enquiry, its linked ones and the ticked ones.
     */
    public void eraseOne() {
        erasureErrors.clear();
        long id;
        try {
            id = Long.parseLong(eraseId.get().strip().replace("#", ""));
        } catch (NumberFormatException e) {
            erasureErrors.show(new ValidationException("eraseId", Messages.get("privacy.eraseIdNotANumber")));
            return;
        }
        choice.start(id, Messages.get("privacy.eraseOne"), Messages.format("privacy.eraseOneConfirm", String.valueOf(id)),
                erased -> {
                    eraseId.set("");
                    retentionStatus.set(Messages.format("privacy.erasedCount", erased.size()));
                }, () -> { });
    }

    /** The person's unlinked enquiries (same phone, similar name), shown before an erasure on request. */
    public ErasureChoiceViewModel choice() {
        return choice;
    }

    public StringProperty consentNoticeProperty() {
        return consentNotice;
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public StringProperty retentionMonthsProperty() {
        return retentionMonths;
    }

    public FormErrors settingsErrors() {
        return settingsErrors;
    }

    public StringProperty settingsSavedProperty() {
        return settingsSaved;
    }

    public ObservableList<RetentionCandidate> candidates() {
        return candidates;
    }

    public StringProperty retentionStatusProperty() {
        return retentionStatus;
    }

    public StringProperty eraseIdProperty() {
        return eraseId;
    }

    public FormErrors erasureErrors() {
        return erasureErrors;
    }
}
