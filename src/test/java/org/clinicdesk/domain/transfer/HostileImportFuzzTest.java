package org.clinicdesk.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.testing.ImportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random spreadsheets of hostile cells (Indic and Urdu script, emoji, control characters, quotes and newlines,
 * SQL, unpaired surrogates) and random bytes: nothing crashes, every row is imported exactly or refused with its row
 * number, and the database holds exactly the imported rows. Another seed: {@code -Dfuzz.seed=N}.
 */
class HostileImportFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final List<String> NASTY = List.of("ಅನಿತಾ ರಾವ್", "అనిత రావు", "अनीता राव", "محمد عمران",
            "👩‍⚕️ Asha 🙏🏽", "'; DROP TABLE enquiry; --", "Robert'); DELETE FROM enquiry;--", "\"quoted\" name",
            "line1\nline2", "a,b;c", "nul\u0000byte", "bell\u0007", "\u202Eevil override", "=HYPERLINK(\"x\")", "   ",
            "", "\uFEFFbom inside", "\uD800 lone surrogate", "\r\n", "\"", ";;;", "98450 12345", "+91 98480 22222",
            "phone", "WhatsApp", "Bangalore", "Hyderabad", "spoken", "no", "31/02/2026", "2026-11-25");

    @TempDir
    Path dir;
    private Database db;
    private ImportFixture fixture;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        fixture = new ImportFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String cell(Random random) {
        int kind = random.nextInt(10);
        if (kind < 5) {
            return NASTY.get(random.nextInt(NASTY.size()));
        }
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(15);
        for (int i = 0; i < length; i++) {
            s.append(switch (kind) {
                case 5, 6 -> (char) random.nextInt(0x10000);
                case 7, 8 -> (char) (0x0900 + random.nextInt(0x0500));
                default -> (char) (0x0600 + random.nextInt(0x0100));
            });
        }
        return s.toString();
    }

    @Test
    void hostileSpreadsheetsNeverCrashOrHalfWrite() throws IOException {
        Random random = new Random(SEED);
        for (int sheet = 0; sheet < 150; sheet++) {
            List<List<String>> rows = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int r = 0; r < count; r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    row.add(cell(random));
                }
                rows.add(row);
            }
            importAndCheck(csv(rows, random.nextBoolean(), random.nextBoolean()), "sheet " + sheet + " (seed " + SEED + ")");
        }
    }

    @Test
    void randomBytesAreReadOrRefusedWithAPlainMessage() {
        Random random = new Random(SEED + 1);
        for (int n = 0; n < 100; n++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            byte[] withHeader = new byte[bytes.length + 10];
            System.arraycopy("Name,City\n".getBytes(StandardCharsets.US_ASCII), 0, withHeader, 0, 10);
            System.arraycopy(bytes, 0, withHeader, 10, bytes.length);
            importAndCheck(withHeader, "bytes " + n + " (seed " + SEED + ")");
        }
    }

    private void importAndCheck(byte[] bytes, String what) {
        int before = fixture.enquiryCount();
        CsvTable table;
        try {
            table = CsvReading.parse(bytes, "hostile.csv");
        } catch (ClinicDeskException e) {
            assertThat(e.getMessage()).as(what).contains("hostile.csv");
            assertThat(fixture.enquiryCount()).isEqualTo(before);
            return;
        }
        ColumnMapping mapping = ColumnMapping.guess("", table.headers()).withConsentForAll("SPOKEN")
                .withDefaults("PHONE", "Bangalore");
        ImportCheck check = fixture.imports.check(table, mapping, Progress.NONE);
        Set<Integer> validRows = new HashSet<>();
        check.valid().forEach(e -> validRows.add(e.row()));
        for (RowProblem p : check.problems()) {
            assertThat(p.row()).as(what).isBetween(2, table.rows().size() + 1);
            assertThat(validRows).as(what).doesNotContain(p.row());
            assertThat(p.message()).as(what).isNotBlank();
        }
        for (int i = 0; i < table.rows().size(); i++) {
            int row = CsvTable.spreadsheetRow(i);
            boolean blank = table.rows().get(i).stream().allMatch(String::isBlank);
            boolean refused = check.problems().stream().anyMatch(p -> p.row() == row);
            assertThat(blank || refused || validRows.contains(row)).as("%s: row %d imported or refused", what, row).isTrue();
        }
        if (check.valid().isEmpty()) {
            assertThat(fixture.enquiryCount()).isEqualTo(before);
            return;
        }
        fixture.imports.importChecked(check, false, Progress.NONE);
        List<String> stored = db.read(ctx -> ctx.select(ENQUIRY.FULL_NAME).from(ENQUIRY).orderBy(ENQUIRY.ID)
                .offset(before).fetch(ENQUIRY.FULL_NAME));
        assertThat(stored).as(what).isEqualTo(check.valid().stream().map(ImportedEnquiry::fullName).toList());
    }

    private static byte[] csv(List<List<String>> rows, boolean bom, boolean semicolon) throws IOException {
        StringWriter text = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(semicolon ? ';' : ',').get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord("Name", "Phone", "City", "Notes", "Channel", "Centre");
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
