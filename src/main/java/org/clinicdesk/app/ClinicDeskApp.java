package org.clinicdesk.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.DatabaseDamagedException;
import org.clinicdesk.ui.common.ArabicScriptText;
import org.clinicdesk.ui.common.BundledFonts;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.clinicdesk.ui.common.FxThread;
import org.clinicdesk.ui.common.HostServicesLinks;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.StartMarks;
import org.clinicdesk.ui.common.WindowState;
import org.clinicdesk.ui.shell.DeskShell;
import org.clinicdesk.ui.shell.OpeningView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window. It is shown before any database work; the data is opened on a worker thread behind it, never on the
 * FX thread, so the wait for the first window does not grow with the clinic's data.
 */
public class ClinicDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ClinicDeskApp.class);
    private InstanceLock lock;
    private volatile AppContext context;
    private FxTaskRunner tasks;
    private WindowState windowState;
    private DeskShell shell;
    private volatile boolean needsFirstStart;
    private String startFailure;
    private Stage stage;
    private DatabaseDamagedException damaged;
    private DamagedFileRescue rescue;
    private boolean demo;
    private Path dataDir;

    /**
     * Only what must come before a window, and takes no time whatever the data: the options, the data folder and the
     * instance lock (a second ClinicDesk on the same folder is told so before it touches the file).
     */
    @Override
    public void init() {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        demo = options.demo();
        dataDir = DataDirectory.resolve(options.dataDir(), options.demo(), System.getenv(),
                System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
        try {
            DataDirectory.prepare(dataDir);
            lock = InstanceLock.acquire(dataDir);
            windowState = WindowState.read(dataDir);
        } catch (RuntimeException e) {
            LOG.error("Start-up failed", e);
            startFailure = Messages.describe(e);
            closeQuietly();
        }
    }

    /**
     * Runs on a worker thread once the window is up: everything whose time grows with the data or the bundle
     * (migrations, the start check, demo data, the bundled sheets' first load, the fonts). Returns whether the clinic
     * still needs its first start.
     */
    private boolean openData() {
        BundledFonts.load();
        context = AppContext.open(dataDir, demo, Clock.systemDefaultZone());
        if (demo) {
            DemoSetup.ensureDemoData(context);
        }
        BundledSheets.ensureLoaded(context);
        boolean firstStart = context.clinicService().needsFirstStart();
        context.backupScheduler().start();
        LOG.info("ClinicDesk {} started on {}", Version.current(), context.database().file());
        return firstStart;
    }

    private void openFailed(Throwable failure) {
        if (failure instanceof DatabaseDamagedException e) {
            // keep the instance lock: the person may restore a backup over the damaged file
            LOG.error("The data file is damaged", e);
            damaged = e;
            rescue = new DamagedFileRescue(dataDir, Clock.systemDefaultZone());
            offerRescue(stage);
            return;
        }
        LOG.error("Start-up failed", failure);
        startFailure = Messages.describe(failure);
        closeQuietly();
        showStartFailure();
    }

    /** Restore the newest good backup, export what can be read, or close. Runs before the main window opens. */
    private void offerRescue(Stage stage) {
        String newest = rescue.newestGoodBackup().map(b -> b.file().toString()).orElse(null);
        DamagedStartDialog.Choice choice = DamagedStartDialog.ask(damaged.getMessage(), java.util.Optional.ofNullable(newest));
        if (choice == DamagedStartDialog.Choice.EXPORT) {
            DamagedStartDialog.exportTarget(stage).ifPresent(target -> {
                try {
                    // the system's save dialog has asked before replacing an existing file
                    int n = rescue.exportReadable(org.clinicdesk.domain.output.OutputTarget.replacing(target));
                    DamagedStartDialog.tell(Alert.AlertType.INFORMATION, Messages.format("damaged.exported", n, target));
                } catch (RuntimeException e) {
                    DamagedStartDialog.tell(Alert.AlertType.ERROR, e.getMessage());
                }
            });
            offerRescue(stage);
            return;
        }
        if (choice == DamagedStartDialog.Choice.CLOSE) {
            Platform.exit();
            return;
        }
        try {
            context = rescue.restoreNewest(demo);
            damaged = null;
            needsFirstStart = context.clinicService().needsFirstStart();
            context.backupScheduler().start();
            DamagedStartDialog.tell(Alert.AlertType.INFORMATION, Messages.format("damaged.restored", newest) + " "
                    + Messages.format(context.restoreReport().erasures()));
            showShell();
        } catch (RuntimeException e) {
            LOG.error("Restoring the newest backup failed", e);
            DamagedStartDialog.tell(Alert.AlertType.ERROR, e.getMessage());
            offerRescue(stage);
        }
    }

    /** The window first, with a word that the data is opening; the data is opened behind it. */
    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (startFailure != null) {
            showStartFailure();
            return;
        }
        tasks = new FxTaskRunner();
        this.stage = stage;
        stage.setTitle(Messages.get("app.name"));
        stage.setScene(OpeningView.scene());
        windowState.applyTo(stage);
        stage.setOnCloseRequest(e -> windowState.capture(stage));
        stage.setOnShown(e -> StartMarks.windowShown());
        // Arabic-script text in one font in every window (the fonts themselves load on the worker below)
        ArabicScriptText.installEverywhere();
        stage.show();
        tasks.run(this::openData, firstStart -> {
            needsFirstStart = firstStart;
            showShell();
        }, this::openFailed);
    }

    private void showStartFailure() {
        BundledFonts.load();
        Alert alert = new Alert(Alert.AlertType.ERROR, startFailure);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(Messages.get("start.failed"));
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setId("start-failure");
        alert.setOnHidden(e -> exitAfterStartFailure());
        alert.show();
    }

    private void showShell() {
        if (shell != null) {
            shell.stop();
        }
        shell = new DeskShell(stage, context.uiServices(tasks, new HostServicesLinks(getHostServices()), this::restore));
        shell.start(needsFirstStart);
    }

    /** Runs on a worker thread: swap the data in use for a backup, then rebuild the window on the new data. */
    private synchronized org.clinicdesk.domain.backup.RestoreReport restore(Path backupFile, Progress progress) {
        AppContext before = context;
        try {
            context = before.restoreFrom(backupFile, progress);
        } catch (RuntimeException e) {
            if (before.isClosed()) {
                // the switch began but the restored file failed to open: the previous file is back in place
                context = AppContext.open(before.dataDir(), before.demo(), before.clock());
                context.currentUser().signIn(before.currentUser().get().orElse(null));
                rebuildWindow();
            }
            throw e;
        } finally {
            context.backupScheduler().start();
        }
        rebuildWindow();
        return context.restoreReport();
    }

    private void rebuildWindow() {
        needsFirstStart = context.clinicService().needsFirstStart();
        FxThread.later(this::showShell);
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
        if (context != null && startFailure == null && damaged == null) {
            context.backupScheduler().backupOnClose();
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
