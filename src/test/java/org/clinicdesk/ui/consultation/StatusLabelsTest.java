package org.clinicdesk.ui.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.clinicdesk.domain.consultation.ConsultationMode;
import org.clinicdesk.domain.consultation.ConsultationStatus;
import org.clinicdesk.ui.common.Messages;
import org.junit.jupiter.api.Test;

class StatusLabelsTest {
    @Test
    void everyStatusAndModeHasWordsAndEveryStatusAStyle() {
        assertThat(Arrays.stream(ConsultationStatus.values()).map(StatusLabels::key)).allMatch(Messages::has);
        assertThat(Arrays.stream(ConsultationMode.values()).map(StatusLabels::key)).allMatch(Messages::has);
        assertThat(StatusLabels.text(ConsultationStatus.NO_SHOW)).isEqualTo("No-show");
        assertThat(StatusLabels.styleClass(ConsultationStatus.NO_SHOW)).isEqualTo("status-no-show");
        assertThat(Arrays.stream(ConsultationStatus.values()).map(s -> "consultation.done." + s.name())
                .filter(k -> !k.endsWith("RESCHEDULED"))).allMatch(Messages::has);
    }
}
