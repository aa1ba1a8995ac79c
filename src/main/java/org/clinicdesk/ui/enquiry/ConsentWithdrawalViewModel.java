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
import org.clinicdesk.domain.privacy.ErasureChoice;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;
import org.clinicdesk.ui.privacy.ErasureChoiceViewModel;

/**
 * "Withdraw consent" on a saved enquiry: records when and how the person withdrew (the enquiry service removes the
 * phone and e-mail and audits it), then offers erasure as the data protection rules require — erased at once by
 * someone who may erase (after ticking which of the person's unlinked enquiries go with it), otherwise left to a
 * manager with the enquiry number to use in Settings → Privacy.
 */
public final class ConsentWithdrawalViewModel {
    private final EnquiryService enquiries;
    private final TaskRunner tasks;
    private final EnquiryFormViewModel form;
    private final BooleanSupplier mayErase;
    private final PrivacyService privacy;
    private final ErasureChoiceViewModel erasure;
    private final BooleanProperty asking = new SimpleBooleanProperty(false);
    private final ObjectProperty<WithdrawalMethod> method = new SimpleObjectProperty<>();
    private final StringProperty done = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();

    /** @param mayErase whether the person signed in now may erase personal data */
    public ConsentWithdrawalViewModel(EnquiryService enquiries, PrivacyService privacy, TaskRunner tasks,
                                      DialogService dialogs, EnquiryFormViewModel form, BooleanSupplier mayErase) {
        this.enquiries = enquiries;
        this.tasks = tasks;
        this.form = form;
        this.mayErase = mayErase;
        this.privacy = privacy;
        this.erasure = new ErasureChoiceViewModel(privacy, tasks, dialogs);
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
        boolean offer = mayErase.getAsBoolean();
        tasks.run(() -> {
            // the person's other enquiries are looked up while the phone that finds them is still stored
            ErasureChoice choice = offer ? privacy.erasureChoice(e.id()) : null;
            return new Withdrawn(enquiries.withdrawConsent(e.id(), e.version(), how), choice);
        }, withdrawn -> {
            asking.set(false);
            form.open(withdrawn.saved().id());
            offerErasure(withdrawn.saved().id(), withdrawn.choice());
        }, errors::show);
    }

    private record Withdrawn(Enquiry saved, ErasureChoice choice) {
    }

    private void offerErasure(long id, ErasureChoice choice) {
        String number = String.valueOf(id);
        if (choice == null) {
            done.set(Messages.format("enquiry.withdraw.doneAskManager", number));
            return;
        }
        erasure.offer(choice, Messages.get("enquiry.withdraw.eraseTitle"), Messages.format("enquiry.withdraw.eraseOffer", number),
                erased -> {
                    done.set(Messages.format("enquiry.withdraw.doneErased", erased.size()));
                    form.open(id);
                }, () -> done.set(Messages.format("enquiry.withdraw.doneNotErased", number)));
    }

    /** The person's unlinked enquiries (same phone, similar name), shown before the erasure this offers. */
    public ErasureChoiceViewModel erasure() {
        return erasure;
    }

    public BooleanProperty askingProperty() { return asking; }
    public ObjectProperty<WithdrawalMethod> methodProperty() { return method; }
    public StringProperty doneProperty() { return done; }
    public FormErrors errors() { return errors; }
}
