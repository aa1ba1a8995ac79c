package org.clinicdesk.ui.report;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.report.DateRange;
import org.clinicdesk.domain.report.RangePreset;
import org.clinicdesk.domain.report.Report;
import org.clinicdesk.domain.report.ReportKind;
import org.clinicdesk.domain.report.ReportService;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.SaveTargets;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * The Reports screen: which report, over which range (a preset or two dates) and centre (null: all); the report
 * worked out away from the FX thread each time a choice changes; CSV, PDF and print of what is shown.
 */
public final class ReportsViewModel {
    private final ReportService service;
    private final OutputFiles outputs;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReportPrinter printer;
    private final ObservableList<ReportKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<Centre> centres = FXCollections.observableArrayList();
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<RangePreset> preset = new SimpleObjectProperty<>(RangePreset.THIS_MONTH);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Centre> centre = new SimpleObjectProperty<>();
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private LocalDate today;
    private boolean settingRange;
    private int asked;

    public ReportsViewModel(ReportService service, OutputFiles outputs, TaskRunner tasks, DialogService dialogs,
                            ReportPrinter printer) {
        this.service = service;
        this.outputs = outputs;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.printer = printer;
        kind.addListener((o, a, b) -> refresh());
        centre.addListener((o, a, b) -> refresh());
        preset.addListener((o, a, b) -> {
            if (b != RangePreset.CUSTOM) {
                applyPreset();
            }
        });
        from.addListener((o, a, b) -> datesTyped());
        to.addListener((o, a, b) -> datesTyped());
    }

    /** Reads which reports this person may see, the centres and the clinic's today, then shows the report. */
    public void load() {
        tasks.run(() -> new Start(service.available(), service.centres(), service.today()), start -> {
            today = start.today();
            centres.setAll(start.centres());
            if (from.get() == null || preset.get() != RangePreset.CUSTOM) {
                setRange(preset.get().range(today, null));
            }
            kinds.setAll(start.kinds());
            loaded.set(true);
            ReportKind wanted = kinds.contains(kind.get()) ? kind.get() : kinds.isEmpty() ? null : kinds.getFirst();
            if (wanted == kind.get()) {
                refresh();
            } else {
                kind.set(wanted);
            }
        }, this::failed);
    }

    private record Start(List<ReportKind> kinds, List<Centre> centres, LocalDate today) {
    }

    private void applyPreset() {
        if (today != null) {
            setRange(preset.get().range(today, null));
            refresh();
        }
    }

    private void setRange(DateRange range) {
        settingRange = true;
        from.set(range.from());
        to.set(range.to());
        settingRange = false;
    }

    private void datesTyped() {
        if (settingRange) {
            return;
        }
        preset.set(RangePreset.CUSTOM);
        refresh();
    }

    /** Works the chosen report out again; an answer to an earlier choice is dropped. */
    public void refresh() {
        ReportKind chosen = kind.get();
        if (chosen == null || today == null || settingRange) {
            return;
        }
        DateRange range;
        try {
            range = new DateRange(from.get(), to.get());
        } catch (RuntimeException e) {
            status.set(Messages.describe(e));
            report.set(null);
            return;
        }
        Centre at = centre.get();
        int ask = ++asked;
        busy.set(true);
        status.set(Messages.get("report.screen.working"));
        tasks.run(() -> service.run(chosen, range, at), r -> {
            if (ask == asked) {
                busy.set(false);
                status.set("");
                report.set(r);
            }
        }, e -> {
            if (ask == asked) {
                failed(e);
            }
        });
    }

    public void exportCsv() {
        Report shown = report.get();
        if (shown == null) {
            return;
        }
        SaveTargets.choose(dialogs, outputs, Messages.get("report.screen.chooseCsv"), fileName(shown, "csv"),
                Messages.get("report.screen.csvFiles"), "csv").ifPresent(file -> tasks.run(
                () -> service.exportCsv(shown, file),
                written -> status.set(Messages.format("report.screen.exported", written)), this::failed));
    }

    public void savePdf() {
        Report shown = report.get();
        if (shown == null) {
            return;
        }
        SaveTargets.choose(dialogs, outputs, Messages.get("report.screen.choosePdf"), fileName(shown, "pdf"),
                Messages.get("report.screen.pdfFiles"), "pdf").ifPresent(file -> tasks.run(
                () -> service.savePdf(shown, file),
                written -> status.set(Messages.format("report.screen.savedPdf", written)), this::failed));
    }

    /** Lays the report out as its PDF, then prints those pages; with no printer, offers the PDF instead. */
    public void print() {
        Report shown = report.get();
        if (shown == null) {
            return;
        }
        tasks.run(() -> printer.pages(service.pdf(shown)), pages -> printPages(shown, pages), this::failed);
    }

    private void printPages(Report shown, List<BufferedImage> pages) {
        switch (printer.print(pages, Messages.format(shown.title()))) {
            case PRINTED -> tasks.run(() -> service.printed(shown),
                    () -> status.set(Messages.get("report.screen.printed")), this::failed);
            case CANCELLED -> status.set(Messages.get("report.screen.printCancelled"));
            case NO_PRINTER -> {
                if (dialogs.confirm(Messages.get("report.screen.noPrinterTitle"), Messages.get("report.screen.noPrinter"))) {
                    savePdf();
                }
            }
            case FAILED -> status.set(Messages.get("report.screen.printFailed"));
        }
    }

    /** "report-funnel-2026-11-01-to-2026-11-30.csv". */
    static String fileName(Report r, String extension) {
        return "report-" + r.kind().commandName() + "-" + r.range().from() + "-to-" + r.range().to() + "." + extension;
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set(Messages.failure(e));
    }

    public ObservableList<ReportKind> kinds() {
        return kinds;
    }

    public ObservableList<Centre> centres() {
        return centres;
    }

    public ObjectProperty<ReportKind> kind() {
        return kind;
    }

    public ObjectProperty<RangePreset> preset() {
        return preset;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    /** null: every centre. */
    public ObjectProperty<Centre> centre() {
        return centre;
    }

    public ReadOnlyObjectProperty<Report> report() {
        return report;
    }

    /** True once the start has been read: then an empty {@link #kinds()} means this person may read no report. */
    public ReadOnlyBooleanProperty loaded() {
        return loaded;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    public ReadOnlyStringProperty status() {
        return status;
    }
}
