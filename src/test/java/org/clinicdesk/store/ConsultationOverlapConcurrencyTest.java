package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.domain.consultation.ConsultationMode;
import org.clinicdesk.domain.consultation.NewConsultation;
import org.clinicdesk.domain.consultation.SlotTakenException;
import org.clinicdesk.testing.ConsultationFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** Two desks (two Database instances, two threads) book the same clinician at the same time: exactly one wins. */
class ConsultationOverlapConcurrencyTest {
    @TempDir
    Path dir;

    @RepeatedTest(3)
    void twoWritersOnTheSameFileCannotBothBookTheSameTime() throws Exception {
        try (ConsultationFixture deskA = new ConsultationFixture(dir, TestDb.CLOCK).seed();
             ConsultationFixture deskB = new ConsultationFixture(Database.open(deskA.db.file()), TestDb.CLOCK)) {
            deskB.user.signIn(deskA.reception);
            long first = deskA.enquiry("First Person", "+919845012345", "NEW", null);
            long second = deskA.enquiry("Second Person", "+919845012346", "NEW", null);
            LocalDate friday = LocalDate.of(2026, 11, 27);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<String>> results = new ArrayList<>();
                results.add(pool.submit(attempt(go, deskA, new NewConsultation(first, deskA.bangalore, deskA.rao.id(),
                        friday.atTime(11, 0), 30, ConsultationMode.IN_PERSON, "", null))));
                results.add(pool.submit(attempt(go, deskB, new NewConsultation(second, deskA.bangalore, deskA.rao.id(),
                        friday.atTime(11, 15), 30, ConsultationMode.VIDEO, "", null))));
                go.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> r : results) {
                    outcomes.add(r.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).containsExactlyInAnyOrder("booked", "refused");
            } finally {
                pool.shutdownNow();
            }
            assertThat(deskA.db.<Integer>read(ctx -> ctx.fetchCount(CONSULTATION))).isEqualTo(1);
        }
    }

    private static Callable<String> attempt(CountDownLatch go, ConsultationFixture desk, NewConsultation request) {
        return () -> {
            go.await();
            try {
                desk.consultations.book(request);
                return "booked";
            } catch (SlotTakenException e) {
                return "refused";
            }
        };
    }
}
