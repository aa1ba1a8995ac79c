package org.clinicdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void storedCodesMapBackToTheirLanguageAndUnknownCodesAreOther() {
        for (Language l : Language.values()) {
            assertThat(Language.ofCode(l.code())).isEqualTo(l);
        }
        assertThat(Language.ofCode(" KN ")).isEqualTo(Language.KANNADA);
        assertThat(Language.ofCode("ta")).isEqualTo(Language.OTHER);
        assertThat(Language.ofCode(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void sheetsComeInFiveLanguagesEnglishFirstAndOnlyUrduIsRightToLeft() {
        assertThat(Language.sheetLanguages()).containsExactly(Language.ENGLISH, Language.HINDI, Language.KANNADA,
                Language.TELUGU, Language.URDU);
        assertThat(Language.values()).filteredOn(Language::rightToLeft).containsExactly(Language.URDU);
        assertThat(Language.TELUGU.locale()).isEqualTo(Locale.of("te"));
        assertThat(Language.ENGLISH.locale()).isEqualTo(Locale.ROOT);
    }
}
