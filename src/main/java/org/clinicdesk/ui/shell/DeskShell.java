package org.clinicdesk.ui.shell;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FxDialogService;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Screen;
import org.clinicdesk.ui.privacy.ConsentNoticeView;
import org.clinicdesk.ui.privacy.ConsentNoticeViewModel;
import org.clinicdesk.ui.setup.FirstStartView;
import org.clinicdesk.ui.setup.FirstStartViewModel;
import org.clinicdesk.ui.sheet.FxSheetPrinter;
import org.clinicdesk.ui.sheet.SheetPrinter;
import org.clinicdesk.ui.signin.DeskLock;
import org.clinicdesk.ui.signin.FirstManagerView;
import org.clinicdesk.ui.signin.FirstManagerViewModel;
import org.clinicdesk.ui.signin.SignInView;
import org.clinicdesk.ui.signin.SignInViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Puts ClinicDesk into a stage: the first-start forms on an empty data folder (clinic and centre, then the first
 * manager), the sign-in at start (or the demo manager with --demo), then the main window under the desk lock.
 */
public final class DeskShell {
    public static final String STYLESHEET = "/org/clinicdesk/ui/clinicdesk.css";
    /** Ctrl+Shift+L: plain Ctrl+L logs a contact in the enquiry form. */
    public static final KeyCombination LOCK =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SWITCH_USER =
            new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final String STYLESHEET_URL = DeskShell.class.getResource(STYLESHEET).toExternalForm();
    private final Stage stage;
    private final UiServices services;
    private final DeskServices desk;
    private final Scene scene;
    private final DialogService dialogs;
    private final SheetPrinter printer;
    private final DeskLock deskLock;
    private MainWindow mainWindow;
    private Duration idleOverride;

    public DeskShell(Stage stage, UiServices services) {
        this(stage, services, null);
    }

    /** With the dialogs a test answers for the user; null means the real dialogs owned by {@code stage}. */
    public DeskShell(Stage stage, UiServices services, DialogService dialogs) {
        this(stage, services, dialogs, null);
    }

    /** As above, with the printer a test stands in for; null means this computer's printers. */
    public DeskShell(Stage stage, UiServices services, DialogService dialogs, SheetPrinter printer) {
        this(stage, services, dialogs, printer, System::nanoTime);
    }

    /** As above, with the ticker (nanoseconds) the idle lock counts by: a test moves it by hand. */
    public DeskShell(Stage stage, UiServices services, DialogService dialogs, SheetPrinter printer,
                     LongSupplier idleTicker) {
        this.stage = stage;
        this.services = services;
        this.desk = services.desk();
        this.printer = printer != null ? printer : new FxSheetPrinter(() -> stage);
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(() -> stage);
        this.deskLock = new DeskLock(new SignInViewModel(desk.signIn(), desk.tasks()), idleTicker, this::openMainWindow);
        scene.getStylesheets().add(DeskShell.class.getResource(STYLESHEET).toExternalForm());
        // a filter, not an accelerator: it comes before any screen's own key handling
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (mainWindow == null || deskLock.covering()) {
                return;
            }
            if (LOCK.match(e)) {
                e.consume();
                deskLock.lock();
            } else if (SWITCH_USER.match(e)) {
                e.consume();
                deskLock.switchUser();
            }
        });
        stage.setScene(scene);
    }

    /** Shows the first-start form if the clinic is not set up yet, else signs in and shows the main window. */
    public void start(boolean needsFirstStart) {
        stage.setTitle(title(null));
        if (needsFirstStart) {
            FirstStartView form = new FirstStartView(new FirstStartViewModel(desk.clinic(), desk.tasks()),
                    centre -> afterClinicSetUp());
            scene.setRoot(form.root());
            form.focusFirstField();
        } else {
            afterClinicSetUp();
        }
    }

    private void afterClinicSetUp() {
        // the first manager is signed in by creating the account; nobody else is signed in at start
        var signedIn = desk.signIn().current();
        if (signedIn.isPresent()) {
            openMainWindow(signedIn.get());
            return;
        }
        if (desk.demo()) {
            desk.tasks().run(desk.signIn()::signInDemo, this::openMainWindow, failure -> showSignIn());
            return;
        }
        desk.tasks().run(desk.staff()::needsFirstManager, needsManager -> {
            if (needsManager) {
                FirstManagerView form = new FirstManagerView(
                        new FirstManagerViewModel(desk.staff(), desk.tasks()), this::openMainWindow);
                scene.setRoot(form.root());
                form.focusFirstField();
            } else {
                showSignIn();
            }
        }, failure -> showSignIn());
    }

    private void showSignIn() {
        deskLock.idleLock().disarm();
        SignInView view = new SignInView(new SignInViewModel(desk.signIn(), desk.tasks()),
                SignInView.Mode.SIGN_IN, null, this::openMainWindow, null, null);
        scene.setRoot(view.root());
        view.focus();
    }

    private void openMainWindow(StaffMember user) {
        desk.tasks().run(() -> new DeskFacts(desk.clinic().clinic(),
                desk.clinic().deskCentre().map(Centre::name).orElse(Messages.get("status.noCentre"))), facts -> {
            java.util.Optional<Clinic> clinic = facts.clinic();
            String clinicName = clinic.map(Clinic::name).orElse("");
            List<Screen> screens = new DeskScreens(() -> stage, services, dialogs, printer, STYLESHEET_URL,
                    id -> mainWindow.show(id), this::refreshStatus, this::idleMinutesChanged).build(user, clinic);
            mainWindow = new MainWindow(clinicName, screens);
            mainWindow.addStatusItems(statusItems(user));
            scene.getAccelerators().clear();
            mainWindow.installShortcuts(scene);
            // while the lock covers the window, no shortcut may reach a screen
            scene.getAccelerators().replaceAll((key, action) -> () -> {
                if (!deskLock.covering()) {
                    action.run();
                }
            });
            scene.setRoot(deskLock.wrap(mainWindow.root(), user, scene));
            deskLock.idleLock().setTimeout(idleOverride != null ? idleOverride
                    : Duration.ofMinutes(clinic.map(Clinic::idleLockMinutes).orElse(10)));
            mainWindow.setStatus(facts.deskCentre(), desk.dataFile().toString());
            mainWindow.show("today");
            stage.setTitle(title(clinicName));
            if (TrainingTour.ON) {
                TrainingTour.run(mainWindow, screens);
            }
        }, failure -> stage.setTitle(title(null)));
    }

    private record DeskFacts(java.util.Optional<Clinic> clinic, String deskCentre) {
    }

    private record StatusFacts(String deskCentre, String clinicName) {
    }

    private javafx.scene.Node[] statusItems(StaffMember user) {
        Label who = new Label(Messages.format("status.signedIn", user.fullName()));
        who.setId("status-user");
        Button consent = statusButton("status-consent", "status.consentNotice", new FontIcon(Material2OutlinedMZ.PRIVACY_TIP),
                () -> ConsentNoticeView.show(stage, new ConsentNoticeViewModel(desk.privacy(), desk.consentNotice(),
                        desk.outputs(), desk.tasks(), dialogs)));
        Button switchUser = statusButton("status-switch-user", "status.switchUser",
                new FontIcon(Material2OutlinedMZ.PEOPLE_ALT), deskLock::switchUser);
        switchUser.setTooltip(new Tooltip(Messages.get("status.switchUser") + "  (Ctrl+Shift+U)"));
        Button lock = statusButton("status-lock", "status.lock", new FontIcon(Material2OutlinedAL.LOCK), deskLock::lock);
        lock.setTooltip(new Tooltip(Messages.get("status.lock") + "  (Ctrl+Shift+L)"));
        return new javafx.scene.Node[] {who, consent, switchUser, lock};
    }

    private static Button statusButton(String id, String key, FontIcon icon, Runnable action) {
        Button b = new Button(Messages.get(key), icon);
        b.setId(id);
        b.getStyleClass().addAll("flat", "small");
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refreshStatus() {
        desk.tasks().run(() -> new StatusFacts(
            desk.clinic().deskCentre().map(Centre::name).orElse(Messages.get("status.noCentre")),
            desk.clinic().clinic().map(Clinic::name).orElse("")
        ), values -> {
            if (mainWindow != null) {
                mainWindow.setStatus(values.deskCentre(), desk.dataFile().toString());
                stage.setTitle(title(values.clinicName()));
            }
        }, failure -> { });
    }

    private String title(String clinicName) {
        String base = clinicName == null || clinicName.isBlank() ? Messages.get("app.name")
                : Messages.get("app.name") + " — " + clinicName;
        return desk.demo() ? base + " — " + Messages.get("app.demoTitle") : base;
    }

    private void idleMinutesChanged(int minutes) {
        if (idleOverride == null) {
            deskLock.idleLock().setTimeout(Duration.ofMinutes(minutes));
        }
    }

    /** For tests: lock after this idle time instead of the clinic's setting. */
    public void overrideIdleTimeout(Duration timeout) {
        idleOverride = timeout;
        deskLock.idleLock().setTimeout(timeout);
    }

    public DeskLock deskLock() {
        return deskLock;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    public Scene scene() {
        return scene;
    }

    public void stop() {
        deskLock.stop();
    }
}
