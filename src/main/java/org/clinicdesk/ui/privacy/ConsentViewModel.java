package org.clinicdesk.ui.privacy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.privacy.Consent;
import org.clinicdesk.domain.privacy.ConsentMethod;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * Consent on one enquiry, for the enquiry's detail view: what is recorded, and recording or withdrawing it.
 * Call {@link #load} with the enquiry's id whenever the detail shows another enquiry.
 */
public final class ConsentViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);
    private final PrivacyService privacy;
    private final TaskRunner tasks;
    private final ZoneId zone;
    private final StringProperty state = new SimpleStringProperty("");
    private final ObjectProperty<ConsentMethod> method = new SimpleObjectProperty<>(ConsentMethod.SPOKEN);
    private final BooleanProperty inForce = new SimpleBooleanProperty(false);
    private final BooleanProperty erased = new SimpleBooleanProperty(false);
    private final FormErrors errors = new FormErrors();
    private Long enquiryId;

    public ConsentViewModel(PrivacyService privacy, TaskRunner tasks, ZoneId zone) {
        this.privacy = privacy;
        this.tasks = tasks;
        this.zone = zone;
    }

    public void load(long id) {
        enquiryId = id;
        errors.clear();
        tasks.run(() -> privacy.consent(id), this::show, errors::show);
    }

    public void record() {
        Long id = enquiryId;
        ConsentMethod chosen = method.get();
        if (id == null) {
            return;
        }
        errors.clear();
        tasks.run(() -> {
            privacy.recordConsent(id, chosen);
            return privacy.consent(id);
        }, this::show, errors::show);
    }

    public void withdraw() {
        Long id = enquiryId;
        if (id == null) {
            return;
        }
        errors.clear();
        tasks.run(() -> {
            privacy.withdrawConsent(id);
            return privacy.consent(id);
        }, this::show, errors::show);
    }

    private void show(Consent consent) {
        inForce.set(consent.inForce());
        erased.set(consent.erasedAt() != null);
        if (consent.erasedAt() != null) {
            state.set(Messages.get("consent.state.erased"));
        } else if (consent.withdrawnAt() != null) {
            state.set(Messages.format("consent.state.withdrawn", when(consent.withdrawnAt())));
        } else if (consent.givenAt() != null) {
            state.set(Messages.format("consent.state.given", when(consent.givenAt()), methodName(consent.method())));
        } else {
            state.set(Messages.get("consent.state.none"));
        }
    }

    private String when(java.time.Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    public static String methodName(ConsentMethod method) {
        return Messages.get(switch (method) {
            case SPOKEN -> "consent.method.SPOKEN";
            case WRITTEN -> "consent.method.WRITTEN";
            case WHATSAPP -> "consent.method.WHATSAPP";
            case WEB_FORM -> "consent.method.WEB_FORM";
        });
    }

    public StringProperty stateProperty() {
        return state;
    }

    public ObjectProperty<ConsentMethod> methodProperty() {
        return method;
    }

    public BooleanProperty inForceProperty() {
        return inForce;
    }

    public BooleanProperty erasedProperty() {
        return erased;
    }

    public FormErrors errors() {
        return errors;
    }
}
