package org.clinicdesk.ui.consultation;

import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clinicdesk.domain.consultation.DayList;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.Messages;

/** Prints the day list on this PC's printer; with no printer set up, says so and offers the PDF instead. */
final class DayListPrintout {
    private static final double[] SHARES = {9, 31, 20, 24, 16};

    private DayListPrintout() {
    }

    static void print(DayListExport export, DialogService dialogs, Window owner) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            if (dialogs.confirm(Messages.get("daylist.noPrinterTitle"), Messages.get("daylist.noPrinter"))) {
                export.savePdf();
            }
            return;
        }
        if (!job.showPrintDialog(owner)) {
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT);
        VBox page = page(export.dayList(), layout.getPrintableWidth());
        // printing from inside a layout pass throws; leave the current pulse first
        javafx.application.Platform.runLater(() -> {
            boolean ok = job.printPage(layout, page) && job.endJob();
            if (!ok) {
                dialogs.showError(Messages.get("daylist.failedTitle"), Messages.get("daylist.printFailed"));
            }
        });
    }

    static VBox page(DayList list, double width) {
        Label title = new Label(list.title());
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        Label subtitle = new Label(list.subtitle());
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(3);
        for (double share : SHARES) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(share);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < list.headings().size(); i++) {
            Label h = new Label(list.headings().get(i));
            h.setStyle("-fx-font-weight: bold; -fx-border-color: transparent transparent black transparent;");
            grid.add(h, i, 0);
        }
        int row = 1;
        for (DayList.Row r : list.rows()) {
            String[] cells = {r.time(), r.name(), r.phone(), r.clinician(), r.status()};
            for (int i = 0; i < cells.length; i++) {
                grid.add(new Label(cells[i]), i, row);
            }
            row++;
        }
        VBox page = new VBox(8, title, subtitle, list.rows().isEmpty() ? new Label(list.empty()) : grid);
        page.setPadding(new Insets(4));
        page.setPrefWidth(width);
        page.setStyle("-fx-font-size: 10px; -fx-background-color: white;");
        return page;
    }
}
