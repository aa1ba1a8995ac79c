package org.clinicdesk.ui.privacy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.privacy.ConsentNotice;
import org.clinicdesk.domain.privacy.ConsentNoticeDocument;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** The consent notice at the desk: read it out, print it, or save it as a PDF for the visitor. */
public final class ConsentNoticeViewModel {
    private final PrivacyService privacy;
    private final ConsentNoticeDocument document;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty clinicName = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();

    public ConsentNoticeViewModel(PrivacyService privacy, ConsentNoticeDocument document, TaskRunner tasks,
                                  DialogService dialogs) {
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
        Optional<Path> file = dialogs.chooseFileToSave(Messages.get("consent.savePdf"), "consent-notice.pdf",
                Messages.get("consent.pdfFiles"), "pdf");
        if (file.isEmpty()) {
            return;
        }
        String name = clinicName.get();
        String text = notice.get();
        ConsentNotice printable = new ConsentNotice(Messages.format("consent.pdf.title", name), name,
                Messages.get("consent.pdf.heading"), text,
                Messages.format("consent.pdf.printed", DateFormats.ISO_DATE.format(LocalDate.now())));
        tasks.run(() -> document.write(printable, file.get()),
                () -> status.set(Messages.format("consent.saved", file.get().getFileName().toString())), errors::show);
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
