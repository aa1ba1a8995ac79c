package org.clinicdesk.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void oneShortSentenceScoresByHand() {
        // 6 words, 6 syllables, 1 sentence: 206.835 - 1.015*6 - 84.6*1 = 116.145; 0.39*6 + 11.8 - 15.59 = -1.45
        Readability.Score s = Readability.of("The cat sat on the mat.");
        assertThat(s.sentences()).isEqualTo(1);
        assertThat(s.words()).isEqualTo(6);
        assertThat(s.syllables()).isEqualTo(6);
        assertThat(s.readingEase()).isCloseTo(116.145, within(0.001));
        assertThat(s.grade()).isCloseTo(-1.45, within(0.001));
    }

    @Test
    void twoSentencesScoreByHand() {
        // Lupus(2) is a long-term(2) illness(2) = 5 words, 8 syllables;
        // It can affect(2) the skin, joints and kidneys(2) = 8 words, 10 syllables.
        // 13 words, 18 syllables, 2 sentences: 206.835 - 1.015*6.5 - 84.6*18/13 = 83.0990
        Readability.Score s = Readability.of("Lupus is a long-term illness. It can affect the skin, joints and kidneys.");
        assertThat(s.sentences()).isEqualTo(2);
        assertThat(s.words()).isEqualTo(13);
        assertThat(s.syllables()).isEqualTo(18);
        assertThat(s.readingEase()).isCloseTo(83.0990, within(0.001));
        assertThat(s.grade()).isCloseTo(0.39 * 6.5 + 11.8 * 18 / 13 - 15.59, within(0.001));
        assertThat(s.grade()).isCloseTo(3.2835, within(0.001));
    }

    @Test
    void countsSyllablesByVowelGroups() {
        assertThat(Readability.syllables("the")).isEqualTo(1);
        assertThat(Readability.syllables("make")).isEqualTo(1);
        assertThat(Readability.syllables("makes")).isEqualTo(1);
        assertThat(Readability.syllables("treated")).isEqualTo(2);
        assertThat(Readability.syllables("changes")).isEqualTo(2);
        assertThat(Readability.syllables("table")).isEqualTo(2);
        assertThat(Readability.syllables("inflammation")).isEqualTo(4);
        assertThat(Readability.syllables("2017")).isEqualTo(1);
    }

    @Test
    void listsSentencesOverTwentyFiveWords() {
        String longOne = "This sentence keeps going with many small words so that it has far more than twenty five "
                + "words in it and a reader would lose the thread well before the end of it.";
        Readability.Score s = Readability.of("Short one. " + longOne);
        assertThat(s.longSentences()).containsExactly(longOne);
        assertThat(Readability.of("Short one. Another short one.").longSentences()).isEmpty();
    }

    @Test
    void markdownHeadingsAndItemsAreSentencesAndMarksAreDropped() {
        String md = """
                ## What it is

                Lupus is a **long-term** illness.
                It can affect the [skin](https://example.org).

                - joints
                - kidneys
                """;
        Readability.Score s = Readability.ofMarkdown(md);
        // "What it is." + one paragraph of two sentences + two items
        assertThat(s.sentences()).isEqualTo(5);
        assertThat(s.words()).isEqualTo(3 + 5 + 5 + 1 + 1);
    }

    @Test
    void emptyTextScoresZero() {
        assertThat(Readability.of("  ")).isEqualTo(Readability.Score.EMPTY);
    }

    @Test
    void hindiAndUrduSentencesEndAtTheirOwnFullStops() {
        Readability.Score hi = Readability.ofMarkdown("ल्यूपस लंबे समय तक चलने वाली बीमारी है। यह जोड़ों पर असर कर सकती है।");
        assertThat(hi.sentences()).isEqualTo(2);
        assertThat(hi.words()).isEqualTo(15);
        assertThat(hi.wordsPerSentence()).isEqualTo(7.5);
        Readability.Score ur = Readability.ofMarkdown("لیوپس لمبے عرصے کی بیماری ہے۔ کیا یہ متعدی ہے؟ نہیں۔");
        assertThat(ur.sentences()).isEqualTo(3);
        assertThat(ur.longSentences()).isEmpty();
    }
}
