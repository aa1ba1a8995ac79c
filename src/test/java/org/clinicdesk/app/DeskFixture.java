package org.clinicdesk.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.clinicdesk.store.TestDb;
import org.clinicdesk.ui.common.BundledFonts;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.clinicdesk.ui.shell.DeskShell;
import org.clinicdesk.ui.shell.UiServices;

/** The real application, wired as ClinicDeskApp wires it, on a temp data folder, for TestFX tests. */
public final class DeskFixture implements AutoCloseable {
    public final AppContext context;
    public final FxTaskRunner tasks;
    /** Links the screens asked the platform to open (WhatsApp, tel:). */
    public final java.util.List<String> links = new java.util.concurrent.CopyOnWriteArrayList<>();
    public DeskShell shell;

    private DeskFixture(AppContext context) {
        this.context = context;
        this.tasks = new FxTaskRunner();
    }

    /** Opens the database in {@code dir} (fixed test clock); call {@link #show} from the @Start method. */
    public static DeskFixture open(Path dir) {
        return new DeskFixture(AppContext.open(dir, false, TestDb.CLOCK));
    }

    public DeskFixture show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BundledFonts.load();
        shell = new DeskShell(stage, new UiServices(context.clinicService(), tasks, context.database().file(), false,
                context.enquiryService(), context.followUpQueue(), links::add));
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
