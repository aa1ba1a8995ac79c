package org.clinicdesk.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.testing.ImportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixed hostile files; {@link HostileImportFuzzTest} throws random ones at the same path. */
class HostileImportTest {
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

    private ImportCheck check(byte[] bytes) {
        CsvTable t = CsvReading.parse(bytes, "hostile.csv");
        return f.imports.check(t, ColumnMapping.guess("", t.headers()).withConsentForAll("SPOKEN")
                .withDefaults("PHONE", "Bangalore"), Progress.NONE);
    }

    @Test
    void sqlFragmentsQuotesEmojiAndRightToLeftTextAreStoredExactlyAsWritten() {
        List<String> names = List.of("Robert'); DROP TABLE enquiry;--", "\" OR 1=1 --", "محمد عمران خان",
                "👩‍⚕️ Asha Kulkarni 🙏🏽", "ಅನಿತಾ \"ಅನು\" ರಾವ್", "Rao, Anita; Dr", "తెలుగు\u200Cపేరు");
        StringBuilder csv = new StringBuilder("Name,Phone,Notes\n");
        for (String n : names) {
            csv.append('"').append(n.replace("\"", "\"\"")).append("\",98450 12345,\"notes with\nnew line; and \"\"quotes\"\"\"\n");
        }
        ImportCheck check = check(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(check.problems()).isEmpty();
        f.imports.importChecked(check, true, Progress.NONE);

        List<String> stored = db.read(ctx -> ctx.select(ENQUIRY.FULL_NAME).from(ENQUIRY).orderBy(ENQUIRY.ID).fetch(ENQUIRY.FULL_NAME));
        assertThat(stored).isEqualTo(names);
        String notes = db.read(ctx -> ctx.select(ENQUIRY.NOTES).from(ENQUIRY).limit(1).fetchOne(ENQUIRY.NOTES));
        assertThat(notes).isEqualTo("notes with\nnew line; and \"quotes\"");
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aOneMegabyteFieldIsRefusedByRowAndTheOtherRowsStillCheck() {
        String huge = "ನ".repeat(1024 * 1024);
        String csv = "Name,Notes\nFirst,ok\nSecond,\"" + huge + "\"\n\"" + huge + "\",x\nFourth,fine\n";
        ImportCheck check = check(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(check.valid()).extracting(e -> e.fullName()).containsExactly("First", "Fourth");
        assertThat(check.problems()).extracting(RowProblem::toString).containsExactly(
                "Row 3, column \"Notes\": Is 1048576 characters long; at most 4000 fit.",
                "Row 4, column \"Name\": Is 1048576 characters long; at most 200 fit.");
    }

    @Test
    void controlCharactersAreRefusedSayingWhereTheyAre() {
        String csv = "Name,Notes\n\"Asha\u0000Rao\",x\nBell,\"ring\u0007\"\nTabbed,\"a\tb\nc\"\n";
        ImportCheck check = check(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(check.problems()).extracting(RowProblem::toString).containsExactly(
                "Row 2, column \"Name\": Has an invisible control character (code 0) at position 5; remove it and import again.",
                "Row 3, column \"Notes\": Has an invisible control character (code 7) at position 5; remove it and import again.");
        assertThat(check.valid()).extracting(e -> e.notes()).containsExactly("a\tb\nc");
    }

    @Test
    void invalidUtf8AfterABomIsRefusedWithLineAndByteAndWithoutABomTheFileIsReadAsWindows1252() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("Name,City\nGood,Pune\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'B', 'a', 'd', (byte) 0xC3, (byte) 0x28, ',', 'X', '\n'});
        // the file says it is UTF-8 and is not: refused whole, never patched with replacement characters
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(bytes.toByteArray()))
                .hasMessageContaining("line 3, byte 4 of that line").hasMessageContaining("CSV UTF-8");
        assertThat(f.enquiryCount()).isZero();

        byte[] noBom = java.util.Arrays.copyOfRange(bytes.toByteArray(), 3, bytes.size());
        CsvTable t = CsvReading.parse(noBom, "x.csv");
        assertThat(t.encoding()).isEqualTo("Windows-1252");
        assertThat(t.rows().get(1).getFirst()).isEqualTo("BadÃ(");
    }

    @Test
    void aRowWithMoreCellsThanHeadingsIsRefusedNotShifted() {
        ImportCheck check = check("Name,City\nAsha,Pune\nRao, Anita,Mysuru\n".getBytes(StandardCharsets.UTF_8));
        assertThat(check.problems()).singleElement().hasToString(
                "Row 3: has 3 cells but the heading row has 2; a separator or quote is probably misplaced in this row.");
    }
}
