package org.clinicdesk.ui.shell;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.ui.common.FxDialogService;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.consultation.CliniciansTab;
import org.clinicdesk.ui.consultation.ConsultationsScreen;
import org.clinicdesk.ui.enquiry.EnquiriesScreen;
import org.clinicdesk.ui.enquiry.EnquiryActionsViewModel;
import org.clinicdesk.ui.enquiry.EnquiryFormViewModel;
import org.clinicdesk.ui.enquiry.EnquiryListViewModel;
import org.clinicdesk.ui.placeholder.ComingScreen;
import org.clinicdesk.ui.settings.ClinicSettingsViewModel;
import org.clinicdesk.ui.settings.SettingsScreen;
import org.clinicdesk.ui.setup.FirstStartView;
import org.clinicdesk.ui.setup.FirstStartViewModel;
import org.clinicdesk.ui.today.TodayNavigator;
import org.clinicdesk.ui.today.TodayScreen;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Puts ClinicDesk into a stage: the first-start form on an empty data folder, then the main window. */
public final class DeskShell {
    public static final String STYLESHEET = "/org/clinicdesk/ui/clinicdesk.css";
    private final Stage stage;
    private final UiServices services;
    private final Scene scene;
    private MainWindow mainWindow;
    private EnquiryFormViewModel enquiryForm;

    public DeskShell(Stage stage, UiServices services) {
        this.stage = stage;
        this.services = services;
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
        scene.getStylesheets().add(DeskShell.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
    }

    /** Shows the first-start form if the clinic is not set up yet, else the main window on Today. */
    public void start(boolean needsFirstStart) {
        if (needsFirstStart) {
            stage.setTitle(title(null));
            FirstStartView form = new FirstStartView(new FirstStartViewModel(services.clinicService(), services.tasks()),
                    centre -> openMainWindow());
            scene.setRoot(form.root());
            form.focusFirstField();
        } else {
            openMainWindow();
        }
    }

    private void openMainWindow() {
        services.tasks().run(() -> services.clinicService().clinic().map(Clinic::name).orElse(""), clinicName -> {
            ClinicSettingsViewModel settings = new ClinicSettingsViewModel(services.clinicService(), services.tasks(),
                    this::refreshStatus);
            FxDialogService dialogs = new FxDialogService(() -> stage);
            ConsultationsScreen consultations = new ConsultationsScreen(services.consultationService(),
                    services.consultationStatusService(), services.tasks(), dialogs, services.links());
            TodayScreen today = new TodayScreen(services.todayService(), services.tasks(), new TodayNavigator() {
                @Override
                public void openConsultation(long centreId, java.time.LocalDate day, long consultationId) {
                    mainWindow.show("consultations");
                    consultations.openConsultation(centreId, day, consultationId);
                }

                @Override
                public void openEnquiry(long enquiryId) {
                    mainWindow.show("enquiries");
                    enquiryForm.open(enquiryId);
                }

                @Override
                public void openFollowUps() {
                    mainWindow.show("enquiries");
                }
            });
            List<Screen> screens = List.of(
                    today,
                    enquiriesScreen(),
                    consultations,
                    new ComingScreen("sheets", "nav.sheets", Material2OutlinedAL.DESCRIPTION, "coming.sheets"),
                    new ComingScreen("reports", "nav.reports", Material2OutlinedMZ.SHOW_CHART, "coming.reports"),
                    new SettingsScreen(settings, List.<Tab>of(new CliniciansTab(services.clinicianService(),
                            services.clinicService(), services.tasks()).tab())));
            mainWindow = new MainWindow(clinicName, screens);
            scene.setRoot(mainWindow.root());
            mainWindow.installShortcuts(scene);
            mainWindow.show("today");
            stage.setTitle(title(clinicName));
            refreshStatus();
        }, failure -> stage.setTitle(title(null)));
    }

    private EnquiriesScreen enquiriesScreen() {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        EnquiryFormViewModel form = new EnquiryFormViewModel(services.enquiryService(), services.clinicService(),
                services.tasks(), dialogs);
        enquiryForm = form;
        return new EnquiriesScreen(new EnquiryListViewModel(services.enquiryService(), services.followUpQueue(),
                services.tasks(), dialogs), form,
                new EnquiryActionsViewModel(services.enquiryService(), services.tasks(), services.links(), form));
    }

    private void refreshStatus() {
        services.tasks().run(() -> new Object[] {
            services.clinicService().deskCentre().map(Centre::name).orElse(Messages.get("status.noCentre")),
            services.clinicService().clinic().map(Clinic::name).orElse("")
        }, values -> {
            if (mainWindow != null) {
                mainWindow.setStatus((String) values[0], services.dataFile().toString());
                stage.setTitle(title((String) values[1]));
            }
        }, failure -> { });
    }

    private String title(String clinicName) {
        String base = clinicName == null || clinicName.isBlank() ? Messages.get("app.name")
                : Messages.get("app.name") + " — " + clinicName;
        return services.demo() ? base + " — " + Messages.get("app.demoTitle") : base;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    public Scene scene() {
        return scene;
    }
}
