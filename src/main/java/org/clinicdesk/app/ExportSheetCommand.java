package org.clinicdesk.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.document.SheetPdfRenderer;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.sheet.HandoutService;
import org.clinicdesk.domain.sheet.Letterhead;
import org.clinicdesk.domain.sheet.SheetFilter;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetRenderOptions;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code --export-sheet}: writes the current approved version of a sheet as a PDF, or says why it cannot. */
final class ExportSheetCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ExportSheetCommand.class);
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    ExportSheetCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(Path dataDir, boolean demo, LaunchOptions.SheetExport export) {
        try {
            DataDirectory.prepare(dataDir);
            try (InstanceLock lock = InstanceLock.acquire(dataDir);
                 AppContext context = AppContext.open(dataDir, demo, clock)) {
                context.currentUser().actAsCommandLine();
                if (demo) {
                    DemoSetup.ensureDemoData(context);
                }
                BundledSheets.ensureLoaded(context);
                return export(context, export);
            }
        } catch (ClinicDeskException e) {
            LOG.warn("--export-sheet refused: {}", e.getMessage());
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            LOG.error("--export-sheet failed", e);
            err.println("The export failed: " + e.getMessage());
            return 1;
        }
    }

    private int export(AppContext context, LaunchOptions.SheetExport export) {
        HandoutService handouts = context.handoutService();
        Optional<SheetVersion> approved = handouts.approved(export.slug(), export.language());
        if (approved.isEmpty()) {
            boolean known = context.sheetService().library(SheetFilter.ALL).stream()
                    .anyMatch(v -> v.slug().equals(export.slug()) && v.language().equalsIgnoreCase(export.language()));
            err.println(known ? "The sheet " + export.slug() + " (" + export.language() + ") has no approved version yet."
                    + " A clinician must review and approve it before it can be printed."
                    : "There is no sheet called " + export.slug() + " in language " + export.language() + ".");
            return 1;
        }
        SheetVersion sheet = HandoutService.checkForPatient(approved.get(), LocalDate.now(clock));
        Centre centre = centre(context, export.centre());
        String clinicName = context.clinicService().clinic().map(Clinic::name).orElse("");
        SheetRenderOptions options = new SheetRenderOptions(Letterhead.of(clinicName, centre), SheetPageSize.A4, false, context.demo());
        OutputTarget target = new OutputTarget(export.pdf().toAbsolutePath(), export.force());
        context.outputs().check(target);
        byte[] pdf = context.sheetRenderer().renderAll(List.of(sheet), options);
        Path file = context.outputs().write(target, OutputFiles.Contents.NO_PERSONAL_DATA, out -> out.write(pdf));
        handouts.recordExport(sheet);
        int pages = SheetPdfRenderer.pageCount(pdf);
        out.println("Wrote " + file + ": " + sheet.title() + ", version " + sheet.version() + " (" + sheet.language()
                + "), " + pages + (pages == 1 ? " page." : " pages."));
        return 0;
    }

    /** The centre named (exactly, else the first whose name contains it), or this desk's when none is named. */
    static Centre centre(AppContext context, Optional<String> name) {
        if (name.isEmpty()) {
            return context.clinicService().deskCentre().orElse(null);
        }
        String wanted = name.get().strip().toLowerCase(Locale.ROOT);
        List<Centre> centres = context.clinicService().centres();
        return centres.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .or(() -> centres.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(wanted)).findFirst())
                .orElseThrow(() -> new ClinicDeskException(UserMessage.of("app.error.noSuchCentre", name.get(),
                        String.join(", ", centres.stream().map(Centre::name).toList()))));
    }
}
