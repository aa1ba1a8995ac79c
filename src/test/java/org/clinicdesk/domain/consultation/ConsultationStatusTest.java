package org.clinicdesk.domain.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.domain.consultation.ConsultationStatus.ARRIVED;
import static org.clinicdesk.domain.consultation.ConsultationStatus.BOOKED;
import static org.clinicdesk.domain.consultation.ConsultationStatus.CANCELLED;
import static org.clinicdesk.domain.consultation.ConsultationStatus.COMPLETED;
import static org.clinicdesk.domain.consultation.ConsultationStatus.CONFIRMED;
import static org.clinicdesk.domain.consultation.ConsultationStatus.NO_SHOW;
import static org.clinicdesk.domain.consultation.ConsultationStatus.RESCHEDULED;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsultationStatusTest {
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "BOOKED, CONFIRMED, true", "BOOKED, ARRIVED, true", "BOOKED, NO_SHOW, true", "BOOKED, CANCELLED, true",
        "BOOKED, RESCHEDULED, true", "BOOKED, COMPLETED, false", "BOOKED, BOOKED, false",
        "CONFIRMED, ARRIVED, true", "CONFIRMED, NO_SHOW, true", "CONFIRMED, CANCELLED, true",
        "CONFIRMED, RESCHEDULED, true", "CONFIRMED, BOOKED, false", "CONFIRMED, COMPLETED, false",
        "ARRIVED, COMPLETED, true", "ARRIVED, CANCELLED, true", "ARRIVED, NO_SHOW, false", "ARRIVED, CONFIRMED, false",
        "ARRIVED, RESCHEDULED, false",
        "COMPLETED, ARRIVED, false", "COMPLETED, CANCELLED, false", "NO_SHOW, ARRIVED, false",
        "NO_SHOW, RESCHEDULED, false", "CANCELLED, BOOKED, false", "RESCHEDULED, BOOKED, false"})
    void theTransitionTable(ConsultationStatus from, ConsultationStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.refusal(to).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void everyRefusalSaysWhatToDo() {
        assertThat(BOOKED.refusal(COMPLETED)).hasValueSatisfying(r -> assertThat(r).contains("arrived"));
        assertThat(COMPLETED.refusal(ARRIVED)).hasValueSatisfying(r -> assertThat(r).contains("Undo"));
        assertThat(CONFIRMED.refusal(CONFIRMED)).hasValueSatisfying(r -> assertThat(r).contains("already confirmed"));
        assertThat(NO_SHOW.refusal(ARRIVED)).hasValueSatisfying(r -> assertThat(r).contains("no-show"));
    }

    @Test
    void onlyCancelledRescheduledAndNoShowFreeTheClinician() {
        Set<ConsultationStatus> freeing = EnumSet.noneOf(ConsultationStatus.class);
        for (ConsultationStatus s : ConsultationStatus.values()) {
            if (!s.holdsSlot()) {
                freeing.add(s);
            }
        }
        assertThat(freeing).containsExactlyInAnyOrder(CANCELLED, RESCHEDULED, NO_SHOW);
        assertThat(EnumSet.allOf(ConsultationStatus.class).stream().filter(ConsultationStatus::isFinal))
                .containsExactlyInAnyOrder(COMPLETED, NO_SHOW, CANCELLED, RESCHEDULED);
    }
}
