package org.clinicdesk.document.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.transfer.CsvTable;
import org.junit.jupiter.api.Test;

/** Issue 12, "import encoding": decided from the bytes, and refused rather than guessed. */
class TextDecodingTest {
    private static final String SHEET = "Name\tPhone\tCity\r\nمحمد عمران\t98480 22222\tहैदराबाद\r\nಅನಿತಾ ರಾವ್\t98450 12345\tಬೆಂಗಳೂರು\r\n";

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void excelsUnicodeTextIsUtf16AndRecognisedByItsByteOrderMark() {
        byte[] le = join(new byte[] {(byte) 0xFF, (byte) 0xFE}, SHEET.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = join(new byte[] {(byte) 0xFE, (byte) 0xFF}, SHEET.getBytes(StandardCharsets.UTF_16BE));

        CsvTable fromLe = CsvReading.parse(le, "unicode.txt");
        CsvTable fromBe = CsvReading.parse(be, "unicode-be.txt");

        assertThat(fromLe.encoding()).isEqualTo("UTF-16 LE with BOM");
        assertThat(fromBe.encoding()).isEqualTo("UTF-16 BE with BOM");
        assertThat(fromLe.delimiter()).isEqualTo('\t');
        assertThat(fromLe.headers()).containsExactly("Name", "Phone", "City");
        assertThat(fromLe.rows().getFirst()).containsExactly("محمد عمران", "98480 22222", "हैदराबाद");
        assertThat(fromBe.rows()).isEqualTo(fromLe.rows());
    }

    @Test
    void validUtf8IsUtf8EvenWhenItCouldAlsoBeReadAsWindows1252() {
        // "Ã©" is valid UTF-8 for "é"; read as Windows-1252 it would be two letters
        CsvTable t = CsvReading.parse("Name\nJosé Müller\n".getBytes(StandardCharsets.UTF_8), "a.csv");
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.rows().getFirst()).containsExactly("José Müller");
    }

    @Test
    void aWholeWindows1252FileIsReadAsWindows1252() {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] bytes = "Name;City\r\nJosé D'Souza;Mangaluru\r\nRenée Fernandes;Panjim – Goa\r\nFrançois;Pondichéry\r\n"
                .getBytes(cp1252);
        CsvTable t = CsvReading.parse(bytes, "old.csv");
        assertThat(t.encoding()).isEqualTo("Windows-1252");
        assertThat(t.rows().get(1)).containsExactly("Renée Fernandes", "Panjim – Goa");
    }

    @Test
    void oneStrayWindows1252ByteInAUtf8FileIsRefusedWithItsLineAndByteAndHowToSaveAsCsvUtf8() {
        // the case: Urdu and Hindi names in UTF-8, and one en dash (0x96) typed in another program
        byte[] line1 = "Name,Phone,Notes\n".getBytes(StandardCharsets.UTF_8);
        byte[] line2 = "محمد عمران,98480 22222,ok\n".getBytes(StandardCharsets.UTF_8);
        byte[] line3 = join("सुनीता देवी,98450 12345,call 10".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x96},
                "11\n".getBytes(StandardCharsets.UTF_8));
        byte[] file = join(line1, line2, line3);
        int byteInLine = "सुनीता देवी,98450 12345,call 10".getBytes(StandardCharsets.UTF_8).length + 1;

        assertThatThrownBy(() -> CsvReading.parse(file, "mixed.csv"))
                .isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining("mixed.csv")
                .hasMessageContaining("line 3, byte " + byteInLine + " of that line")
                .hasMessageContaining("nothing was imported")
                .hasMessageContaining("CSV UTF-8");
    }

    @Test
    void aFileThatSaysItIsUtf8ButHoldsABadByteIsRefusedNotPatchedWithReplacementCharacters() {
        byte[] file = join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Name\nRen".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9}, "e\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvReading.parse(file, "bom.csv"))
                .hasMessageContaining("line 2, byte 4 of that line").hasMessageContaining("CSV UTF-8");
    }

    @Test
    void utf16WithoutItsMarkAndUtf32AreRefusedRatherThanReadAsRowsOfInvisibleCharacters() {
        assertThatThrownBy(() -> CsvReading.parse(SHEET.getBytes(StandardCharsets.UTF_16LE), "nobom.txt"))
                .hasMessageContaining("nobom.txt").hasMessageContaining("UTF-16").hasMessageContaining("CSV UTF-8");
        byte[] utf32 = join(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, SHEET.getBytes(Charset.forName("UTF-32LE")));
        assertThatThrownBy(() -> CsvReading.parse(utf32, "u32.txt")).hasMessageContaining("UTF-32");
    }

    @Test
    void aDamagedUtf16FileIsRefused() {
        byte[] file = join(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Name\r\n".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {0x00, (byte) 0xDC}, "x\r\n".getBytes(StandardCharsets.UTF_16LE)); // a lone low surrogate
        assertThatThrownBy(() -> CsvReading.parse(file, "broken.txt")).hasMessageContaining("broken.txt")
                .hasMessageContaining("UTF-16");
    }
}
