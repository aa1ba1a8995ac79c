package org.clinicdesk.domain.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Mohammed Khan        | Muhammad Khan          | true",
        "Mohammad Siddiqui    | Mohammed Siddiqui      | true",
        "Mohd Arif            | Mohammed Arif          | true",
        "Lakshmi Rao          | Laxmi Rao              | true",
        "K. Rao               | Kavitha Rao            | true",
        "Kavitha Rao          | K Rao                  | true",
        "S. Kumar             | Suresh Kumar           | true",
        "Priya Sharma         | priya  sharma          | true",
        "Priya Sharma         | Priya S. Sharma        | true",
        "Sreenivas Reddy      | Srinivas Reddy         | true",
        "Fathima Begum        | Fatima Begum           | true",
        "Ayesha Khan          | Aisha Khan             | true",
        "लक्ष्मी शर्मा          | लक्ष्मी शर्मा            | true",
        "ಕಾವ್ಯ ರಾವ್           | ಕಾವ್ಯ ರಾವ್             | true",
        "Kavitha Rao          | Kavitha Reddy          | false",
        "Priya Sharma         | Priya Verma            | false",
        "K. Rao               | P. Rao                 | false",
        "K. Rao               | K. Reddy               | false",
        "Lakshmi Rao          | Latha Rao              | false",
        "Mohammed Khan        | Imran Khan             | false",
        "लक्ष्मी शर्मा          | लक्ष्मी वर्मा            | false",
        "Anita Desai          | ''                     | false",
    })
    void similarNames(String a, String b, boolean similar) {
        assertThat(NameMatcher.similar(a, b)).isEqualTo(similar);
        assertThat(NameMatcher.similar(b, a)).isEqualTo(similar);
    }

    @Test
    void searchWordsIncludeKnownVariantsAndSkipInitials() {
        assertThat(NameMatcher.searchWords("K. Mohammed"))
                .contains("mohammed", "muhammad", "mohammad").doesNotContain("k");
        assertThat(NameMatcher.searchWords("Laxmi")).contains("lakshmi");
    }
}
