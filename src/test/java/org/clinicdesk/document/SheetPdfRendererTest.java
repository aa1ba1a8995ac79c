package org.clinicdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.domain.sheet.BundledSheet;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetRenderOptions;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetPdfRendererTest {
    private static final SheetRenderOptions PLAIN = new SheetRenderOptions(SheetSamples.LETTERHEAD, SheetPageSize.A4,
            false, false);
    private final SheetPdfRenderer renderer = new SheetPdfRenderer();
    private final BundledSheet trial = SheetSamples.read("/sheets/fixture-trial.en.md");

    /** The text of each page. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                // one space for any run of white space, so a phrase broken over two lines still matches
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    private static BundledSheet longSheet(BundledSheet base, SheetKind kind) {
        String body = ("## A section\n\n" + "Lupus is a long-term illness. It can affect many parts of the body. ".repeat(12)
                + "\n\n- one point\n- another point\n\n").repeat(6);
        return new BundledSheet("long", kind, "en", "A long sheet", "Summary line.", List.of(), null, "Author",
                List.of("A source."), body);
    }

    @Test
    void noPageOfABundledSheetEndsWithAHeadingLeftAlone() throws IOException {
        for (BundledSheet sheet : SheetSamples.bundled()) {
            List<String> headings = new ArrayList<>(sheet.body().lines().filter(l -> l.startsWith("#"))
                    .map(l -> l.replaceFirst("^#+\\s*", "").strip()).toList());
            headings.add("Sources");
            byte[] pdf = renderer.render(SheetSamples.approved(sheet, 1), PLAIN);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    stripper.setStartPage(i);
                    stripper.setEndPage(i);
                    List<String> lines = stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                    int footer = lines.size() - 1;
                    while (footer > 0 && !lines.get(footer).contains("Page " + i + " of ")) {
                        footer--;
                    }
                    String lastOfBody = lines.get(footer - 1);
                    assertThat(headings).as("%s page %d ends with \"%s\"", sheet.slug(), i, lastOfBody)
                            .noneMatch(h -> h.endsWith(lastOfBody));
                }
            }
        }
    }

    @Test
    void everyPageHasTheLetterheadFooterAndPageXOfY() throws IOException {
        List<String> pages = pages(renderer.render(SheetSamples.approved(longSheet(trial, SheetKind.CONDITION), 3), PLAIN));
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertThat(page).contains("Deccan Rheumatology Clinic", "Bangalore — Indiranagar", "Phone +91 80 4123 4567",
                    "A long sheet", "Version 3", "Last reviewed 20 Nov 2026", "Next review 20 Nov 2027",
                    "Page " + (i + 1) + " of " + pages.size(),
                    "General information, not personal medical advice");
            assertThat(page).doesNotContain("DRAFT", "DEMO");
        }
    }

    @Test
    void everyPageOfATranslationSaysWhichEnglishVersionItWasTranslatedFrom() throws IOException {
        BundledSheet kannada = SheetSamples.read("/db/sheets/sle.kn.md");
        List<String> pages = pages(renderer.render(SheetSamples.translated(kannada, 1, 3), PLAIN));
        assertThat(pages).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p).contains("ಆವೃತ್ತಿ (version) 1", "ಇಂಗ್ಲಿಷ್ ಆವೃತ್ತಿ 3 ರಿಂದ ಅನುವಾದಿಸಲಾಗಿದೆ"));
        assertThat(pages(renderer.render(SheetSamples.approved(SheetSamples.read("/db/sheets/sle.en.md"), 3), PLAIN)))
                .noneSatisfy(p -> assertThat(p).containsIgnoringCase("translat"));
    }

    @Test
    void investigationalSheetCarriesTheNoticeOnceAndStandardSheetsDoNot() throws IOException {
        String text = String.join("\n", pages(renderer.render(SheetSamples.approved(trial, 1), PLAIN)));
        assertThat(text).contains("Important: this treatment is investigational", "registration number",
                "what you would have to pay", "You may say no", "standard care");
        assertThat(text.split("Important: this treatment is investigational", -1)).hasSize(2);
        BundledSheet standard = new BundledSheet("std", SheetKind.TREATMENT, "en", "Standard", "S.", List.of(),
                org.clinicdesk.domain.sheet.EvidenceStatus.STANDARD_CARE, "A", List.of("S"), "Body text.");
        assertThat(String.join("\n", pages(renderer.render(SheetSamples.approved(standard, 1), PLAIN))))
                .doesNotContain("investigational", "registration number");
    }

    @Test
    void bodyMarkdownBecomesRealText() throws IOException {
        String text = String.join("\n", pages(renderer.render(SheetSamples.approved(trial, 1), PLAIN)));
        assertThat(text).contains("What it is", "This is a test sheet.", "Small studies had mixed results.",
                "A nested point.", "Ask your lupus doctor before you decide.", "Second step.", "Sources",
                "Second source, 2024.", "Reviewed by Dr Kavitha Rao");
        assertThat(text).doesNotContain("**", "## ");
    }

    @Test
    void draftsCarryTheWatermarkOnEveryPageAndNoReviewDates() throws IOException {
        SheetVersion draft = SheetSamples.draft(longSheet(trial, SheetKind.CONDITION));
        List<String> pages = pages(renderer.render(draft, PLAIN.withDraftWatermark(true)));
        // the watermark runs diagonally, so text extraction breaks it into pieces: compare without spaces
        assertThat(pages).allSatisfy(p -> assertThat(p.replace(" ", "")).contains("DRAFT—notforpatients"));
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("Last reviewed: not yet reviewed"));
    }

    @Test
    void demoPagesSayDemo() throws IOException {
        SheetRenderOptions demo = new SheetRenderOptions(SheetSamples.LETTERHEAD, SheetPageSize.LETTER, false, true);
        List<String> pages = pages(renderer.render(SheetSamples.approved(longSheet(trial, SheetKind.CONDITION), 1), demo));
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("DEMO"));
    }

    @Test
    void severalSheetsInOnePdfAreNumberedEachOnTheirOwn() throws IOException {
        SheetVersion one = SheetSamples.approved(trial, 1);
        byte[] both = renderer.renderAll(List.of(one, one), PLAIN);
        int single = SheetPdfRenderer.pageCount(renderer.render(one, PLAIN));
        List<String> pages = pages(both);
        assertThat(pages).hasSize(2 * single);
        assertThat(pages.get(single)).contains("Page 1 of " + single);
    }

    @Test
    void indianScriptsAreEmbeddedAndExtractBackToTheSameText() throws IOException {
        String kannada = "ಲೂಪಸ್ ದೀರ್ಘಕಾಲದ ಕಾಯಿಲೆ";
        String hindi = "ल्यूपस एक लंबी बीमारी है";
        for (String[] c : new String[][] {{"kn", kannada}, {"hi", hindi}, {"te", "లూపస్ దీర్ఘకాలిక వ్యాధి"}}) {
            BundledSheet sheet = new BundledSheet("x", SheetKind.CONDITION, c[0], c[1], c[1], List.of(), null, "A",
                    List.of("S"), "## " + c[1] + "\n\n" + c[1] + " (SLE 2024).");
            byte[] pdf = renderer.render(SheetSamples.approved(sheet, 1), PLAIN);
            String dir = System.getProperty("sheets.preview");
            if (dir != null) {
                Files.write(Path.of(dir).resolve("script-" + c[0] + ".pdf"), pdf);
            }
            assertThat(pages(pdf).getFirst()).as(c[0]).contains(c[1], "(SLE 2024).",
                    new SheetLabels(c[0]).format("footer.page", 1, 1));
            // shaped runs are written as glyphs with ActualText; without the glyph layout there is none
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String content = new String(doc.getPage(0).getContents().readAllBytes(),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(content).as(c[0]).contains("/ActualText");
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(SheetSamples.approved(trial, 1), PLAIN))) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
                }
            }
        }
    }

    /**
     * Every bundled sheet renders as the demo's patient copy and as a watermarked draft. With
     * {@code -Dsheets.preview=DIR} the PDFs are kept in DIR for a person to look at (with the fixture sheet).
     */
    @Test
    void everyBundledSheetRendersAsAPatientCopyAndAsADraft(@TempDir Path temp) throws IOException {
        String dir = System.getProperty("sheets.preview");
        Path out = dir == null ? temp : Path.of(dir);
        Files.createDirectories(out);
        Path sheets = Path.of(System.getProperty("sheets.dir", "db/sheets"));
        int rendered = 0;
        try (var files = Files.list(sheets)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                BundledSheet s = BundledSheet.parse(f.getFileName().toString(), Files.readString(f));
                byte[] approved = renderer.render(SheetSamples.approved(s, 1),
                        new SheetRenderOptions(SheetSamples.LETTERHEAD, SheetPageSize.A4, false, true));
                byte[] draft = renderer.render(SheetSamples.draft(s), PLAIN.withDraftWatermark(true));
                Files.write(out.resolve(s.slug() + "." + s.language() + ".pdf"), approved);
                Files.write(out.resolve(s.slug() + "." + s.language() + "-draft.pdf"), draft);
                SheetLabels labels = new SheetLabels(s.language());
                String name = s.slug() + "." + s.language();
                assertThat(pages(approved)).as(name).isNotEmpty()
                        .allSatisfy(p -> assertThat(p).contains(labels.get("demo.badge")));
                assertThat(pages(draft)).as(name).allSatisfy(p -> assertThat(p.replace(" ", ""))
                        .contains(labels.get("watermark.draft").replace(" ", "")));
                rendered++;
            }
        }
        assertThat(rendered).as("bundled sheets in " + sheets).isPositive();
        Files.write(out.resolve("fixture.pdf"), renderer.render(SheetSamples.approved(trial, 1), PLAIN));
    }
}
