package org.clinicdesk.ui.consultation;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.consultation.BookingSlip;
import org.clinicdesk.domain.consultation.BookingSlipService;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.SlipPaper;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.sheet.HandoutMethod;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.LanguageNames;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.SaveTargets;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * The booking slip of one consultation: in the visitor's language (the enquiry's, English when not asked), on A5 or
 * A4, printed or saved as a PDF to send on WhatsApp; each slip given is noted on the enquiry's timeline.
 */
public final class BookingSlipViewModel {
    private final BookingSlipService slips;
    private final SlipPrinter printer;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final OutputFiles outputs;
    private final ObjectProperty<Consultation> consultation = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    private final ObjectProperty<SlipPaper> paper = new SimpleObjectProperty<>(SlipPaper.A5);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public BookingSlipViewModel(BookingSlipService slips, SlipPrinter printer, OutputFiles outputs,
                                DialogService dialogs, TaskRunner tasks) {
        this.slips = slips;
        this.outputs = outputs;
        this.printer = printer;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    /** Starts on this consultation, in its visitor's language. */
    public void open(Consultation c) {
        consultation.set(c);
        status.set("");
        language.set(Language.ENGLISH);
        busy.set(true);
        tasks.run(() -> slips.languageFor(c.enquiryId()), l -> {
            busy.set(false);
            language.set(l);
        }, this::failed);
    }

    /** Prints the slip; without a printer, offers the PDF instead. */
    public void print() {
        if (!printer.available()) {
            if (dialogs.confirm(Messages.get("print.noPrinter.title"), Messages.get("print.noPrinter.message"))) {
                savePdf();
            }
            return;
        }
        Consultation c = consultation.get();
        Language l = language.get();
        SlipPaper p = paper.get();
        busy.set(true);
        status.set("");
        tasks.run(() -> {
            BookingSlip slip = slips.slip(c.id(), l, p);
            return new ForPrinter(slip, printer.pages(slips.pdf(slip)));
        }, ready -> {
            SlipPrinter.Outcome outcome = printer.print(ready.pages(), p, Messages.get("bookingSlip.jobName"));
            if (outcome != SlipPrinter.Outcome.PRINTED) {
                busy.set(false);
                status.set(outcome == SlipPrinter.Outcome.CANCELLED ? "" : Messages.get("print.failed"));
                return;
            }
            tasks.run(() -> slips.recordGiven(ready.slip(), HandoutMethod.PRINTED),
                    () -> done(Messages.format("bookingSlip.printed", LanguageNames.of(l), p.name())), this::failed);
        }, this::failed);
    }

    /** Asks where to save, then writes the slip's PDF there and notes it; nothing happens if the person cancels. */
    public void savePdf() {
        Consultation c = consultation.get();
        Language l = language.get();
        SlipPaper p = paper.get();
        Optional<OutputTarget> target = SaveTargets.choose(dialogs, outputs, Messages.get("bookingSlip.save.title"),
                suggestedFileName(c, l), Messages.get("bookingSlip.save.filter"), "pdf");
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set("");
        tasks.run(() -> slips.savePdf(slips.slip(c.id(), l, p), target.get()), saved -> done(Messages.format("bookingSlip.saved", saved.getFileName().toString(), LanguageNames.of(l))),
                this::failed);
    }

    /** "booking-slip-2026-12-04-1030-te.pdf": no name in it, the file may sit in a shared folder. */
    static String suggestedFileName(Consultation c, Language l) {
        return "booking-slip-" + c.day() + "-" + c.start().toLocalTime().toString().replace(":", "") + "-" + l.code()
                + ".pdf";
    }

    private void done(String message) {
        busy.set(false);
        status.set(message);
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set(Messages.failure(e));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<SlipPaper> paperProperty() {
        return paper;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Consultation> consultationProperty() {
        return consultation;
    }

    private record ForPrinter(BookingSlip slip, List<BufferedImage> pages) {
    }
}
