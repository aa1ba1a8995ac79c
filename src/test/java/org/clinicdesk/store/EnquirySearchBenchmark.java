package org.clinicdesk.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.EnquiryQuery;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.store.demo.DemoDataGenerator;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * First-page search times over demo data: {@code ./mvnw -o -B -Pbench test -Dtest=EnquirySearchBenchmark
 * -Dbench.enquiries=100000}. Prints median and p95 in milliseconds; asserts nothing.
 */
class EnquirySearchBenchmark {
    private static final int PAGE = 50;
    private static final int RUNS = 200;

    @TempDir
    Path dir;

    @Test
    void firstPageTimes() {
        int size = Integer.getInteger("bench.enquiries", 100_000);
        try (Database db = TestDb.open(dir)) {
            long start = System.nanoTime();
            new DemoDataGenerator(db, TestDb.CLOCK, 20261125L).generate(size);
            print("generated %d enquiries in %.1f s (file %.1f MB)", size, (System.nanoTime() - start) / 1e9,
                    db.file().toFile().length() / 1e6);
            JooqEnquiryRepository repository = new JooqEnquiryRepository(db);
            Random random = new Random(7);
            List<String> phones = db.read(ctx -> ctx.resultQuery("SELECT phone FROM enquiry ORDER BY random() LIMIT 500")
                    .fetch(0, String.class));
            String[] names = {"laks", "rao", "moham", "shar", "kavya", "venk", "ಕಾವ್ಯ", "शर्मा", "రెడ్డి", "خان", "ravi ku",
                "sidd", "anus", "begum", "iyer", "priya s"};
            measure("name fragment", () -> EnquiryQuery.text(names[random.nextInt(names.length)]), repository);
            measure("phone fragment (5-8 digits)", () -> {
                String digits = phones.get(random.nextInt(phones.size())).substring(3);
                int from = random.nextInt(4);
                return EnquiryQuery.text(digits.substring(from, from + 5 + random.nextInt(3)));
            }, repository);
            EnquiryQuery[] filters = {
                EnquiryQuery.ALL,
                EnquiryQuery.ALL.withStatus(EnquiryStatus.NEW),
                EnquiryQuery.ALL.withChannel(Channel.PHONE).withCentre(1L),
                EnquiryQuery.ALL.withFollowUpDueBy(LocalDate.of(2026, 11, 25)),
                EnquiryQuery.ALL.withCondition(3L),
                EnquiryQuery.ALL.withStatus(EnquiryStatus.CLOSED).withCentre(2L)};
            measure("filter only (mix of 6)", () -> filters[random.nextInt(filters.length)], repository);
            String[] filterNames = {"no filter", "status NEW", "phone + centre 1", "follow-up due", "condition 3",
                "closed at centre 2"};
            for (int i = 0; i < filters.length; i++) {
                EnquiryQuery q = filters[i];
                measure("  filter: " + filterNames[i], () -> q, repository);
            }
            measure("name fragment, page 5", () -> EnquiryQuery.text(names[random.nextInt(names.length)]), repository, 200);
            measure("name fragment + status filter",
                    () -> EnquiryQuery.text(names[random.nextInt(names.length)]).withStatus(EnquiryStatus.CONTACTED), repository);
        }
    }

    private static void measure(String label, Supplier<EnquiryQuery> queries, JooqEnquiryRepository repository) {
        measure(label, queries, repository, 0);
    }

    private static void measure(String label, Supplier<EnquiryQuery> queries, JooqEnquiryRepository repository, int offset) {
        for (int i = 0; i < 20; i++) {
            repository.search(queries.get(), offset, PAGE);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            EnquiryQuery q = queries.get();
            long t = System.nanoTime();
            repository.search(q, offset, PAGE);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        print("%-32s median %6.2f ms   p95 %6.2f ms   max %6.2f ms  (%d runs, %d rows from %d)", label,
                ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.getLast(), RUNS, PAGE, offset);
    }

    private static void print(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
