package org.clinicdesk.store.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.transfer.ColumnMapping;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.domain.transfer.ImportCheck;
import org.clinicdesk.domain.transfer.ImportedEnquiry;
import org.clinicdesk.domain.transfer.RowProblem;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.TestDb;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random spreadsheets of hostile cells (Indic and Urdu script, emoji, control characters, quotes and newlines, SQL,
 * unpaired surrogates, random bytes): nothing crashes, every row is imported exactly or refused with its row number,
 * and the database holds exactly the imported rows.
 */
class HostileImportPropertiesTest {
    private static final List<String> NASTY = List.of("ಅನಿತಾ ರಾವ್", "అనిత రావు", "अनीता राव", "محمد عمران",
            "👩‍⚕️ Asha 🙏🏽", "'; DROP TABLE enquiry; --", "Robert'); DELETE FROM enquiry;--", "\"quoted\" name",
            "line1\nline2", "a,b;c", "nul\u0000byte", "bell\u0007", "\u202Eevil override", "=HYPERLINK(\"x\")", "   ",
            "", "\uFEFFbom inside", "\uD800 lone surrogate", "\r\n", "\"", ";;;", "98450 12345", "+91 98480 22222",
            "phone", "WhatsApp", "Bangalore", "Hyderabad", "spoken", "no", "31/02/2026", "2026-11-25");
    private static Path dir;
    private static Database db;
    private static ImportFixture fixture;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("clinicdesk-hostile");
        db = TestDb.open(dir);
        fixture = new ImportFixture(db);
    }

    @AfterContainer
    static void close() throws IOException {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> cell() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(NASTY)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(12)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0900', '\u0DFF').ofMaxLength(15)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(15)));
    }

    @Provide
    Arbitrary<List<List<String>>> sheet() {
        return cell().list().ofSize(6).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 150)
    void hostileSpreadsheetsNeverCrashOrHalfWrite(@ForAll("sheet") List<List<String>> rows,
                                                  @ForAll boolean bom, @ForAll boolean semicolon) throws IOException {
        byte[] bytes = csv(rows, bom, semicolon);
        int before = fixture.enquiryCount();
        CsvTable table;
        try {
            table = CsvReading.parse(bytes, "hostile.csv");
        } catch (ClinicDeskException e) {
            assertThat(e.getMessage()).contains("hostile.csv");
            return;
        }
        ColumnMapping mapping = ColumnMapping.guess("", table.headers()).withConsentForAll("SPOKEN")
                .withDefaults("PHONE", "Bangalore");
        ImportCheck check = fixture.imports.check(table, mapping, Progress.NONE);

        Set<Integer> validRows = new HashSet<>();
        check.valid().forEach(e -> validRows.add(e.row()));
        for (RowProblem p : check.problems()) {
            assertThat(p.row()).isBetween(2, table.rows().size() + 1);
            assertThat(validRows).doesNotContain(p.row());
            assertThat(p.message()).isNotBlank();
        }
        for (int i = 0; i < table.rows().size(); i++) {
            int row = CsvTable.spreadsheetRow(i);
            boolean blank = table.rows().get(i).stream().allMatch(String::isBlank);
            boolean refused = check.problems().stream().anyMatch(p -> p.row() == row);
            assertThat(blank || refused || validRows.contains(row)).as("row %d is imported or refused", row).isTrue();
        }
        if (check.valid().isEmpty()) {
            return;
        }
        fixture.imports.importChecked(check, false, Progress.NONE);
        List<String> stored = db.read(ctx -> ctx.select(ENQUIRY.FULL_NAME).from(ENQUIRY).orderBy(ENQUIRY.ID)
                .offset(before).fetch(ENQUIRY.FULL_NAME));
        assertThat(stored).isEqualTo(check.valid().stream().map(ImportedEnquiry::fullName).toList());
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

    @Property(tries = 100)
    void randomBytesAreReadOrRefusedWithAPlainMessage(@ForAll byte[] bytes) {
        byte[] withHeader = new byte[bytes.length + 10];
        System.arraycopy("Name,City\n".getBytes(StandardCharsets.US_ASCII), 0, withHeader, 0, 10);
        System.arraycopy(bytes, 0, withHeader, 10, bytes.length);
        int before = fixture.enquiryCount();
        try {
            CsvTable table = CsvReading.parse(withHeader, "noise.csv");
            ColumnMapping mapping = ColumnMapping.guess("", table.headers()).withConsentForAll("SPOKEN")
                    .withDefaults("PHONE", "Bangalore");
            ImportCheck check = fixture.imports.check(table, mapping, Progress.NONE);
            if (!check.valid().isEmpty()) {
                fixture.imports.importChecked(check, false, Progress.NONE);
            }
            assertThat(fixture.enquiryCount()).isEqualTo(before + check.valid().size());
        } catch (ClinicDeskException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(fixture.enquiryCount()).isEqualTo(before);
        }
    }
}
