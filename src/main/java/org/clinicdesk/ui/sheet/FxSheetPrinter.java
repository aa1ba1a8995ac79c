package org.clinicdesk.ui.sheet;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints the sheet's own PDF pages (as images) with JavaFX printing, after the system print dialog. */
public final class FxSheetPrinter implements SheetPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(FxSheetPrinter.class);
    private final Supplier<Window> owner;

    public FxSheetPrinter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean available() {
        return Printer.getDefaultPrinter() != null;
    }

    @Override
    public Outcome print(List<BufferedImage> pages, SheetPageSize size, String jobName) {
        PrinterJob job = available() ? PrinterJob.createPrinterJob() : null;
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(size == SheetPageSize.LETTER ? Paper.NA_LETTER : Paper.A4,
                PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        for (BufferedImage page : pages) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                LOG.warn("Printing page failed: {}", job.getJobStatus());
                job.cancelJob();
                return Outcome.FAILED;
            }
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }
}
