package org.clinicdesk.testing;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.app.BundledSheets;
import org.clinicdesk.app.ClinicDeskApp;
import org.clinicdesk.app.DemoSetup;
import org.clinicdesk.ui.common.BundledFonts;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.clinicdesk.ui.shell.DeskShell;

/** The real application, wired as ClinicDeskApp wires it, on a temp data folder, for TestFX tests. */
public final class DeskFixture implements AutoCloseable {
    public static final String MANAGER_USERNAME = "manager";
    public static final String MANAGER_PASSWORD = "lotus pond at dawn";
    public final AppContext context;
    public final FxTaskRunner tasks;
    public DeskShell shell;
    /** Links the screens asked the system to open (wa.me, tel:), in order. */
    public final java.util.List<String> links = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Answers the screens' dialogs (confirmations, file choosers) the way the test says the user would. */
    public final RecordingDialogs dialogs = new RecordingDialogs();
    /** The printer the desk sees: none unless a test installs it, whatever the machine running the test has. */
    public final TestPrinter printer = new TestPrinter();

    private DeskFixture(AppContext context) {
        this.context = context;
        this.tasks = new FxTaskRunner();
    }

    /** Opens the database in {@code dir} (fixed test clock); call {@link #show} from the @Start method. */
    public static DeskFixture open(Path dir) {
        return new DeskFixture(AppContext.open(dir, false, TestDb.CLOCK));
    }

    /**
     * The demo clinic (as --demo builds it: synthetic data, bundled sheets approved by the demo clinician),
     * signed in as the demo manager when shown.
     */
    public static DeskFixture openDemo(Path dir) {
        DeskFixture fixture = new DeskFixture(AppContext.open(dir, true, TestDb.CLOCK));
        DemoSetup.ensureDemoData(fixture.context);
        BundledSheets.ensureLoaded(fixture.context);
        return fixture;
    }

    public DeskFixture show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BundledFonts.load();
        if (!context.demo() && !context.clinicService().needsFirstStart() && context.staffService().needsFirstManager()) {
            // signs the manager in, so the desk opens without the sign-in screen
            context.staffService().createFirstManager("Test Manager", MANAGER_USERNAME, MANAGER_PASSWORD);
        }
        shell = new DeskShell(stage, context.uiServices(tasks, links::add), dialogs, printer);
        shell.start(context.clinicService().needsFirstStart());
        stage.show();
        return this;
    }

    @Override
    public void close() {
        tasks.close();
        context.close();
    }
}
