package org.clinicdesk.ui.enquiry;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.enquiry.CloseReason;
import org.clinicdesk.domain.enquiry.ContactKind;
import org.clinicdesk.domain.enquiry.ContactLinks;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.ui.common.ExternalLinks;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.TaskRunner;

/** What reception does with a saved enquiry: change its status, log a contact, call or WhatsApp, see its history. */
public final class EnquiryActionsViewModel {
    static final int DEFAULT_FOLLOW_UP_DAYS = 2;
    private final EnquiryService service;
    private final TaskRunner tasks;
    private final ExternalLinks links;
    private final EnquiryFormViewModel form;
    private final ObjectProperty<EnquiryStatus> nextStatus = new SimpleObjectProperty<>();
    private final ObjectProperty<CloseReason> closeReason = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactKind> contactKind = new SimpleObjectProperty<>(ContactKind.CALL);
    private final StringProperty contactNote = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> contactFollowUp = new SimpleObjectProperty<>();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final FormErrors errors = new FormErrors();
    private Runnable onChanged = () -> { };

    public EnquiryActionsViewModel(EnquiryService service, TaskRunner tasks, ExternalLinks links, EnquiryFormViewModel form) {
        this.service = service;
        this.tasks = tasks;
        this.links = links;
        this.form = form;
        form.storedProperty().addListener((obs, old, now) -> {
            if (now == null || old == null || now.id() != old.id()) {
                resetContact();
                errors.clear();
            }
            nextStatus.set(null);
            closeReason.set(null);
            refreshTimeline();
        });
    }

    /** Called after any change this view model saves (the list refreshes). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    private void resetContact() {
        contactKind.set(ContactKind.CALL);
        contactNote.set("");
        contactFollowUp.set(service.today().plusDays(DEFAULT_FOLLOW_UP_DAYS));
    }

    public void refreshTimeline() {
        Enquiry e = form.storedProperty().get();
        if (e == null) {
            timeline.clear();
            return;
        }
        long id = e.id();
        tasks.run(() -> service.timeline(id), entries -> {
            if (form.storedProperty().get() != null && form.storedProperty().get().id() == id) {
                timeline.setAll(entries.reversed());
            }
        }, errors::show);
    }

    public void changeStatus() {
        Enquiry e = form.storedProperty().get();
        if (e == null || nextStatus.get() == null) {
            return;
        }
        EnquiryStatus status = nextStatus.get();
        CloseReason reason = closeReason.get();
        errors.clear();
        tasks.run(() -> service.changeStatus(e.id(), e.version(), status, reason), this::changed, errors::show);
    }

    /** Logs the contact with its note and next follow-up date; Ctrl+K then Enter logs a call with the defaults. */
    public void logContact() {
        Enquiry e = form.storedProperty().get();
        if (e == null) {
            return;
        }
        ContactKind kind = contactKind.get();
        String note = contactNote.get();
        LocalDate followUp = contactFollowUp.get();
        errors.clear();
        tasks.run(() -> service.logContact(e.id(), kind, note, followUp), saved -> {
            resetContact();
            changed(saved);
        }, errors::show);
    }

    private void changed(Enquiry saved) {
        form.applyStored(saved);
        refreshTimeline();
        onChanged.run();
    }

    public void openWhatsApp() {
        phone().ifPresent(p -> links.open(ContactLinks.whatsApp(p, form.fields().fullName().get(), centre())));
    }

    public void call() {
        phone().ifPresent(p -> links.open(ContactLinks.tel(p)));
    }

    private java.util.Optional<String> phone() {
        Enquiry e = form.storedProperty().get();
        return java.util.Optional.ofNullable(e == null ? null : e.phone());
    }

    private Centre centre() {
        return form.fields().centre().get();
    }

    /** True when the stored enquiry has a phone to call or message. */
    public BooleanBinding hasPhone() {
        return Bindings.createBooleanBinding(() -> phone().isPresent(), form.storedProperty());
    }

    public ObjectProperty<EnquiryStatus> nextStatusProperty() { return nextStatus; }
    public ObjectProperty<CloseReason> closeReasonProperty() { return closeReason; }
    public ObjectProperty<ContactKind> contactKindProperty() { return contactKind; }
    public StringProperty contactNoteProperty() { return contactNote; }
    public ObjectProperty<LocalDate> contactFollowUpProperty() { return contactFollowUp; }
    public ObservableList<TimelineEntry> timeline() { return timeline; }
    public FormErrors errors() { return errors; }
}
