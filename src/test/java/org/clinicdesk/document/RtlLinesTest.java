package org.clinicdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import org.clinicdesk.domain.sheet.BundledSheet;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetRenderOptions;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;

/**
 * Urdu lines hold their left-to-right parts in their own order, read from the glyphs drawn and where they are drawn
 * (the extracted text would read right whatever order the runs were drawn in).
 */
class RtlLinesTest {
    private static final String PHONE = "+91 80 4123 4567";

    /** One right-to-left paragraph per text, each line a Form XObject of its own. */
    private static List<List<DrawnGlyphs.Run>> lines(String... texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        ShapedPdf pdf = ShapedPdf.start(doc, out, true);
        RtlLines rtl = new RtlLines(pdf.writer(), pdf.fonts());
        doc.open();
        for (String text : texts) {
            doc.add(rtl.paragraph(pdf.fonts().phrase(text, 12, false, null), null, 480, 24));
        }
        doc.close();
        List<DrawnGlyphs.Run> runs = DrawnGlyphs.of(out.toByteArray());
        // every paragraph here is one line: cut the runs where a line's reading starts again (a Form XObject each)
        List<List<DrawnGlyphs.Run>> lines = new java.util.ArrayList<>();
        for (String text : texts) {
            List<DrawnGlyphs.Run> line = new java.util.ArrayList<>();
            StringBuilder read = new StringBuilder();
            while (!read.toString().equals(text.strip())) {
                DrawnGlyphs.Run run = runs.removeFirst();
                line.add(run);
                read.append(run.actualText());
            }
            lines.add(line);
        }
        return lines;
    }

    private static List<String> leftToRight(List<DrawnGlyphs.Run> line) {
        return line.stream().sorted(Comparator.comparingDouble(DrawnGlyphs.Run::x)).map(DrawnGlyphs.Run::actualText)
                .toList();
    }

    @Test
    void aPhoneNumberInAnUrduLineKeepsItsGroupsInOrder() {
        List<DrawnGlyphs.Run> line = lines("فون " + PHONE).getFirst();
        assertThat(leftToRight(line)).containsExactly(PHONE, "فون ");
        DrawnGlyphs.Run phone = line.stream().filter(r -> r.actualText().equals(PHONE)).findFirst().orElseThrow();
        assertThat(phone.glyphs()).isEqualTo(DrawnGlyphs.shaped(phone.font(), PHONE))
                .isEqualTo(DrawnGlyphs.unshaped(phone.font(), PHONE));
    }

    @Test
    void bracketedEnglishNumbersAndTheUrduCommaSitWhereAReaderExpectsThem() {
        List<List<DrawnGlyphs.Run>> lines = lines("یعنی کرونک (chronic)، بیماری ہے۔",
                "ہر 100,000 لوگوں میں سے 20 سے 240 لوگوں کو",
                "سسٹمک لیوپس ایریتھیمیٹوسس (systemic lupus erythematosus, SLE) کو",
                "\"کرونک\" (chronic)، بیماری");
        assertThat(leftToRight(lines.get(0))).containsExactly("، بیماری ہے۔", "(chronic)", "یعنی کرونک ");
        assertThat(leftToRight(lines.get(1))).containsExactly(" لوگوں کو", "240", " سے ", "20", " لوگوں میں سے ",
                "100,000", "ہر ");
        assertThat(leftToRight(lines.get(2))).containsExactly(" کو", "(systemic lupus erythematosus, SLE)",
                "سسٹمک لیوپس ایریتھیمیٹوسس ");
        // the quotes (from Noto Sans: Nastaliq has none) close round the Urdu word, the space stays by the bracket
        assertThat(leftToRight(lines.get(3))).containsExactly("، بیماری", "(chronic)", " ", "\"", "کرونک", "\"");
    }

    @Test
    void aDateTwoNumbersAndAPhoneInsideASentenceReadRightToLeft() {
        List<List<DrawnGlyphs.Run>> lines = lines("بدھ 2 دسمبر 2026", "10:30 · 30 منٹ",
                "براہ کرم " + PHONE + " پر کال کریں");
        // the spaces round the day's number belong to the Urdu words: one gap on each side of "2"
        assertThat(leftToRight(lines.get(0))).containsExactly("2026", " دسمبر ", "2", "بدھ ");
        // time and length are two numbers read one after the other, from the right
        assertThat(leftToRight(lines.get(1))).containsExactly(" منٹ", "30", " ", "·", " ", "10:30");
        assertThat(leftToRight(lines.get(2))).containsExactly(" پر کال کریں", PHONE, "براہ کرم ");
    }

    @Test
    void theUrduSheetHeaderPrintsTheCentrePhoneInItsOwnOrder() {
        BundledSheet urdu = SheetSamples.read("/db/sheets/sle.ur.md");
        byte[] pdf = new SheetPdfRenderer().render(SheetSamples.translated(urdu, 1, 2),
                new SheetRenderOptions(SheetSamples.LETTERHEAD, SheetPageSize.A4, false, false));
        List<DrawnGlyphs.Run> runs = DrawnGlyphs.of(pdf);
        assertThat(runs).filteredOn(r -> PHONE.equals(r.actualText())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.glyphs()).isEqualTo(DrawnGlyphs.unshaped(r.font(), PHONE)));
        assertThat(runs).noneSatisfy(r -> assertThat(r.actualText()).contains("4567 4123"));
    }
}
