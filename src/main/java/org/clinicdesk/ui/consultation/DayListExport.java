package org.clinicdesk.ui.consultation;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.consultation.ConsultationStatus;
import org.clinicdesk.domain.consultation.DayList;
import org.clinicdesk.domain.consultation.DayListDocument;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.SaveTargets;
import org.clinicdesk.ui.common.TaskRunner;

/** The day list of the centre and day shown in the diary, as data for the printer and as a PDF file. */
public final class DayListExport {
    private final DiaryViewModel diary;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final DayListDocument document;
    private final OutputFiles outputs;

    public DayListExport(DiaryViewModel diary, DayListDocument document, OutputFiles outputs, DialogService dialogs,
                         TaskRunner tasks) {
        this.outputs = outputs;
        this.document = document;
        this.diary = diary;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    /** Time / name / phone / clinician / status of every consultation of the day, rescheduled ones left out. */
    public DayList dayList() {
        Centre centre = diary.centreProperty().get();
        String centreName = centre == null ? "" : centre.name();
        List<DayList.Row> rows = diary.day().stream()
                .filter(c -> c.status() != ConsultationStatus.RESCHEDULED)
                .sorted(Comparator.comparing((org.clinicdesk.domain.consultation.Consultation c) -> c.start())
                        .thenComparing(c -> diary.clinicianName(c.clinicianId())))
                .map(c -> new DayList.Row(c.start().toLocalTime().format(DateFormats.TIME), c.personName(),
                        StatusLabels.phone(c.phone()), diary.clinicianName(c.clinicianId()),
                        StatusLabels.text(c.status()) + (c.mode() == org.clinicdesk.domain.consultation.ConsultationMode.IN_PERSON
                                ? "" : " (" + StatusLabels.mode(c.mode()) + ")")))
                .toList();
        String printed = diary.nowProperty().get() == null ? "" : diary.nowProperty().get().format(DateFormats.PRINTED);
        return new DayList(
                Messages.format("daylist.title", centreName, diary.dateProperty().get().format(DateFormats.LONG_DAY)),
                centre == null ? "" : Messages.format("daylist.subtitle", centre.address(), StatusLabels.phone(centre.phone())),
                List.of(Messages.get("daylist.col.time"), Messages.get("daylist.col.name"), Messages.get("daylist.col.phone"),
                        Messages.get("daylist.col.clinician"), Messages.get("daylist.col.status")),
                rows, Messages.format("daylist.footer", printed, rows.size()).replace("'", "''") + " · "
                        + Messages.get("daylist.page"), Messages.get("daylist.empty"));
    }

    public String suggestedFileName() {
        Centre centre = diary.centreProperty().get();
        String name = centre == null ? "centre" : centre.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return "day-list-" + name + "-" + diary.dateProperty().get() + ".pdf";
    }

    /** Asks where to save, then writes the PDF away from the FX thread. */
    public void savePdf() {
        SaveTargets.choose(dialogs, outputs, Messages.get("daylist.saveTitle"), suggestedFileName(),
                        Messages.get("daylist.pdfFiles"), "pdf")
                .ifPresent(path -> writePdf(path, written -> dialogs.showInformation(Messages.get("daylist.savedTitle"),
                        Messages.format("daylist.saved", written)),
                        failure -> dialogs.showError(Messages.get("daylist.failedTitle"),
                                Messages.format("daylist.failed", String.valueOf(Messages.describe(failure))))));
    }

    /** Writes the day list (names and phones: owner-only, audited with the row count once it is in place). */
    public void writePdf(OutputTarget target, Consumer<Path> onWritten, Consumer<Throwable> onFailure) {
        DayList list = dayList();
        tasks.run(() -> outputs.write(target, OutputFiles.Contents.PERSONAL_DATA, out -> document.write(list, out),
                new OutputFiles.AuditNote(AuditAction.PDF_EXPORT, "consultation", null,
                        "day list saved, rows=" + list.rows().size())), onWritten, onFailure);
    }
}
