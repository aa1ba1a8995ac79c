package org.clinicdesk.ui.sheet;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.clinicdesk.domain.sheet.HandoutMethod;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.sheet.SheetOutput;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.SaveTargets;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * Print, or save as one PDF, a batch of sheets: the one flow Give sheets and the library share. The PDF is rendered
 * (and the print rules checked) off the FX thread, printed through {@link SheetPrinter} or written to the file the
 * person chose, then logged; callbacks arrive on the FX thread with a typed {@link Result}.
 */
final class SheetDelivery {
    /** What happened to a batch. */
    sealed interface Result {
        /** Printed and logged. */
        record Printed() implements Result {
        }

        /** Saved to {@code file} and logged. */
        record Saved(Path file) implements Result {
        }

        /** The printer did not print it (cancelled in the print dialog, or failed); nothing was logged. */
        record NotPrinted(boolean cancelled) implements Result {
        }
    }

    /**
     * @param patientCopiesOnly refuse anything but patient copies (Give sheets); else a reviewer gets review copies
     * @param enquiryId the enquiry the handouts are logged against; null for a walk-in or the library
     */
    record Batch(List<SheetVersion> sheets, SheetPageSize size, boolean patientCopiesOnly, Long enquiryId,
                 String jobName, String fileName) {
    }

    private final SheetOutput output;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SheetPrinter printer;

    SheetDelivery(SheetOutput output, TaskRunner tasks, DialogService dialogs, SheetPrinter printer) {
        this.output = output;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.printer = printer;
    }

    /**
     * Prints the batch in one job. Without a printer, offers to save a PDF instead (then as {@link #savePdf}).
     * {@code started} runs just before the work leaves the FX thread.
     */
    void print(Batch batch, Runnable started, Consumer<Result> done, Consumer<Throwable> failed) {
        if (!printer.available()) {
            if (dialogs.confirm(Messages.get("print.noPrinter.title"), Messages.get("print.noPrinter.message"))) {
                savePdf(batch, started, done, failed);
            }
            return;
        }
        started.run();
        tasks.run(() -> {
            SheetOutput.Rendered rendered = output.render(batch.sheets(), batch.size(), batch.patientCopiesOnly());
            return new ForPrinter(rendered, output.pages(rendered.pdf(), SheetPrinter.PRINT_DPI));
        }, ready -> {
            SheetPrinter.Outcome outcome = printer.print(ready.pages(), batch.size(), batch.jobName());
            if (outcome == SheetPrinter.Outcome.PRINTED) {
                tasks.run(() -> output.record(ready.rendered(), batch.enquiryId(), HandoutMethod.PRINTED),
                        () -> done.accept(new Result.Printed()), failed);
            } else {
                done.accept(new Result.NotPrinted(outcome == SheetPrinter.Outcome.CANCELLED));
            }
        }, failed);
    }

    /** Asks where to save, then writes the batch as one PDF and logs it; nothing happens if the person cancels. */
    void savePdf(Batch batch, Runnable started, Consumer<Result> done, Consumer<Throwable> failed) {
        Optional<OutputTarget> file = SaveTargets.choose(dialogs, output.outputs(), Messages.get("sheets.savePdf.title"),
                batch.fileName(), Messages.get("sheets.savePdf.filter"), "pdf");
        if (file.isEmpty()) {
            return;
        }
        started.run();
        tasks.run(() -> {
            SheetOutput.Rendered rendered = output.render(batch.sheets(), batch.size(), batch.patientCopiesOnly());
            Path saved = output.save(rendered, file.get());
            output.record(rendered, batch.enquiryId(), HandoutMethod.PDF);
            return saved;
        }, saved -> done.accept(new Result.Saved(saved)), failed);
    }

    /** The status line for a batch the printer did not print: nothing when the person cancelled. */
    static String notPrinted(Result.NotPrinted result) {
        return result.cancelled() ? "" : Messages.get("print.failed");
    }

    private record ForPrinter(SheetOutput.Rendered rendered, List<BufferedImage> pages) {
    }
}
