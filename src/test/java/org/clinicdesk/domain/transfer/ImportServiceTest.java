package org.clinicdesk.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.document.csv.CsvWriting;
import org.clinicdesk.domain.common.CancelledException;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.PermissionDeniedException;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.store.DamagedFileReader;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.jooq.tables.records.EnquiryRecord;
import org.clinicdesk.testing.ImportFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    private static final String SHEET = """
            Name,Mobile No.,Email,City,Age,Source,Centre,Remarks,Date,Follow up,Consent
            Anita Rao,98450 12345,anita@example.in,Bengaluru,34,Walk-in,Bangalore,prefers afternoon,03/11/2026,28/11/2026,written
            ಅನಿತಾ ರಾವ್,098450-22222,,Mysuru,,phone,bangalore,"call after 6, not before",2026-11-01,,yes
            محمد عمران,12345,,Hyderabad,,WhatsApp,Hyderabad,,01/11/2026,,spoken
            No Consent,98480 33333,,,,phone,Hyderabad,,01/11/2026,,no
            Bad Date,98480 44444,,,,phone,Chennai,,31/02/2026,,spoken
            Name Only,,,,,Referral: Dr Rao,Hyderabad,,,,
            """;

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

    private ColumnMapping guessed(CsvTable t) {
        return ColumnMapping.guess("old sheet", t.headers()).withConsentForAll("WRITTEN");
    }

    @Test
    void everyRowIsCheckedAndEachProblemNamesRowAndColumn() {
        CsvTable t = ImportFixture.csv(SHEET);
        ImportCheck check = f.imports.check(t, guessed(t), Progress.NONE);

        assertThat(check.totalRows()).isEqualTo(6);
        assertThat(check.valid()).extracting(e -> e.row()).containsExactly(2, 3, 7);
        assertThat(check.problems()).extracting(RowProblem::row, RowProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(4, "Mobile No."),
                org.assertj.core.groups.Tuple.tuple(5, "Consent"),
                org.assertj.core.groups.Tuple.tuple(6, "Centre"),
                org.assertj.core.groups.Tuple.tuple(6, "Date"));
        assertThat(check.problems().toString()).contains("Row 6, column \"Centre\": There is no centre called \"Chennai\"");
        assertThat(f.enquiryCount()).isZero();
        var anita = check.valid().getFirst();
        assertThat(anita.phone()).isEqualTo("+919845012345");
        assertThat(anita.consentMethod()).isEqualTo("WRITTEN");
        assertThat(check.valid().get(1).consentMethod()).as("'yes' takes the mapping's method").isEqualTo("WRITTEN");
        assertThat(check.valid().get(1).notes()).isEqualTo("call after 6, not before");
    }

    @Test
    void importsTheValidRowsInOneTransactionOrNoneWhenAllOrNothing() {
        CsvTable t = ImportFixture.csv(SHEET);
        ImportCheck check = f.imports.check(t, guessed(t), Progress.NONE);

        assertThatThrownBy(() -> f.imports.importChecked(check, true, Progress.NONE))
                .isInstanceOf(ClinicDeskException.class).hasMessageContaining("Nothing was imported")
                .hasMessageContaining("Row 4");
        assertThat(f.enquiryCount()).isZero();

        ImportResult result = f.imports.importChecked(check, false, Progress.NONE);

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(3);
        List<EnquiryRecord> rows = db.read(ctx -> ctx.selectFrom(ENQUIRY).orderBy(ENQUIRY.ID).fetch());
        assertThat(rows).extracting(EnquiryRecord::getFullName).containsExactly("Anita Rao", "ಅನಿತಾ ರಾವ್", "Name Only");
        assertThat(rows.getFirst().getCreatedAt()).isEqualTo("2026-11-03T06:30:00.000Z");
        assertThat(rows.getFirst().getNextFollowUp()).isEqualTo("2026-11-28");
        assertThat(rows.getFirst().getCentreId()).isEqualTo(f.bangalore);
        assertThat(rows.get(2).getPhone()).isNull();
        String audit = db.read(ctx -> ctx.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("IMPORT")).fetchOne(AUDIT_EVENT.SUMMARY));
        // each enquiry is audited as a desk save audits it, without personal data
        List<String> created = db.read(ctx -> ctx.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("CREATE")).and(AUDIT_EVENT.ENTITY.eq("enquiry")).fetch(AUDIT_EVENT.SUMMARY));
        assertThat(created).hasSize(3).allSatisfy(a -> assertThat(a).startsWith("channel=").doesNotContain("Anita").doesNotContain("98"));
        assertThat(audit).isEqualTo("imported 3 enquiries from CSV; 3 rows rejected; 0 already there; 0 flagged to look at; 0 columns not imported").doesNotContain("Anita");
    }

    @Test
    void aMappingWithoutConsentIsRefusedAndRowsMatchingKnownPhonesAreFlagged() {
        CsvTable t = ImportFixture.csv(SHEET);
        assertThatThrownBy(() -> f.imports.check(t, ColumnMapping.guess("x", List.of("Name", "Mobile No.", "Source",
                "Centre")), Progress.NONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("consent");

        f.imports.importChecked(f.imports.check(t, guessed(t), Progress.NONE), false, Progress.NONE);
        ImportCheck same = f.imports.check(t, guessed(t), Progress.NONE);
        assertThat(same.alreadyThere()).containsExactly(2, 3, 7);
        assertThat(same.valid()).isEmpty();

        // the same phone under another name is a new enquiry, flagged (families share phones)
        CsvTable other = ImportFixture.csv(SHEET.replace("Anita Rao,", "Anita R. Rao,"));
        ImportCheck again = f.imports.check(other, guessed(other), Progress.NONE);
        assertThat(again.alreadyThere()).containsExactly(3, 7);
        assertThat(again.warnings()).extracting(RowProblem::row).containsExactly(2);
        assertThat(again.warnings().getFirst().message()).contains("May be the same person as enquiry #")
                .contains("(same phone)").contains("nothing is merged");
        assertThat(again.toLookAt()).containsExactly(2);
    }

    @Test
    void mappingsAreRememberedByName() {
        ColumnMapping m = ColumnMapping.guess("Old enquiry book", ImportFixture.csv(SHEET).headers())
                .withConsentForAll("SPOKEN").withDefaults("PHONE", "Hyderabad");
        f.imports.saveMapping(m);
        assertThat(f.imports.mappingNames()).containsExactly("Old enquiry book");
        assertThat(f.imports.mapping("Old enquiry book")).contains(m);
    }

    @Test
    void cancellingWhileWritingLeavesNothingWritten() {
        StringBuilder csv = new StringBuilder("Name,Phone,Channel,Centre,Consent\n");
        for (int i = 0; i < 12_000; i++) {
            csv.append("Person ").append(i).append(",98450").append(String.format("%05d", i)).append(",phone,Bangalore,spoken\n");
        }
        CsvTable t = ImportFixture.csv(csv.toString());
        ImportCheck check = f.imports.check(t, ColumnMapping.guess("", t.headers()), Progress.NONE);
        assertThat(check.valid()).hasSize(12_000);
        Progress cancelsAfterFirstBatch = new Progress() {
            private long seen;

            @Override
            public void update(long done, long total, String step) {
                seen = done;
            }

            @Override
            public boolean cancelled() {
                return seen >= 5_000;
            }
        };

        assertThatThrownBy(() -> f.imports.importChecked(check, false, cancelsAfterFirstBatch))
                .isInstanceOf(CancelledException.class);
        assertThat(f.enquiryCount()).isZero();
    }

    @Test
    void nobodySignedInMayNotImportCheckOrSaveAMapping() {
        CsvTable t = ImportFixture.csv(SHEET);
        ColumnMapping mapping = guessed(t);
        ImportCheck checked = f.imports.check(t, mapping, Progress.NONE);
        f.user.signOut();
        assertThatThrownBy(() -> f.imports.importChecked(checked, false, Progress.NONE))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> f.imports.check(t, mapping, Progress.NONE)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Sign in");
        assertThatThrownBy(() -> f.imports.saveMapping(mapping.withName("old"))).isInstanceOf(PermissionDeniedException.class);
        assertThat(f.enquiryCount()).isZero();
    }

    @Test
    void receptionMayNotImport() {
        f.signIn(Role.RECEPTION);
        CsvTable t = ImportFixture.csv(SHEET);
        assertThatThrownBy(() -> f.imports.check(t, guessed(t), Progress.NONE)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void rescuedEnquiriesReimportCleanlyIntoAnotherDatabase(@TempDir Path other) throws Exception {
        CsvTable t = ImportFixture.csv(SHEET + "\"=HYPERLINK(\"\"http://x\"\")\",,,,,phone,Bangalore,\"many\nlines\",,,\n");
        f.imports.importChecked(f.imports.check(t, guessed(t), Progress.NONE), false, Progress.NONE);
        Path file = dir.resolve("enquiries.csv");
        CsvTable table = DamagedFileReader.enquiries(db);
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            new CsvWriting().write(table, out);
        }

        assertThat(table.rows()).hasSize(4);

        try (Database second = TestDb.open(other)) {
            ImportFixture g = new ImportFixture(second);
            CsvTable exported = CsvReading.read(file);
            ImportCheck check = g.imports.check(exported, ColumnMapping.guess("", exported.headers()), Progress.NONE);
            assertThat(check.problems()).isEmpty();
            g.imports.importChecked(check, true, Progress.NONE);
            var columns = List.of(ENQUIRY.FULL_NAME, ENQUIRY.PHONE, ENQUIRY.EMAIL, ENQUIRY.CITY, ENQUIRY.AGE,
                    ENQUIRY.CHANNEL, ENQUIRY.NOTES, ENQUIRY.STATUS, ENQUIRY.NEXT_FOLLOW_UP, ENQUIRY.CREATED_AT,
                    ENQUIRY.CONSENT_METHOD, ENQUIRY.CONSENT_GIVEN_AT);
            var before = db.read(ctx -> ctx.select(columns).from(ENQUIRY).orderBy(ENQUIRY.ID).fetch().intoArrays());
            var after = second.read(ctx -> ctx.select(columns).from(ENQUIRY).orderBy(ENQUIRY.ID).fetch().intoArrays());
            assertThat(after).isDeepEqualTo(before);
        }
    }
}
