package org.clinicdesk.document.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.transfer.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {
    @Test
    void readsUtf8WithAndWithoutBomAndKeepsIndianScripts() {
        String csv = "Name,Phone\r\nಅನಿತಾ ರಾವ್,98450 12345\r\nمحمد عمران,+91 98480 22222\r\n";
        byte[] plain = csv.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.writeBytes(plain);

        CsvTable a = CsvReading.parse(plain, "a.csv");
        CsvTable b = CsvReading.parse(withBom.toByteArray(), "b.csv");

        assertThat(a.encoding()).isEqualTo("UTF-8");
        assertThat(b.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(b.headers()).containsExactly("Name", "Phone");
        assertThat(a.rows()).isEqualTo(b.rows());
        assertThat(a.rows().get(1).getFirst()).isEqualTo("محمد عمران");
    }

    @Test
    void readsWindows1252AsExcelSavesItAndSemicolons() {
        byte[] bytes = "Name;City;Notes\r\nJosé D'Souza;Mangaluru;costs ₹ 500 – ok\r\n".getBytes(CsvReading.WINDOWS_1252);
        CsvTable t = CsvReading.parse(bytes, "old.csv");
        assertThat(t.encoding()).isEqualTo("Windows-1252");
        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(t.rows().getFirst()).containsExactly("José D'Souza", "Mangaluru", "costs ? 500 – ok");
    }

    @Test
    void quotesNewlinesAndSeparatorsInsideCellsSurvive() {
        String csv = "Name,Notes\n\"Rao, Anita\",\"line one\nline \"\"two\"\"; three\"\n";
        CsvTable t = CsvReading.parse(csv.getBytes(StandardCharsets.UTF_8), "q.csv");
        assertThat(t.delimiter()).isEqualTo(',');
        assertThat(t.rows()).containsExactly(List.of("Rao, Anita", "line one\nline \"two\"; three"));
    }

    @Test
    void anUnclosedQuoteNamesTheRow() {
        String csv = "Name,Notes\nA,ok\nB,\"never closed\nC,more\n";
        assertThatThrownBy(() -> CsvReading.parse(csv.getBytes(StandardCharsets.UTF_8), "bad.csv"))
                .isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining("bad.csv")
                .hasMessageContaining("row 3");
    }

    @Test
    void emptyFilesAndDuplicateHeadingsAreHandled(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> CsvReading.read(empty)).hasMessageContaining("empty");

        CsvTable t = CsvReading.parse("Phone,Phone,\n1,2,3\n".getBytes(StandardCharsets.UTF_8), "d.csv");
        assertThat(t.headers()).containsExactly("Phone", "Phone (2)", "Column 3");
    }

    @Test
    void exportDefusesFormulasButNotPhones() {
        assertThat(CsvWriting.defused("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvWriting.defused("+919845012345")).isEqualTo("+919845012345");
        assertThat(CsvWriting.defused("-cmd")).isEqualTo("'-cmd");
        assertThat(CsvWriting.defused("Asha")).isEqualTo("Asha");
    }
}
