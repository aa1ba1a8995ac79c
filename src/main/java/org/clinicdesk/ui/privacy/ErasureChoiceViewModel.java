package org.clinicdesk.ui.privacy;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.domain.enquiry.ReturningCaller;
import org.clinicdesk.domain.privacy.ErasureChoice;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * The step before an erasure: the person's other enquiries that are not linked (same phone, similar name) are shown
 * for the manager to tick or leave; then one confirmation and one erasure of them all. With no such enquiries the
 * confirmation comes at once, as before.
 */
public final class ErasureChoiceViewModel {
    /** One enquiry offered, and whether the manager ticked it. */
    public static final class Offered {
        private final ReturningCaller match;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);

        Offered(ReturningCaller match) {
            this.match = match;
        }

        public long enquiryId() {
            return match.enquiry().id();
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        /** "#12 · Kavitha Rao · +91… · Bangalore · created 2 Nov 2026 · same phone". */
        public String line() {
            EnquirySummary s = match.enquiry();
            return Messages.format("privacy.choice.line", String.valueOf(s.id()), s.fullName(),
                    s.phone() == null ? "" : s.phone(), s.centreName(),
                    DateFormats.DATE.format(s.createdAt().atZone(ZoneId.systemDefault())),
                    Messages.get("enquiry.match.reason." + match.reason().name()));
        }
    }

    private final PrivacyService privacy;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObjectProperty<ErasureChoice> choice = new SimpleObjectProperty<>();
    private final ObservableList<Offered> offered = FXCollections.observableArrayList();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final FormErrors errors = new FormErrors();
    private String confirmTitle = "";
    private Consumer<List<Long>> onErased = ids -> { };
    private Runnable onNotErased = () -> { };

    public ErasureChoiceViewModel(PrivacyService privacy, TaskRunner tasks, DialogService dialogs) {
        this.privacy = privacy;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /**
     * Starts the erasure of {@code enquiryId}. With no unlinked matches, {@code confirmMessage} is asked at once;
     * otherwise the matches are shown and {@link #erase()} asks with the counts.
     *
     * @param erased    told the erased ids once the erasure has committed
     * @param notErased told when the manager says no or cancels
     */
    public void start(long enquiryId, String confirmTitle, String confirmMessage, Consumer<List<Long>> erased,
                      Runnable notErased) {
        clear();
        working.set(true);
        tasks.run(() -> privacy.erasureChoice(enquiryId), found -> {
            working.set(false);
            offer(found, confirmTitle, confirmMessage, erased, notErased);
        }, failure -> {
            working.set(false);
            errors.show(failure);
        });
    }

    /** As {@link #start}, with the choice already looked up (before a withdrawal removed the phone it matches on). */
    public void offer(ErasureChoice found, String confirmTitle, String confirmMessage, Consumer<List<Long>> erased,
                      Runnable notErased) {
        this.confirmTitle = confirmTitle;
        this.onErased = erased;
        this.onNotErased = notErased;
        clear();
        if (found.others().isEmpty()) {
            if (dialogs.confirm(confirmTitle, confirmMessage)) {
                run(found, List.of());
            } else {
                onNotErased.run();
            }
            return;
        }
        offered.setAll(found.others().stream().map(Offered::new).toList());
        choice.set(found);
    }

    /** Erases the enquiry, its linked ones and the ticked ones, after one confirmation with the counts. */
    public void erase() {
        ErasureChoice c = choice.get();
        if (c == null) {
            return;
        }
        List<Long> ticked = offered.stream().filter(o -> o.chosenProperty().get()).map(Offered::enquiryId).toList();
        int more = c.linkedBesides() + ticked.size();
        if (!dialogs.confirm(confirmTitle, Messages.format("privacy.choice.confirm", String.valueOf(c.enquiryId()),
                more, c.linkedBesides(), ticked.size()))) {
            return;
        }
        run(c, ticked);
    }

    /** Leaves without erasing anything. */
    public void cancel() {
        clear();
        onNotErased.run();
    }

    private void run(ErasureChoice c, List<Long> ticked) {
        errors.clear();
        working.set(true);
        tasks.run(() -> privacy.erase(c.enquiryId(), ticked), erasedIds -> {
            working.set(false);
            clear();
            onErased.accept(erasedIds);
        }, failure -> {
            working.set(false);
            errors.show(failure);
        });
    }

    private void clear() {
        choice.set(null);
        offered.clear();
        errors.clear();
    }

    /** True while the matches are shown for the manager to choose. */
    public BooleanBinding choosing() {
        return Bindings.createBooleanBinding(() -> choice.get() != null, choice);
    }

    public ReadOnlyObjectProperty<ErasureChoice> choiceProperty() {
        return choice;
    }

    public ObservableList<Offered> offered() {
        return offered;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public FormErrors errors() {
        return errors;
    }
}
