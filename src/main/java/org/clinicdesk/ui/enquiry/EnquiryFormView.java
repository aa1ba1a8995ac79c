package org.clinicdesk.ui.enquiry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.ui.common.LanguageNames;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.CloseReason;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.ContactKind;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.ui.common.DateFields;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.ProblemList;

/** The enquiry form (FXML): binds the fields, shows messages beside them, and forwards commands to the view models. */
public final class EnquiryFormView {
    private final EnquiryFormViewModel viewModel;
    private final EnquiryActionsViewModel actions;
    private final ConsentWithdrawalViewModel withdrawal;
    private final Consumer<Enquiry> onSaved;
    private final Parent root;
    private final PauseTransition matchDelay = new PauseTransition(Duration.millis(250));

    @FXML private ScrollPane scroll;
    @FXML private Label title;
    @FXML private Label statusBadge;
    @FXML private Button save;
    @FXML private Label formError;
    @FXML private VBox matchesBox;
    @FXML private VBox matchesList;
    @FXML private HBox linkedBox;
    @FXML private Label linkedLabel;
    @FXML private TextField fullName;
    @FXML private TextField phone;
    @FXML private TextField phoneAlt;
    @FXML private TextField email;
    @FXML private TextField city;
    @FXML private TextField age;
    @FXML private TextField birthYear;
    @FXML private ComboBox<Channel> channel;
    @FXML private ComboBox<Language> language;
    @FXML private VBox referrerBox;
    @FXML private TextField referrer;
    @FXML private ComboBox<Centre> centre;
    @FXML private DatePicker nextFollowUp;
    @FXML private FlowPane conditionsPane;
    @FXML private TextArea notes;
    @FXML private ComboBox<ConsentMethod> consentMethod;
    @FXML private Label consentInfo;
    @FXML private Label fullNameError;
    @FXML private Label phoneError;
    @FXML private Label phoneAltError;
    @FXML private Label emailError;
    @FXML private Label ageError;
    @FXML private Label birthYearError;
    @FXML private Label channelError;
    @FXML private Label referrerError;
    @FXML private Label centreError;
    @FXML private Label notesError;
    @FXML private Label consentError;
    @FXML private VBox actionsBox;
    @FXML private Button callButton;
    @FXML private Button giveSheetsButton;
    @FXML private Button bookButton;
    private final EnquiryNavigator navigator;
    @FXML private Button whatsAppButton;
    @FXML private ComboBox<ContactKind> contactKind;
    @FXML private TextField contactNote;
    @FXML private DatePicker contactFollowUp;
    @FXML private ComboBox<EnquiryStatus> nextStatus;
    @FXML private ComboBox<CloseReason> closeReason;
    @FXML private Button changeStatus;
    @FXML private Label actionsError;
    @FXML private ListView<TimelineEntry> timeline;

    public EnquiryFormView(EnquiryFormViewModel viewModel, EnquiryActionsViewModel actions,
                           ConsentWithdrawalViewModel withdrawal, Consumer<Enquiry> onSaved, EnquiryNavigator navigator) {
        this.viewModel = viewModel;
        this.withdrawal = withdrawal;
        this.actions = actions;
        this.onSaved = onSaved;
        this.navigator = navigator;
        FXMLLoader loader = new FXMLLoader(EnquiryFormView.class.getResource("EnquiryFormView.fxml"), Messages.bundle());
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FXML
    private void initialize() {
        EnquiryFields f = viewModel.fields();
        fullName.textProperty().bindBidirectional(f.fullName());
        phone.textProperty().bindBidirectional(f.phone());
        phoneAlt.textProperty().bindBidirectional(f.phoneAlt());
        email.textProperty().bindBidirectional(f.email());
        city.textProperty().bindBidirectional(f.city());
        age.textProperty().bindBidirectional(f.age());
        birthYear.textProperty().bindBidirectional(f.birthYear());
        referrer.textProperty().bindBidirectional(f.referrer());
        notes.textProperty().bindBidirectional(f.notes());
        channel.getItems().setAll(Channel.values());
        channel.setConverter(EnumLabels.converter("enquiry.channel.", "enquiry.choose", Channel.class));
        channel.valueProperty().bindBidirectional(f.channel());
        language.getItems().setAll(Language.values());
        language.getItems().addFirst(null);
        language.setConverter(LanguageNames.converter("enquiry.language.notAsked"));
        language.valueProperty().bindBidirectional(f.language());
        referrerBox.visibleProperty().bind(f.channel().isEqualTo(Channel.REFERRAL));
        centre.setItems(viewModel.centres());
        centre.valueProperty().bindBidirectional(f.centre());
        nextFollowUp.valueProperty().bindBidirectional(f.nextFollowUp());
        consentMethod.getItems().setAll((ConsentMethod) null);
        consentMethod.getItems().addAll(ConsentMethod.values());
        consentMethod.setConverter(EnumLabels.converter("enquiry.consent.", "enquiry.consent.none", ConsentMethod.class));
        consentMethod.valueProperty().bindBidirectional(f.consentMethod());
        consentInfo.textProperty().bind(Bindings.createStringBinding(this::consentText, viewModel.storedProperty(), f.consentMethod()));
        viewModel.conditions().addListener((ListChangeListener<MedicalCondition>) c -> buildConditions());
        f.conditionIds().addListener((javafx.collections.SetChangeListener<Long>) c -> syncConditionBoxes());
        DateFields.dayFirst(nextFollowUp);
        DateFields.dayFirst(contactFollowUp);
        bindErrors();
        bindProblems();
        bindMatches();
        bindActions();
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.storedProperty().get() == null
                ? Messages.get("enquiry.title.new") : Messages.format("enquiry.title.edit", viewModel.storedProperty().get().id()),
                viewModel.storedProperty()));
        statusBadge.textProperty().bind(Bindings.createStringBinding(() -> viewModel.storedProperty().get() == null ? ""
                : EnumLabels.label("enquiry.status.", viewModel.storedProperty().get().status()), viewModel.storedProperty()));
        statusBadge.visibleProperty().bind(statusBadge.textProperty().isNotEmpty());
        save.disableProperty().bind(viewModel.savingProperty());
    }

    private void bindErrors() {
        var e = viewModel.errors();
        show(fullNameError, e.field("fullName"));
        show(phoneError, e.field("phone"));
        show(phoneAltError, e.field("phoneAlt"));
        show(emailError, e.field("email"));
        show(ageError, e.field("age"));
        show(birthYearError, e.field("birthYear"));
        show(channelError, e.field("channel"));
        show(referrerError, e.field("referrer"));
        show(centreError, e.field("centre"));
        show(notesError, e.field("notes"));
        show(consentError, e.field("consent"));
        formError.textProperty().bind(e.form());
        formError.visibleProperty().bind(e.form().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
    }

    /** A refused save lists the problems under the form message and takes the cursor to the first bad field. */
    private void bindProblems() {
        ProblemList problems = new ProblemList(viewModel.errors(), scroll, "enquiry-problems")
                .field("fullName", "enquiry.field.fullName", fullName).field("phone", "enquiry.field.phone", phone)
                .field("phoneAlt", "enquiry.field.phoneAlt", phoneAlt).field("email", "enquiry.field.email", email)
                .field("age", "enquiry.field.age", age).field("birthYear", "enquiry.field.birthYear", birthYear)
                .field("channel", "enquiry.field.channel", channel)
                .field("referrer", "enquiry.field.referrer", referrer).field("centre", "enquiry.field.centre", centre)
                .field("notes", "enquiry.field.notes", notes).field("consent", "enquiry.field.consent", consentMethod);
        VBox form = (VBox) formError.getParent();
        form.getChildren().add(form.getChildren().indexOf(formError) + 1, problems.node());
        form.getChildren().add(form.getChildren().indexOf(consentError) + 1, ConsentWithdrawalPane.create(withdrawal));
        viewModel.refusedSavesProperty().addListener((o, was, now) -> problems.focusFirst());
    }

    private static void show(Label label, StringBinding message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(message.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void bindMatches() {
        matchDelay.setOnFinished(e -> viewModel.lookUpReturningCallers());
        viewModel.fields().phone().addListener((o, a, b) -> matchDelay.playFromStart());
        viewModel.fields().phoneAlt().addListener((o, a, b) -> matchDelay.playFromStart());
        viewModel.fields().fullName().addListener((o, a, b) -> matchDelay.playFromStart());
        ReturningCallersPane.bind(matchesBox, matchesList, viewModel);
        Label flagged = new Label(Messages.get("enquiry.matches.flagged"));
        flagged.setId("enquiry-match-flagged");
        flagged.getStyleClass().add("form-error");
        flagged.setWrapText(true);
        flagged.visibleProperty().bind(viewModel.checkingProperty());
        flagged.managedProperty().bind(flagged.visibleProperty());
        matchesBox.getChildren().add(1, flagged);
        var f = viewModel.fields();
        linkedBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> f.personId().get() != null
                && (viewModel.storedProperty().get() == null || f.personId().get() != viewModel.storedProperty().get().id()),
                f.personId(), viewModel.storedProperty()));
        linkedBox.managedProperty().bind(linkedBox.visibleProperty());
        linkedLabel.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("enquiry.linked",
                String.valueOf(f.personId().get())), f.personId()));
    }

    private void buildConditions() {
        conditionsPane.getChildren().clear();
        for (MedicalCondition c : viewModel.conditions()) {
            CheckBox box = new CheckBox(c.name());
            box.setId("condition-" + c.id());
            box.setUserData(c.id());
            box.setSelected(viewModel.fields().conditionIds().contains(c.id()));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    viewModel.fields().conditionIds().add(c.id());
                } else {
                    viewModel.fields().conditionIds().remove(c.id());
                }
            });
            conditionsPane.getChildren().add(box);
        }
    }

    private void syncConditionBoxes() {
        conditionsPane.getChildren().forEach(n -> ((CheckBox) n).setSelected(
                viewModel.fields().conditionIds().contains((Long) n.getUserData())));
    }

    private String consentText() {
        Enquiry e = viewModel.storedProperty().get();
        if (e != null && e.consentWithdrawnAt() != null && viewModel.fields().consentMethod().get() == null) {
            return Messages.format("enquiry.consent.withdrawn", DateFormats.DATE_TIME.format(e.consentWithdrawnAt().atZone(ZoneId.systemDefault())));
        }
        if (e != null && e.consentGivenAt() != null && e.consentMethod() == viewModel.fields().consentMethod().get()) {
            return Messages.format("enquiry.consent.recorded", DateFormats.DATE_TIME.format(e.consentGivenAt().atZone(ZoneId.systemDefault())));
        }
        return viewModel.fields().consentMethod().get() == null ? Messages.get("enquiry.consent.needed")
                : Messages.get("enquiry.consent.onSave");
    }

    private void bindActions() {
        actionsBox.visibleProperty().bind(viewModel.storedProperty().isNotNull());
        actionsBox.managedProperty().bind(actionsBox.visibleProperty());
        for (Button b : new Button[] {callButton, whatsAppButton}) {
            b.disableProperty().bind(actions.hasPhone().not());
            b.visibleProperty().bind(viewModel.storedProperty().isNotNull());
            b.managedProperty().bind(b.visibleProperty());
        }
        for (Button b : new Button[] {giveSheetsButton, bookButton}) {
            b.visibleProperty().bind(viewModel.storedProperty().isNotNull());
            b.managedProperty().bind(b.visibleProperty());
        }
        contactKind.getItems().setAll(ContactKind.values());
        contactKind.setConverter(EnumLabels.converter("enquiry.contact.", "enquiry.choose", ContactKind.class));
        contactKind.valueProperty().bindBidirectional(actions.contactKindProperty());
        contactNote.textProperty().bindBidirectional(actions.contactNoteProperty());
        contactNote.setOnAction(e -> actions.logContact());
        contactFollowUp.valueProperty().bindBidirectional(actions.contactFollowUpProperty());
        nextStatus.getItems().setAll(EnquiryStatus.CONTACTED, EnquiryStatus.BOOKED, EnquiryStatus.CLOSED);
        nextStatus.setConverter(EnumLabels.converter("enquiry.status.", "enquiry.status.choose", EnquiryStatus.class));
        nextStatus.valueProperty().bindBidirectional(actions.nextStatusProperty());
        closeReason.getItems().setAll(CloseReason.values());
        closeReason.setConverter(EnumLabels.converter("enquiry.closeReason.", "enquiry.closeReason.choose", CloseReason.class));
        closeReason.valueProperty().bindBidirectional(actions.closeReasonProperty());
        closeReason.visibleProperty().bind(actions.nextStatusProperty().isEqualTo(EnquiryStatus.CLOSED));
        changeStatus.disableProperty().bind(actions.nextStatusProperty().isNull());
        actionsError.textProperty().bind(actions.errors().form());
        actionsError.visibleProperty().bind(actions.errors().form().isNotEmpty());
        actionsError.managedProperty().bind(actionsError.visibleProperty());
        timeline.setItems(actions.timeline());
        timeline.setCellFactory(list -> new TimelineCell());
    }

    /** Ctrl+S saves, Ctrl+K jumps to the contact note (Enter then logs it); called by the screen's key filter. */
    boolean handleShortcut(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return false;
        }
        if (e.getCode() == KeyCode.S) {
            onSave();
            return true;
        }
        if (e.getCode() == KeyCode.K && viewModel.storedProperty().get() != null) {
            contactNote.requestFocus();
            return true;
        }
        return false;
    }

    @FXML
    private void onSave() {
        DateFields.commitTyped(nextFollowUp);
        viewModel.save(onSaved);
    }

    @FXML
    private void onNew() {
        newEnquiry();
    }

    public void newEnquiry() {
        viewModel.newEnquiry();
        javafx.application.Platform.runLater(fullName::requestFocus); // the form may not be on screen yet
    }

    @FXML
    private void onUnlink() {
        viewModel.unlinkPerson();
    }

    /** The saved enquiry's conditions decide which sheets are offered; the timeline then shows what was given. */
    @FXML
    private void onGiveSheets() {
        giveSheets();
    }

    /** Ctrl+P on the enquiry: opens "Give sheets" for a saved enquiry; false while the form holds a new, unsaved one. */
    boolean giveSheets() {
        Enquiry e = viewModel.storedProperty().get();
        if (e == null) {
            return false;
        }
        navigator.giveSheets(e.id(), e.conditionIds(), actions::refreshTimeline);
        return true;
    }

    @FXML
    private void onBook() {
        Enquiry e = viewModel.storedProperty().get();
        if (e != null) {
            navigator.bookConsultation(e.id());
        }
    }

    @FXML
    private void onCall() {
        actions.call();
    }

    @FXML
    private void onWhatsApp() {
        actions.openWhatsApp();
    }

    @FXML
    private void onLogContact() {
        actions.logContact();
    }

    @FXML
    private void onChangeStatus() {
        actions.changeStatus();
    }

    public Parent root() {
        return root;
    }
}
