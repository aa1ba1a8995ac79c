package org.clinicdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicdesk.domain.sheet.BundledSheet;
import org.clinicdesk.domain.sheet.EvidenceStatus;
import org.clinicdesk.domain.sheet.Readability;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetRules;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sheets shipped in db/sheets meet the content rules: complete, sourced, and easy to read. */
class BundledSheetsContentTest {
    private static final Logger LOG = LoggerFactory.getLogger(BundledSheetsContentTest.class);

    @Test
    void everyBundledSheetIsCompleteSourcedAndReadable() {
        List<BundledSheet> sheets = SheetSamples.bundled();
        assertThat(sheets).hasSize(4);
        for (BundledSheet s : sheets) {
            Readability.Score score = Readability.ofMarkdown(s.body());
            LOG.info("{}: Flesch Reading Ease {} grade {} ({} words, {} sentences, {} long), {} sources", s.slug(),
                    String.format("%.1f", score.readingEase()), String.format("%.1f", score.grade()), score.words(),
                    score.sentences(), score.longSentences().size(), s.sources().size());
            assertThat(SheetRules.problems(s.content(List.of(1L)))).as(s.slug()).isEmpty();
            assertThat(s.sources()).as(s.slug()).isNotEmpty();
            assertThat(score.readingEase()).as(s.slug() + " reading ease").isGreaterThanOrEqualTo(60);
        }
        assertThat(sheets).filteredOn(s -> s.slug().equals("msc-therapy-lupus")).singleElement()
                .satisfies(s -> assertThat(s.evidence()).isEqualTo(EvidenceStatus.INVESTIGATIONAL));
        assertThat(sheets).filteredOn(s -> s.slug().equals("lupus-standard-treatments")).singleElement()
                .satisfies(s -> assertThat(s.evidence()).isEqualTo(EvidenceStatus.STANDARD_CARE));
        assertThat(sheets).filteredOn(s -> s.kind() == SheetKind.GENERAL).hasSize(1);
    }

    /** FACTS.md section 3: the clinic's marketing claims that are false or misleading, in the words they come in. */
    private static final List<String> MISLEADING_CLAIMS = List.of("transform into", "turn into immune cells",
            "reset the immune", "reset your immune", "regenerate", "long-term relief", "address the cause",
            "addresses the cause", "only manage symptoms", "only manage the symptoms", "no. 1", "number one",
            "menstruation", "less rejection");

    @Test
    void noSheetRepeatsAMisleadingMarketingClaim() {
        for (BundledSheet s : SheetSamples.bundled()) {
            String text = (s.title() + " " + s.summary() + " " + s.body()).toLowerCase(java.util.Locale.ROOT);
            assertThat(MISLEADING_CLAIMS).as(s.slug()).noneMatch(text::contains);
        }
    }

    @Test
    void noSheetStatesWhatTheFactBaseMarksUnverified() {
        for (BundledSheet s : SheetSamples.bundled()) {
            String text = (s.summary() + " " + s.body()).toLowerCase(java.util.Locale.ROOT);
            // an Indian prevalence figure, the NMC list of 32 diseases, the CDSCO and EMA positions, the DMR Act's "lupus"
            assertThat(text).as(s.slug()).doesNotContainPattern("in india[^.]*\\d+ (people )?in (every )?100,000")
                    .doesNotContain("32 ", "cdsco", "ema ", "european medicines agency", "magic remedies")
                    .doesNotContain("it is not approved");
        }
    }

    @Test
    void theInvestigationalSheetSaysSoPlainlyAndOffersTheTrialQuestions() {
        BundledSheet msc = SheetSamples.bundled().stream().filter(s -> s.slug().equals("msc-therapy-lupus")).findFirst()
                .orElseThrow();
        assertThat(msc.summary()).contains("investigational");
        assertThat(msc.body()).contains("This treatment is investigational", "registered clinical trial",
                "registration number", "You can say no", "keep your standard treatment", "not known");
    }
}
