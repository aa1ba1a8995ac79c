package org.clinicdesk.ui.enquiry;

import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.WithdrawalMethod;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * "Withdraw consent" on a saved enquiry: records when and how the person withdrew (the enquiry service removes the
 * phone and e-mail and audits it), then offers erasure as the data protection rules require — erased at once by
 * someone who may erase, otherwise left to a manager with the enquiry number to use in Settings → Privacy.
 */
public final class ConsentWithdrawalViewModel {
    private final EnquiryService enquiries;
    private final PrivacyService privacy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final EnquiryFormViewModel form;
    private final BooleanSupplier mayErase;
    private final BooleanProperty asking = new SimpleBooleanProperty(false);
    private final ObjectProperty<WithdrawalMethod> method = new SimpleObjectProperty<>();
    private final StringProperty done = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();

    /** @param mayErase whether the person signed in now may erase personal data */
    public ConsentWithdrawalViewModel(EnquiryService enquiries, PrivacyService privacy, TaskRunner tasks,
                                      DialogService dialogs, EnquiryFormViewModel form, BooleanSupplier mayErase) {
        this.enquiries = enquiries;
        this.privacy = privacy;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.form = form;
        this.mayErase = mayErase;
        form.storedProperty().addListener((o, old, now) -> {
            if (now == null || old == null || now.id() != old.id()) {
                cancel();
                done.set("");
            }
        });
    }

    /** True for a saved, not erased enquiry whose consent still stands (or that still holds contact details). */
    public BooleanBinding available() {
        return Bindings.createBooleanBinding(() -> {
            Enquiry e = form.storedProperty().get();
            return e != null && e.erasedAt() == null && (e.hasConsent() || e.hasContactDetails());
        }, form.storedProperty());
    }

    /** Shows the question "how did they withdraw?". */
    public void start() {
        errors.clear();
        done.set("");
        method.set(null);
        asking.set(true);
    }

    public void cancel() {
        asking.set(false);
        method.set(null);
        errors.clear();
    }

    /** Records the withdrawal; then offers erasure. */
    public void record() {
        Enquiry e = form.storedProperty().get();
        if (e == null) {
            return;
        }
        WithdrawalMethod how = method.get();
        errors.clear();
        tasks.run(() -> enquiries.withdrawConsent(e.id(), e.version(), how), saved -> {
            asking.set(false);
            form.open(saved.id());
            offerErasure(saved.id());
        }, errors::show);
    }

    private void offerErasure(long id) {
        String number = String.valueOf(id);
        if (!mayErase.getAsBoolean()) {
            done.set(Messages.format("enquiry.withdraw.doneAskManager", number));
            return;
        }
        if (!dialogs.confirm(Messages.get("enquiry.withdraw.eraseTitle"), Messages.format("enquiry.withdraw.eraseOffer", number))) {
            done.set(Messages.format("enquiry.withdraw.doneNotErased", number));
            return;
        }
        tasks.run(() -> privacy.erase(id), erased -> {
            done.set(Messages.format("enquiry.withdraw.doneErased", erased.size()));
            form.open(id);
        }, errors::show);
    }

    public BooleanProperty askingProperty() { return asking; }
    public ObjectProperty<WithdrawalMethod> methodProperty() { return method; }
    public StringProperty doneProperty() { return done; }
    public FormErrors errors() { return errors; }
}
