package org.clinicdesk.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.clinicdesk.ui.common.BundledFonts;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.clinicdesk.ui.common.HostServicesLinks;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.WindowState;
import org.clinicdesk.ui.shell.DeskShell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window. Database work happens in {@link #init()} (the launcher thread), never on the FX thread. */
public class ClinicDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ClinicDeskApp.class);
    private InstanceLock lock;
    private AppContext context;
    private FxTaskRunner tasks;
    private WindowState windowState;
    private DeskShell shell;
    private boolean needsFirstStart;
    private String startFailure;

    @Override
    public void init() {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        Path dataDir = DataDirectory.resolve(options.dataDir(), options.demo(), System.getenv(),
                System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
        try {
            DataDirectory.prepare(dataDir);
            lock = InstanceLock.acquire(dataDir);
            context = AppContext.open(dataDir, options.demo(), Clock.systemDefaultZone());
            if (options.demo()) {
                DemoSetup.ensureDemoData(context);
            }
            BundledSheets.ensureLoaded(context);
            needsFirstStart = context.clinicService().needsFirstStart();
            windowState = WindowState.read(dataDir);
            LOG.info("ClinicDesk {} started on {}", Version.current(), context.database().file());
        } catch (RuntimeException e) {
            LOG.error("Start-up failed", e);
            startFailure = e.getMessage();
            closeQuietly();
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BundledFonts.load();
        if (startFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startFailure);
            alert.setTitle(Messages.get("app.name"));
            alert.setHeaderText(Messages.get("start.failed"));
            alert.getDialogPane().setMinWidth(520);
            alert.getDialogPane().setId("start-failure");
            alert.setOnHidden(e -> exitAfterStartFailure());
            alert.show();
            return;
        }
        tasks = new FxTaskRunner();
        shell = new DeskShell(stage, context.uiServices(tasks, new HostServicesLinks(getHostServices())));
        windowState.applyTo(stage);
        stage.setOnCloseRequest(e -> windowState.capture(stage));
        shell.start(needsFirstStart);
        stage.setOnShown(e -> LOG.info("Window shown {} ms after the process started",
                java.time.Duration.between(ProcessHandle.current().info().startInstant().orElse(java.time.Instant.now()),
                        java.time.Instant.now()).toMillis()));
        stage.show();
    }

    /** Closing the start-up failure message ends the program. */
    void exitAfterStartFailure() {
        Platform.exit();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.stop();
        }
        if (context != null) {
            // recorded on the way out, so the audit log shows when the desk was left
            context.signInService().signOut();
        }
        if (windowState != null) {
            windowState.save();
        }
        if (tasks != null) {
            tasks.close();
        }
        closeQuietly();
    }

    private void closeQuietly() {
        if (context != null) {
            context.close();
            context = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
