package org.clinicdesk.ui.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.domain.enquiry.CloseReason;
import org.clinicdesk.domain.enquiry.ContactKind;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.testing.EnquiryTestDesk;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnquiryActionsViewModelTest {
    @TempDir
    Path dir;
    EnquiryTestDesk desk;
    EnquiryFormViewModel form;
    EnquiryActionsViewModel actions;
    List<String> links = new ArrayList<>();
    int changes;

    @BeforeEach
    void open() {
        desk = new EnquiryTestDesk(dir);
        form = new EnquiryFormViewModel(desk.enquiries, desk.clinic, new DirectTaskRunner(), new RecordingDialogs());
        actions = new EnquiryActionsViewModel(desk.enquiries, new DirectTaskRunner(), links::add, form);
        actions.setOnChanged(() -> changes++);
        form.loadReferenceData(() -> { });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void closingNeedsAReasonAndKeepsWhatIsTyped() {
        Enquiry e = desk.record("Kavitha Rao", "98450 12345");
        form.open(e.id());
        form.fields().notes().set("typed but not saved");
        actions.nextStatusProperty().set(EnquiryStatus.CLOSED);
        actions.changeStatus();
        assertThat(actions.errors().fields()).containsKey("closeReason");
        actions.closeReasonProperty().set(CloseReason.COST);
        actions.changeStatus();
        assertThat(form.storedProperty().get().status()).isEqualTo(EnquiryStatus.CLOSED);
        assertThat(form.fields().notes().get()).isEqualTo("typed but not saved");
        assertThat(actions.timeline()).extracting(TimelineEntry::code).contains("STATUS", "CREATED");
        assertThat(changes).isEqualTo(1);
        // the typed note still saves on top of the new version
        form.save(saved -> { });
        assertThat(desk.enquiries.find(e.id()).orElseThrow().notes()).isEqualTo("typed but not saved");
    }

    @Test
    void logsACallWithDefaultFollowUpAndOpensWhatsAppAndTelLinks() {
        Enquiry e = desk.record("Kavitha Rao", "98450 12345");
        form.open(e.id());
        assertThat(actions.contactKindProperty().get()).isEqualTo(ContactKind.CALL);
        actions.contactNoteProperty().set("Will come Friday");
        actions.logContact();
        Enquiry after = form.storedProperty().get();
        assertThat(after.status()).isEqualTo(EnquiryStatus.CONTACTED);
        assertThat(after.nextFollowUp()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(form.fields().nextFollowUp().get()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(actions.contactNoteProperty().get()).isEmpty();

        actions.openWhatsApp();
        actions.call();
        assertThat(links).containsExactly(
                "https://wa.me/919845012345?text=Hello%20Kavitha%20Rao%2C%20this%20is%20Bangalore.%2012%20MG%20Road",
                "tel:+919845012345");
    }
}
