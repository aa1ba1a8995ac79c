package org.clinicdesk.ui.sheet;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
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
        return print(pages, size == SheetPageSize.LETTER ? SheetPrinter.Paper.LETTER : SheetPrinter.Paper.A4, jobName);
    }

    @Override
    public Outcome print(List<BufferedImage> pages, SheetPrinter.Paper paper, String jobName) {
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
        javafx.print.Paper fxPaper = switch (paper) {
            case A4 -> javafx.print.Paper.A4;
            case A5 -> javafx.print.Paper.A5;
            case LETTER -> javafx.print.Paper.NA_LETTER;
        };
        PageLayout layout = printer.createPageLayout(fxPaper, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
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
