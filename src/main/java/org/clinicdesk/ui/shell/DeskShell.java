package org.clinicdesk.ui.shell;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.ui.common.FxDialogService;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.enquiry.EnquiriesScreen;
import org.clinicdesk.ui.enquiry.EnquiryActionsViewModel;
import org.clinicdesk.ui.enquiry.EnquiryFormViewModel;
import org.clinicdesk.ui.enquiry.EnquiryListViewModel;
import org.clinicdesk.ui.placeholder.ComingScreen;
import org.clinicdesk.ui.settings.ClinicSettingsViewModel;
import org.clinicdesk.ui.settings.SettingsScreen;
import org.clinicdesk.ui.setup.FirstStartView;
import org.clinicdesk.ui.setup.FirstStartViewModel;
import org.clinicdesk.ui.sheet.FxSheetPrinter;
import org.clinicdesk.ui.sheet.SheetGiver;
import org.clinicdesk.ui.sheet.SheetScreens;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Puts ClinicDesk into a stage: the first-start form on an empty data folder, then the main window. */
public final class DeskShell {
    public static final String STYLESHEET = "/org/clinicdesk/ui/clinicdesk.css";
    private static final String STYLESHEET_URL = DeskShell.class.getResource(STYLESHEET).toExternalForm();
    private final Stage stage;
    private final UiServices services;
    private final Scene scene;
    private MainWindow mainWindow;
    private SheetGiver sheetGiver;

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
            SheetScreens sheets = SheetScreens.create(() -> stage, services.sheets(), services.clinicService(),
                    services.tasks(), new FxDialogService(() -> stage), new FxSheetPrinter(() -> stage), STYLESHEET_URL);
            sheetGiver = sheets.giver();
            List<Screen> screens = List.of(
                    new ComingScreen("today", "nav.today", Material2OutlinedAL.EVENT_NOTE, "coming.today"),
                    enquiriesScreen(),
                    new ComingScreen("consultations", "nav.consultations", Material2OutlinedAL.CALENDAR_TODAY,
                            "coming.consultations"),
                    sheets.screen(),
                    new ComingScreen("reports", "nav.reports", Material2OutlinedMZ.SHOW_CHART, "coming.reports"),
                    new SettingsScreen(settings, List.<Tab>of()));
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

    /** "Give sheets" for the enquiries screen (available once the main window is open). */
    public SheetGiver sheetGiver() {
        return sheetGiver;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    public Scene scene() {
        return scene;
    }
}
