package org.clinicdesk.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.CENTRE;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.ImportFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a clinic's own spreadsheet, as it really is, read cell by cell. */
class MovingInImportTest {
    @TempDir
    Path dir;
    private Database db;
    private ImportFixture f;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        f = new ImportFixture(db); // centres "Bangalore" and "Hyderabad", each in the city of that name
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportCheck check(String csv) {
        CsvTable t = ImportFixture.csv(csv);
        return f.imports.check(t, ColumnMapping.guess("", t.headers()).withConsentForAll("SPOKEN"), Progress.NONE);
    }

    @Test
    void centresByNameOrByCityWithTheOldAndNewNamesOfACityAndMessagesInTheClinicsCasing() {
        db.writeVoid(ctx -> ctx.update(CENTRE).set(CENTRE.NAME, "Indiranagar").set(CENTRE.CITY, "Bengaluru")
                .where(CENTRE.ID.eq(f.bangalore)).execute());
        ImportCheck c = check("Name,Channel,Branch\nA,phone,Bangalore\nB,phone,BENGALŪRU\nC,phone,indiranagar\n"
                + "D,phone,Secunderabad\nE,phone,Chennai\n");
        assertThat(c.valid()).extracting(ImportedEnquiry::centreId)
                .containsExactly(f.bangalore, f.bangalore, f.bangalore, f.hyderabad);
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("There is no centre called \"Chennai\"").contains("Hyderabad (Hyderabad), Indiranagar (Bengaluru)"));

        db.writeVoid(ctx -> ctx.update(CENTRE).set(CENTRE.CITY, "Bengaluru").where(CENTRE.ID.eq(f.hyderabad)).execute());
        assertThat(check("Name,Channel,Centre\nA,phone,Bangalore\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("has several centres; write the centre's name"));
    }

    @Test
    void channelsAsClinicsWriteThemAndReferralsWithTheirReferrer() {
        ImportCheck c = check("Name,Lead Source,Centre\nA,Referral: Dr Rao,Hyderabad\nB,Referred by Dr. Rao,Hyderabad\n"
                + "C,Ref - Dr Rao,Hyderabad\nD,walk in,Hyderabad\nE,Walkin,Hyderabad\nF,Telephone,Hyderabad\n"
                + "G,WA,Hyderabad\nH,WhatsApp msg,Hyderabad\nI,Website form,Hyderabad\nJ,Google form,Hyderabad\n"
                + "K,mail,Hyderabad\nL,call,Hyderabad\nM,web,Hyderabad\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.valid()).extracting(ImportedEnquiry::channel).containsExactly("REFERRAL", "REFERRAL", "REFERRAL",
                "WALK_IN", "WALK_IN", "PHONE", "WHATSAPP", "WHATSAPP", "WEBSITE", "WEBSITE", "EMAIL", "PHONE", "WEBSITE");
        assertThat(c.valid().subList(0, 3)).extracting(ImportedEnquiry::referrer)
                .containsExactly("Dr Rao", "Dr. Rao", "Dr Rao");
    }

    @Test
    void namesInFiveScriptsAreNormalisedAndKeepTheirJoiners() {
        String zwnj = "\u200C";
        String zwj = "\u200D";
        ImportCheck c = check("Name,Channel,Centre\n"
                + "\"  Anita\u200B  Rao \",phone,Hyderabad\n"
                + "\u202Bمحمد عمران\u202C,phone,Hyderabad\n"
                + "ಅನಿತಾ ರಾವ್,phone,Hyderabad\n"
                + "क्" + zwj + "षमा,phone,Hyderabad\n"
                + "సు" + zwnj + "నీత,phone,Hyderabad\n"
                + "Jose\u0301 Soft\u00ADhyphen,phone,Hyderabad\n");
        assertThat(c.valid()).extracting(ImportedEnquiry::fullName).containsExactly("Anita Rao", "محمد عمران",
                "ಅನಿತಾ ರಾವ್", "क्" + zwj + "षमा", "సు" + zwnj + "నీత", "José Softhyphen");
    }

    @Test
    void datesDayFirstIsoNamedMonthsAndExcelSerialsAndAMixedColumnIsReportedNotGuessed() {
        ImportCheck c = check("Name,Channel,Centre,Received On\nA,phone,Hyderabad,04/11/2026\nB,phone,Hyderabad,2026-11-04\n"
                + "C,phone,Hyderabad,4-Nov-2026\nD,phone,Hyderabad,46330\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.valid()).extracting(e -> e.enquiryAt().atZone(TestDb.CLOCK.getZone()).toLocalDate().toString())
                .containsOnly("2026-11-04");

        ImportCheck mixed = check("Name,Channel,Centre,Date\nA,phone,Hyderabad,25/10/2026\nB,phone,Hyderabad,11/20/2026\n"
                + "C,phone,Hyderabad,05/11/2026\nD,phone,Hyderabad,2026-11-05\n");
        assertThat(mixed.problems()).extracting(RowProblem::row).containsExactly(3, 4);
        assertThat(mixed.problems().getFirst().message()).contains("month first (row 3)").contains("2026-11-25");
        assertThat(mixed.valid()).extracting(ImportedEnquiry::fullName).containsExactly("A", "D");
    }

    @Test
    void conditionsByNameOrOtherNameIgnoringCaseAndAccentsUnknownOnesReportedAndAddable() {
        f.imports.addConditions(List.of("Rheumatoid arthritis"));
        db.writeVoid(ctx -> ctx.execute("UPDATE medical_condition SET other_names = 'RA, rheumatoid' "
                + "WHERE name = 'Rheumatoid arthritis'"));
        String csv = "Name,Channel,Centre,Diagnosis\nA,phone,Hyderabad,ra / Sjögren and RHEUMATOID ARTHRITIS\n"
                + "B,phone,Hyderabad,sjogren; Gout\n";
        ImportCheck c = check(csv);
        assertThat(c.valid().getFirst().conditionIds()).hasSize(1);
        assertThat(c.unknownConditions()).containsExactly("Sjögren", "Gout");
        assertThat(c.warnings()).extracting(RowProblem::row).containsExactly(2, 3);

        assertThat(f.imports.addConditions(c.unknownConditions())).isEqualTo(2);
        ImportCheck again = check(csv);
        assertThat(again.unknownConditions()).isEmpty();
        assertThat(again.valid()).extracting(e -> e.conditionIds().size()).containsExactly(2, 2);
    }

    @Test
    void anOverlappingSecondExportAddsOnlyTheNewRowsAndEveryUnmappedColumnIsListed() {
        String first = "Name,Mobile,Channel,Centre,Date,Shoe size\nAsha,98450 12345,phone,Hyderabad,01/11/2026,6\n"
                + "Ravi,98450 22222,phone,Hyderabad,02/11/2026,9\n";
        ImportCheck c = check(first);
        assertThat(c.notImported()).containsExactly("Shoe size");
        f.imports.importChecked(c, false, Progress.NONE);

        String overlapping = first + "Meena,98450 33333,phone,Hyderabad,03/11/2026,5\n"
                + "asha ,+91 98450 12345,phone,Hyderabad,2026-11-01,6\n";
        ImportCheck second = check(overlapping);
        assertThat(second.alreadyThere()).containsExactly(2, 3, 5);
        assertThat(second.valid()).extracting(ImportedEnquiry::fullName).containsExactly("Meena");
        f.imports.importChecked(second, false, Progress.NONE);
        assertThat(f.enquiryCount()).isEqualTo(3);
    }
}
