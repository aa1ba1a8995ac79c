package org.clinicdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.consultation.DayList;
import org.clinicdesk.domain.privacy.ConsentNotice;
import org.clinicdesk.domain.sheet.BundledSheet;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetRenderOptions;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every PDF ClinicDesk writes draws shaped glyphs: read from the page content (not the extracted text, which
 * ActualText keeps perfect whatever is drawn), every run's glyph ids must be what a shaper gives its text.
 */
class ShapingLayoutTest {
    private static final SheetRenderOptions DEMO_DRAFT = new SheetRenderOptions(SheetSamples.LETTERHEAD,
            SheetPageSize.A4, true, true);
    /** Glyph ids from HarfBuzz's own hb-shape (libharfbuzz-bin 6.0) for these names in the bundled fonts. */
    private static final List<Object[]> HB_SHAPE = List.of(
            new Object[] {"ರಮೇಶ್ ಗೌಡ", "NotoSansKannada-Regular", List.of(49, 262, 74, 199, 3, 136, 72, 35)},
            new Object[] {"सीता शर्मा", "NotoSansDevanagari-Regular", List.of(60, 68, 40, 66, 3, 58, 50, 66, 181)},
            new Object[] {"వెంకట రెడ్డి", "NotoSansTelugu-Regular", List.of(285, 6, 23, 33, 3, 281, 187, 483)},
            new Object[] {"فاطمہ قریشی", "NotoNastaliqUrdu-Regular",
                    List.of(277, 13, 602, 15, 974, 311, 341, 12, 972, 338, 3, 279, 679, 972, 673, 231, 11, 972, 306)});

    static void assertShaped(String what, byte[] pdf) {
        List<DrawnGlyphs.Run> runs = DrawnGlyphs.of(pdf);
        assertThat(runs).as(what).isNotEmpty();
        for (DrawnGlyphs.Run run : runs) {
            assertThat(run.actualText()).as("%s: a run in %s drawn without ActualText (not through the glyph layout)",
                    what, run.font()).isNotNull();
            assertThat(run.glyphs()).as("%s: \"%s\" in %s", what, run.actualText(), run.font())
                    .isEqualTo(DrawnGlyphs.shaped(run.font(), run.actualText()));
            // glyph 0 is .notdef, the box a font draws for a character it lacks
            assertThat(run.glyphs()).as("%s: a missing-glyph box in \"%s\" (%s)", what, run.actualText(), run.font())
                    .doesNotContain(0);
        }
    }

    /** Runs whose shaped glyphs differ from the characters' own glyphs: where shaping visibly matters. */
    static long reshapedRuns(byte[] pdf) {
        return DrawnGlyphs.of(pdf).stream()
                .filter(r -> !r.glyphs().equals(DrawnGlyphs.unshaped(r.font(), r.actualText()))).count();
    }

    private static byte[] dayList(List<DayList.Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DayListPdf().write(new DayList("Bangalore — Indiranagar · Wednesday 25 November 2026",
                "Deccan Rheumatology Clinic", List.of("Time", "Name", "Phone", "Clinician", "Status"), rows,
                "Printed 25 Nov 2026 09:12 · page {0}", "No consultations"), out);
        return out.toByteArray();
    }

    @Test
    void everyBundledSheetInEveryLanguageDrawsShapedGlyphs() throws IOException {
        Path sheets = Path.of(System.getProperty("sheets.dir", "db/sheets"));
        int checked = 0;
        try (var files = Files.list(sheets)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                BundledSheet sheet = BundledSheet.parse(f.getFileName().toString(), Files.readString(f));
                SheetVersion version = sheet.language().equals("en") ? SheetSamples.approved(sheet, 2)
                        : SheetSamples.translated(sheet, 1, 2);
                byte[] pdf = new SheetPdfRenderer().render(version, DEMO_DRAFT);
                assertShaped(f.getFileName().toString(), pdf);
                if (!sheet.language().equals("en")) {
                    // conjuncts, reordered matras, joined Urdu: without shaping these runs would draw other glyphs
                    assertThat(reshapedRuns(pdf)).as(f.getFileName().toString()).isGreaterThan(20);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theDayListDrawsNamesInAllFiveScriptsAsHarfBuzzShapesThem() {
        List<DayList.Row> rows = new java.util.ArrayList<>();
        rows.add(new DayList.Row("10:00", "Lakshmi Narayanan", "+91 98450 12345", "Dr Kavitha Rao", "Confirmed"));
        for (Object[] name : HB_SHAPE) {
            rows.add(new DayList.Row("11:00", (String) name[0], "+91 98450 12346", "Dr Anil Menon", "Booked"));
        }
        byte[] pdf = dayList(rows);
        assertShaped("day list", pdf);
        List<DrawnGlyphs.Run> runs = DrawnGlyphs.of(pdf);
        for (Object[] name : HB_SHAPE) {
            assertThat(runs).as((String) name[0]).anySatisfy(r -> {
                assertThat(r.actualText()).isEqualTo(name[0]);
                assertThat(r.font()).isEqualTo(name[1]);
                assertThat(r.glyphs()).isEqualTo(name[2]);
            });
        }
    }

    @Test
    void textAfterAZeroWidthNonJoinerIsStillDrawn() {
        // "steroids" in Kannada, with the ZWNJ that keeps ಡ್ and ಗ apart; hb-shape: the same ids (its 3 is the joiner)
        String word = "ಸ್ಟೀರಾಯ್ಡ್\u200Cಗಳು";
        BundledSheet sheet = new BundledSheet("zwnj", SheetKind.CONDITION, "kn", word, word, List.of(), null, "A",
                List.of("S"), (word + " (steroids) ").repeat(40));
        byte[] pdf = new SheetPdfRenderer().render(SheetSamples.approved(sheet, 1), DEMO_DRAFT);
        assertShaped("ZWNJ", pdf);
        assertThat(DrawnGlyphs.of(pdf)).anySatisfy(r -> assertThat(r.glyphs())
                .containsSubsequence(List.of(236, 106, 74, 158, 60, 193, 108, 25, 52, 280)));
    }

    @Test
    void theConsentNoticeIsShapedToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notice.pdf");
        try (var out = Files.newOutputStream(file)) {
            new ConsentNoticePdf().write(new ConsentNotice("Notice", "ಡೆಕ್ಕನ್ ಕ್ಲಿನಿಕ್", "ಸಮ್ಮತಿ",
                    "ನಿಮ್ಮ ಹೆಸರು ಮತ್ತು ಫೋನ್.\n\nفاطمہ قریشی (Fatima), सीता शर्मा (Sita), వెంకట రెడ్డి (Venkat)।", "Version 1"), out);
        }
        byte[] pdf = Files.readAllBytes(file);
        assertShaped("consent notice", pdf);
        assertThat(reshapedRuns(pdf)).isGreaterThanOrEqualTo(3);
    }
}
