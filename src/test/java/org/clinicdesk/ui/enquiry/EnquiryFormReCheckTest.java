package org.clinicdesk.ui.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.testing.EnquiryTestDesk;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enquiry form checks returning callers again at save and shows a flagged enquiry's matches for a decision. */
class EnquiryFormReCheckTest {
    @TempDir
    Path dir;
    EnquiryTestDesk desk;
    EnquiryFormViewModel form;
    Enquiry mother;

    @BeforeEach
    void setUp() {
        desk = new EnquiryTestDesk(dir);
        mother = desk.record("Lakshmi Narayan", "98450 12345");
        form = new EnquiryFormViewModel(desk.enquiries, desk.clinic, new DirectTaskRunner(), new RecordingDialogs());
        form.loadReferenceData(() -> { });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Enquiry saveTypedQuickly(String name) {
        form.newEnquiry();
        form.fields().fullName().set(name);
        form.fields().phone().set("98450 12345");
        form.fields().consentMethod().set(ConsentMethod.SPOKEN);
        Enquiry[] saved = new Enquiry[1];
        // Ctrl+S before the look-up as you type had answered: no decision on the match
        form.save(e -> saved[0] = e);
        return saved[0];
    }

    @Test
    void savedWithoutADecisionTheFormShowsTheMatchAgainAndSomeoneElseClosesTheFlag() {
        Enquiry daughter = saveTypedQuickly("Priya Narayan");
        assertThat(daughter).isNotNull();
        assertThat(form.checkingProperty().get()).isTrue();
        assertThat(form.matches()).extracting(m -> m.enquiry().id()).containsExactly(mother.id());

        form.someoneElse(form.matches().getFirst());
        assertThat(desk.enquiries.openMatchCheck(daughter.id())).isEmpty();
        assertThat(form.checkingProperty().get()).isFalse();
        assertThat(desk.enquiries.timeline(daughter.id())).anyMatch(t -> t.code().equals("MATCH_OTHER"));
    }

    @Test
    void samePersonOnAFlaggedEnquiryLinksItAndClosesTheFlag() {
        Enquiry again = saveTypedQuickly("L. Narayan");
        form.samePerson(form.matches().getFirst());
        assertThat(desk.enquiries.find(again.id()).orElseThrow().personId()).isEqualTo(mother.id());
        assertThat(desk.enquiries.toCheck(0, 10)).isEmpty();
        assertThat(form.matches()).isEmpty();
    }

    @Test
    void aMatchDecidedBeforeSavingIsNotFlagged() {
        form.newEnquiry();
        form.fields().fullName().set("Ravi Narayan");
        form.fields().phone().set("98450 12345");
        form.fields().consentMethod().set(ConsentMethod.SPOKEN);
        form.lookUpReturningCallers();
        assertThat(form.matches()).hasSize(1);
        form.someoneElse(form.matches().getFirst());
        Enquiry[] saved = new Enquiry[1];
        form.save(e -> saved[0] = e);
        assertThat(desk.enquiries.openMatchCheck(saved[0].id())).isEmpty();
        assertThat(form.checkingProperty().get()).isFalse();
    }
}
