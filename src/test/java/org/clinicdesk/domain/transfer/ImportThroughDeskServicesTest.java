package org.clinicdesk.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.ImportFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import saves through the desk's enquiry service: the form's rules refuse what the form refuses, each enquiry
 * gets its timeline line and audit entry, and a row that may be someone on file (same phone or a similar name) is
 * shown in the check and flagged for a look after import, never merged.
 */
class ImportThroughDeskServicesTest {
    @TempDir
    Path dir;
    private Database db;
    private ImportFixture f;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        f = new ImportFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long deskSave(String name, String phone) {
        return f.enquiries.save(Enquiry.builder().fullName(name).phone(phone).channel(Channel.PHONE)
                .centreId(f.bangalore).consentMethod(ConsentMethod.SPOKEN).build()).id();
    }

    private ImportCheck check(String csv) {
        CsvTable t = ImportFixture.csv(csv);
        return f.imports.check(t, ColumnMapping.guess("", t.headers()).withConsentForAll("SPOKEN"), Progress.NONE);
    }

    @Test
    void theFormsRulesRefuseWhatTheFormRefusesAndNameTheColumn() {
        ImportCheck c = check("""
                Name,Mobile,Alternate mobile,Source,Centre
                Referred Nobody,98450 10001,,referral,Bangalore
                Same Twice,98450 10002,+91 98450 10002,phone,Bangalore
                Fine Row,98450 10003,,phone,Bangalore
                """);

        assertThat(c.valid()).extracting(ImportedEnquiry::fullName).containsExactly("Fine Row");
        assertThat(c.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Referrer",
                        "Enter who referred the person (a doctor's or hospital's name)."),
                org.assertj.core.groups.Tuple.tuple(3, "Alternate mobile",
                        "The other phone is the same number as the phone; leave it empty."));
    }

    @Test
    void eachImportedEnquiryHasTheTimelineAndAuditADeskSaveGivesIt() {
        f.imports.importChecked(check("""
                Name,Mobile,Source,Centre
                Kavitha Rao,98450 20001,WhatsApp,Bangalore
                """), false, Progress.NONE);

        EnquirySummary saved = f.enquiries.search(org.clinicdesk.domain.enquiry.EnquiryQuery.ALL, 0, 10).getFirst();
        List<TimelineEntry> timeline = f.enquiries.timeline(saved.id());
        assertThat(timeline).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.CREATED);
        List<String> details = db.read(ctx -> ctx.select(ENQUIRY_EVENT.DETAIL).from(ENQUIRY_EVENT)
                .fetch(ENQUIRY_EVENT.DETAIL));
        assertThat(details).containsExactly("WHATSAPP");
        List<String> audited = db.read(ctx -> ctx.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY_ID).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID).fetch(r -> r.value1() + " " + r.value2()));
        assertThat(audited).containsExactly("CREATE " + saved.id(), "IMPORT null");
    }

    @Test
    void possibleReturningCallersAreShownInTheCheckAndFlaggedAfterImportNeverMerged() {
        long kavitha = deskSave("Kavitha Rao", "98450 30001");
        long imran = deskSave("Mohammed Imran", "98480 30002");

        ImportCheck c = check("""
                Name,Mobile,Source,Centre
                Kavita Rao,98450 39999,phone,Bangalore
                Fatima Imran,98480 30002,phone,Bangalore
                Meena Iyer,98450 30003,walk-in,Bangalore
                Arjun Iyer,98450 30003,walk-in,Bangalore
                Suresh Kumar,98450 30004,walk-in,Bangalore
                """);

        assertThat(c.toLookAt()).containsExactly(2, 3, 5);
        assertThat(c.warnings()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Name"), org.assertj.core.groups.Tuple.tuple(3, "Mobile"),
                org.assertj.core.groups.Tuple.tuple(5, "Mobile"));
        assertThat(c.warnings().get(0).message()).startsWith("May be the same person as enquiry #" + kavitha
                + " “Kavitha Rao” (similar name)");
        assertThat(c.warnings().get(1).message()).startsWith("May be the same person as enquiry #" + imran
                + " “Mohammed Imran” (same phone)");
        assertThat(c.warnings().get(2).message()).startsWith("May be the same person as row 4 of this file “Meena Iyer”"
                + " (same phone)");

        f.imports.importChecked(c, false, Progress.NONE);

        List<EnquirySummary> toLookAt = f.enquiries.toCheck(0, 10);
        assertThat(toLookAt).extracting(EnquirySummary::fullName).containsExactly("Kavita Rao", "Fatima Imran",
                "Arjun Iyer");
        long kavita = toLookAt.get(0).id();
        long meena = idOf("Meena Iyer");
        assertThat(f.enquiries.openMatchCheck(kavita).orElseThrow().matchedIds()).containsExactly(kavitha);
        assertThat(f.enquiries.openMatchCheck(toLookAt.get(1).id()).orElseThrow().matchedIds()).containsExactly(imran);
        assertThat(f.enquiries.openMatchCheck(toLookAt.get(2).id()).orElseThrow().matchedIds()).containsExactly(meena);
        assertThat(f.enquiries.openMatchCheck(meena)).isEmpty();
        // nothing merged: each imported row is its own person until someone decides
        for (EnquirySummary s : f.enquiries.search(org.clinicdesk.domain.enquiry.EnquiryQuery.ALL, 0, 20)) {
            assertThat(s.personId()).as(s.fullName()).isEqualTo(s.id());
        }
        assertThat(f.enquiries.timeline(kavita)).extracting(TimelineEntry::kind)
                .contains(TimelineEntry.Kind.CREATED);

        // the desk decides, as for any enquiry saved without a decision
        Enquiry linked = f.enquiries.resolveMatchCheck(kavita, kavitha);
        assertThat(linked.personId()).isEqualTo(kavitha);
        assertThat(f.enquiries.toCheck(0, 10)).extracting(EnquirySummary::id).doesNotContain(kavita);
        assertThat(Set.copyOf(f.enquiries.returningCallers("", "", "Kavita Rao", kavita).stream()
                .map(r -> r.enquiry().id()).toList())).contains(kavitha);
    }

    private long idOf(String name) {
        return f.enquiries.search(org.clinicdesk.domain.enquiry.EnquiryQuery.ALL, 0, 50).stream()
                .filter(s -> s.fullName().equals(name)).findFirst().orElseThrow().id();
    }
}
