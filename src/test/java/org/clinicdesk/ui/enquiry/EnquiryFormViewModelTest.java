package org.clinicdesk.ui.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.document.EnquiryCsvWriter;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.testing.EnquiryTestDesk;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnquiryFormViewModelTest {
    @TempDir
    Path dir;
    EnquiryTestDesk desk;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<String> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new EnquiryTestDesk(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private EnquiryFormViewModel form() {
        EnquiryFormViewModel form = new EnquiryFormViewModel(desk.enquiries, desk.clinic, new DirectTaskRunner(), dialogs);
        form.loadReferenceData(() -> { });
        return form;
    }

    @Test
    void showsMessagesBesideFieldsAsTheUserTypesAndKeepsEverythingOnAFailedSave() {
        EnquiryFormViewModel form = form();
        assertThat(form.fields().centre().get()).isEqualTo(desk.bangalore);
        form.fields().phone().set("98450 1234");
        assertThat(form.errors().fields()).containsKeys("phone", "consent").doesNotContainKey("fullName");
        form.fields().phone().set("98450 12345");
        assertThat(form.errors().fields()).doesNotContainKey("phone").containsKey("consent");
        form.save(saved -> opened.add("saved"));
        assertThat(opened).isEmpty();
        assertThat(form.errors().fields()).containsKeys("fullName", "consent");
        assertThat(form.fields().phone().get()).isEqualTo("98450 12345");

        form.fields().fullName().set("Kavitha Rao");
        form.fields().consentMethod().set(ConsentMethod.SPOKEN);
        form.save(saved -> opened.add("saved " + saved.phone()));
        assertThat(opened).containsExactly("saved +919845012345");
        assertThat(form.storedProperty().get().version()).isEqualTo(1);
    }

    @Test
    void returningCallerCanBeLinkedAsTheSamePersonOrDismissed() {
        Enquiry earlier = desk.record("Laxmi Narayan", "98450 12345");
        Enquiry family = desk.record("Suresh Narayan", "98450 12345");
        EnquiryFormViewModel form = form();
        form.fields().fullName().set("Lakshmi Narayan");
        form.fields().phone().set("098450-12345");
        form.lookUpReturningCallers();
        assertThat(form.matches()).extracting(m -> m.enquiry().id()).containsExactlyInAnyOrder(earlier.id(), family.id());
        form.someoneElse(form.matches().stream().filter(m -> m.enquiry().id() == family.id()).findFirst().orElseThrow());
        form.samePerson(form.matches().getFirst());
        assertThat(form.matches()).isEmpty();
        form.fields().consentMethod().set(ConsentMethod.WRITTEN);
        form.save(saved -> { });
        assertThat(form.storedProperty().get().personId()).isEqualTo(earlier.id());
    }

    @Test
    void aConflictShowsWhatChangedKeepsTypingAndTakesTheirUntouchedFields() {
        Enquiry e = desk.record("Kavitha Rao", "98450 12345");
        EnquiryFormViewModel desk1 = form();
        EnquiryFormViewModel desk2 = form();
        desk1.open(e.id());
        desk2.open(e.id());
        desk1.fields().notes().set("Prefers afternoon");
        desk1.save(saved -> { });
        desk2.fields().city().set("Mysuru");
        dialogs.confirmAnswer = false;
        desk2.save(saved -> opened.add("saved"));

        assertThat(opened).isEmpty();
        assertThat(dialogs.shown).singleElement().asString().contains("Notes: Prefers afternoon");
        assertThat(desk2.fields().city().get()).isEqualTo("Mysuru");
        assertThat(desk2.fields().notes().get()).isEqualTo("Prefers afternoon");
        assertThat(desk2.errors().form().get()).isNotEmpty();

        desk2.save(saved -> opened.add("saved"));
        assertThat(opened).containsExactly("saved");
        Enquiry stored = desk.enquiries.find(e.id()).orElseThrow();
        assertThat(stored.city()).isEqualTo("Mysuru");
        assertThat(stored.notes()).isEqualTo("Prefers afternoon");
        assertThat(stored.version()).isEqualTo(3);
    }

    @Test
    void exportWarnsAboutPersonalDataAndWritesTheCurrentList() throws Exception {
        desk.record("Kavitha Rao", "98450 12345");
        desk.record("ಕಾವ್ಯ ಹೆಗ್ಡೆ", null);
        desk.currentUser.signIn(desk.manager);
        EnquiryListViewModel list = new EnquiryListViewModel(desk.enquiries, desk.followUps, EnquiryCsvWriter::new,
                desk.context.outputs(), new DirectTaskRunner(), dialogs, Runnable::run);
        dialogs.saveTo = dir.resolve("out.csv");
        list.searchTextProperty().set("ಕಾವ್ಯ");
        list.exportCsv(java.time.ZoneId.of("Asia/Kolkata"));
        assertThat(dialogs.shown.getFirst()).contains("personal data");
        String csv = Files.readString(dialogs.saveTo);
        assertThat(csv).contains("ಕಾವ್ಯ ಹೆಗ್ಡೆ").doesNotContain("Kavitha");
        assertThat(dialogs.shown.getLast()).startsWith("info: Exported 1 enquiries");
    }

    @Test
    void listPagesAndDropsStaleAnswers() {
        for (int i = 0; i < 60; i++) {
            desk.record("Person " + i, null);
        }
        EnquiryListViewModel list = new EnquiryListViewModel(desk.enquiries, desk.followUps, EnquiryCsvWriter::new,
                desk.context.outputs(), new DirectTaskRunner(), dialogs, Runnable::run);
        list.search();
        assertThat(list.rows().items()).hasSize(EnquiryListViewModel.PAGE_SIZE);
        assertThat(list.rows().hasMoreProperty().get()).isTrue();
        list.rows().loadMore();
        assertThat(list.rows().items()).hasSize(60);
        assertThat(list.rows().hasMoreProperty().get()).isFalse();
        list.searchTextProperty().set("Person 42");
        list.search();
        assertThat(list.rows().items()).extracting(s -> s.fullName()).first().isEqualTo("Person 42");
    }
}
