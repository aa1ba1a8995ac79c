package org.clinicdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DayFirstDatesTest {
    private static final LocalDate SECOND_OF_DECEMBER = LocalDate.of(2027, 12, 2);

    @ParameterizedTest
    @ValueSource(strings = {"2/12/2027", "02/12/2027", "2-12-2027", "2.12.2027", "2/12/27", "2 Dec 2027",
        "2 dec 2027", "2 December 2027", "02-Dec-2027", "  2  Dec   2027 ", "2027-12-02", "Dec 2, 2027"})
    void everyWayTheClinicWritesADateGivesTheSameDayWhateverTheComputersLocale(String typed) {
        for (Locale pc : new Locale[] {Locale.US, Locale.UK, Locale.of("hi", "IN"), Locale.GERMANY}) {
            Locale before = Locale.getDefault();
            Locale.setDefault(pc);
            try {
                assertThat(DayFirstDates.parse(typed)).as(typed + " on " + pc).contains(SECOND_OF_DECEMBER);
            } finally {
                Locale.setDefault(before);
            }
        }
    }

    @Test
    void datesShowDayFirstWithTheMonthInWordsSoNobodyReadsThemTheAmericanWay() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertThat(DayFirstDates.format(LocalDate.of(2027, 2, 12))).isEqualTo("12 Feb 2027");
            assertThat(DayFirstDates.format(null)).isEmpty();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void emptyIsNoDateAndNonsenseOrImpossibleDatesAreRefused() {
        assertThat(DayFirstDates.parse("  ")).isEmpty();
        assertThatThrownBy(() -> DayFirstDates.parse("31/2/2027")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DayFirstDates.parse("13/13/2027")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DayFirstDates.parse("next week")).isInstanceOf(DateTimeParseException.class);
    }
}
