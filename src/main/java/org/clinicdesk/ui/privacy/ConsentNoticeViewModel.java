package org.clinicdesk.ui.privacy;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.privacy.ConsentNotice;
import org.clinicdesk.domain.privacy.ConsentNoticeDocument;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.SaveTargets;
import org.clinicdesk.ui.common.TaskRunner;

/** The consent notice at the desk: read it out, print it, or save it as a PDF for the visitor. */
public final class ConsentNoticeViewModel {
    private final PrivacyService privacy;
    private final ConsentNoticeDocument document;
    private final OutputFiles outputs;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty clinicName = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();

    public ConsentNoticeViewModel(PrivacyService privacy, ConsentNoticeDocument document, OutputFiles outputs,
                                  TaskRunner tasks, DialogService dialogs) {
        this.outputs = outputs;
        this.privacy = privacy;
        this.document = document;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void load() {
        tasks.run(privacy::clinic, clinic -> {
            clinicName.set(clinic.map(Clinic::name).orElse(""));
            String text = clinic.map(Clinic::consentNotice).orElse("");
            notice.set(text.isBlank() ? Messages.get("consent.noNotice") : text);
        }, errors::show);
    }

    public void savePdf() {
        Optional<OutputTarget> file = SaveTargets.choose(dialogs, outputs, Messages.get("consent.savePdf"),
                "consent-notice.pdf", Messages.get("consent.pdfFiles"), "pdf");
        if (file.isEmpty()) {
            return;
        }
        String name = clinicName.get();
        String text = notice.get();
        ConsentNotice printable = new ConsentNotice(Messages.format("consent.pdf.title", name), name,
                Messages.get("consent.pdf.heading"), text,
                Messages.format("consent.pdf.printed", DateFormats.ISO_DATE.format(LocalDate.now())));
        tasks.run(() -> outputs.write(file.get(), OutputFiles.Contents.NO_PERSONAL_DATA,
                        out -> document.write(printable, out)),
                written -> status.set(Messages.format("consent.saved", written.getFileName().toString())), errors::show);
    }

    public StringProperty clinicNameProperty() {
        return clinicName;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public FormErrors errors() {
        return errors;
    }

    public DialogService dialogs() {
        return dialogs;
    }
}
