package org.clinicdesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.app.BundledSheets;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryQuery;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.sheet.SheetFilter;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqEnquiryRepository;
import org.clinicdesk.store.demo.DemoDataGenerator;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one benchmark: {@code ./mvnw -B -ntp -Pbench test} (size: {@code -Dbench.enquiries=N}, default 1,000,000; the
 * generator's history gives about a quarter as many consultations and half as many handouts). Builds a
 * database with the demo generator, then measures each figure beside its floor and writes target/bench/results.md.
 * {@code -Dbench.dataDir=DIR} keeps the database there (for the start-up measurement). Asserts nothing.
 */
class DeskBenchmark {
    private static final int PAGE = 50;

    @TempDir
    Path dir;

    @Test
    void table() throws Exception {
        int enquiries = Integer.getInteger("bench.enquiries", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 1_000);
        BenchTable table = new BenchTable();
        System.gc();
        long harnessHeap = usedHeap();
        // -Dbench.dataDir keeps the database for packaging/linux/start-bench.sh; a database already there is replaced,
        // unless -Dbench.reuse=true: then the queries are measured on it again, without generating or importing
        Path data = Files.createDirectories(System.getProperty("bench.dataDir") != null
                ? Path.of(System.getProperty("bench.dataDir")).toAbsolutePath() : dir.resolve("data"));
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.exists(data.resolve(Database.FILE_NAME));
        if (!reuse) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(data.resolve(Database.FILE_NAME + suffix));
            }
        }
        String sizes;
        try (AppContext context = AppContext.open(data, true, TestDb.CLOCK)) {
            Database db = context.database();
            Path floorFile = Files.createDirectories(dir.resolve("floor-db")).resolve(Database.FILE_NAME);
            try (Database floorDb = TestDb.open(dir.resolve("floor-db"))) {
                new DemoDataGenerator(floorDb, TestDb.CLOCK, 1).generate(1);
            }
            if (reuse) {
                BundledSheets.ensureLoaded(context);
                table.note("database reused from " + data + " (-Dbench.reuse): generation and import not measured");
            } else {
                long t = System.nanoTime();
                DemoDataGenerator generator = new DemoDataGenerator(db, TestDb.CLOCK, 20261125L);
                generator.generate(enquiries); // with its history: contacts, closings, consultations (issue 15)
                double generated = enquiries / ((System.nanoTime() - t) / 1e9);
                BundledSheets.ensureLoaded(context);
                t = System.nanoTime();
                generator.handOutSheets();
                table.note(String.format("handouts written in %.1f s", (System.nanoTime() - t) / 1e9));
                try (Floors floor = new Floors(floorFile)) {
                    table.rate("generation (demo generator)", generated, floor.insertRate(Math.min(enquiries, 100_000)),
                            "–");
                }
            }
            LocalDate today = context.consultationService().today();
            context.signInService().signInDemo();
            if (!reuse) {
                ImportRun.measure(context, table, Integer.getInteger("bench.importRows", Math.min(20_000, enquiries / 5)),
                        floorFile);
            }
            // the sizes the generator really made (it fills the clinicians' real hours, so its consultations and
            // handouts are not exactly the asked-for fifth and three tenths)
            int rows = db.read(ctx -> ctx.fetchCount(org.clinicdesk.store.jooq.Tables.ENQUIRY));
            sizes = String.format("Database: %,d enquiries, %,d consultations, %,d handouts (demo generator, "
                    + "seed 20261125, both centres).", rows,
                    db.read(ctx -> ctx.fetchCount(org.clinicdesk.store.jooq.Tables.CONSULTATION)),
                    db.read(ctx -> ctx.fetchCount(org.clinicdesk.store.jooq.Tables.HANDOUT)));

            try (Floors floor = new Floors(db.file())) {
                search(db, floor, table, queries);
                list(db, floor, table);
                save(context, floor, table);
                DiaryRun.measure(context, floor, table, today);
                ReportRun.measure(context, floor, table);
            }
            sheets(context, table);
            new JooqEnquiryRepository(db).search(EnquiryQuery.ALL, 0, PAGE);
            System.gc();
            long heap = usedHeap();
            table.row("heap after opening the enquiry list", mb(heap), heap, "harness alone " + mb(harnessHeap),
                    harnessHeap, "≤ 128 MB");
            db.checkpoint();
            long bytes = Files.size(db.file());
            long tableBytes = enquiryTableBytes(db);
            table.row("database bytes per enquiry", String.format("%,d B (file %,.0f MB)", bytes / rows, bytes / 1e6),
                    bytes, tableBytes > 0 ? String.format("%,d B (enquiry rows alone)", tableBytes / rows) : "–",
                    tableBytes, "–");
        }
        Path written = table.write(Path.of("target", "bench", "results.md"), sizes);
        System.out.println("[bench] table written to " + written.toAbsolutePath());
        System.out.println(table.markdown(sizes));
    }

    private static void search(Database db, Floors floor, BenchTable table, int queries) {
        List<SearchQueries.Query> all = SearchQueries.realistic(db, queries, new Random(17));
        List<String> typed = all.stream().map(SearchQueries.Query::text).toList();
        JooqEnquiryRepository repository = new JooqEnquiryRepository(db);
        Timings desk = Timings.of(50, typed.size(), i -> repository.search(EnquiryQuery.text(typed.get(i)), 0, PAGE));
        Timings plain = Timings.of(50, typed.size(), i -> floor.fts(typed.get(i)));
        table.row("search as you type, " + typed.size() + " queries, p50/p95/p99", desk.triple(), desk.p50(),
                plain.triple(), plain.p50(), "p50 ≤ 5 ms, p95 ≤ 15 ms, ≤ 3× floor");
        for (Map.Entry<String, List<String>> kind : SearchQueries.byKind(all).entrySet()) {
            List<String> q = kind.getValue();
            // warm-up calls wrap round: a kind may have fewer queries than warm-up calls
            Timings d = Timings.of(5, q.size(), i -> repository.search(EnquiryQuery.text(q.get(i % q.size())), 0, PAGE));
            Timings f = Timings.of(5, q.size(), i -> floor.fts(q.get(i % q.size())));
            table.row("  search: " + kind.getKey() + " (" + q.size() + ")", d.triple(), d.p50(), f.triple(), f.p50(), "");
        }
    }

    private static void list(Database db, Floors floor, BenchTable table) {
        JooqEnquiryRepository repository = new JooqEnquiryRepository(db);
        String plain = "SELECT id, full_name, phone, status, channel, centre_id, next_follow_up, created_at FROM enquiry %s"
                + " ORDER BY created_at DESC, id DESC LIMIT 50 OFFSET ?";
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("first page, no filter", new Object[] {EnquiryQuery.ALL, 0, "", new Object[0]});
        cases.put("scroll page (rows 500-549), no filter", new Object[] {EnquiryQuery.ALL, 500, "", new Object[0]});
        cases.put("first page, status NEW", new Object[] {EnquiryQuery.ALL.withStatus(EnquiryStatus.NEW), 0,
            "WHERE status = ?", new Object[] {"NEW"}});
        cases.put("scroll page, phone + centre 2", new Object[] {EnquiryQuery.ALL.withChannel(Channel.PHONE).withCentre(2L),
            500, "WHERE channel = ? AND centre_id = ?", new Object[] {"PHONE", 2L}});
        for (Map.Entry<String, Object[]> c : cases.entrySet()) {
            EnquiryQuery q = (EnquiryQuery) c.getValue()[0];
            int offset = (Integer) c.getValue()[1];
            String sql = String.format(plain, c.getValue()[2]);
            Object[] args = append((Object[]) c.getValue()[3], offset);
            Timings d = Timings.of(10, 100, i -> repository.search(q, offset, PAGE));
            Timings f = Timings.of(10, 100, i -> floor.query(sql, args));
            table.row("enquiry list: " + c.getKey(), d.p50p99(), d.p50(), f.p50p99(), f.p50(), "≤ 20 ms");
        }
    }

    private static Object[] append(Object[] args, Object last) {
        Object[] out = java.util.Arrays.copyOf(args, args.length + 1);
        out[args.length] = last;
        return out;
    }

    private static void save(AppContext context, Floors floor, BenchTable table) {
        long centre = context.consultationService().centres().getFirst().id();
        Timings d = Timings.of(10, 200, i -> context.enquiryService().save(Enquiry.builder()
                .fullName("Bench Walk-in " + i).phone("+91 98450 " + String.format("%05d", i)).channel(Channel.WALK_IN)
                .centreId(centre).consentMethod(ConsentMethod.SPOKEN).build()));
        Timings f = Timings.of(10, 200, floor::insertOne);
        table.row("save an enquiry (synchronous=FULL), p50/p99", d.p50p99(), d.p50(), f.p50p99(), f.p50(), "p50 ≤ 10 ms");
    }

    private static void sheets(AppContext context, BenchTable table) {
        List<SheetVersion> approved = new ArrayList<>(context.sheetService().library(SheetFilter.ALL).stream()
                .filter(v -> v.status() == SheetStatus.APPROVED).toList());
        Map<String, Floors.PlainPdf> plain = new LinkedHashMap<>();
        for (SheetVersion v : approved) {
            String language = v.content().language();
            Floors.PlainPdf floor = plain.computeIfAbsent(language, l -> new Floors.PlainPdf(Floors.fontFor(l)));
            String text = v.content().title() + "\n" + v.content().summary() + "\n" + v.content().bodyMarkdown();
            Timings d = Timings.of(3, 10, i -> context.sheetOutput().preview(v, SheetPageSize.A4, false));
            Timings f = Timings.of(3, 10, i -> floor.write(text));
            table.row("sheet to PDF, warm: " + v.content().slug() + " (" + language + ")", d.p50p99(), d.p50(),
                    f.p50p99(), f.p50(), "≤ 200 ms");
        }
        if (approved.isEmpty()) {
            table.missing("sheet to PDF", "no approved sheet in the database");
        }
    }

    private static long enquiryTableBytes(Database db) {
        try {
            Long bytes = db.read(ctx -> ctx.resultQuery("SELECT sum(pgsize) FROM dbstat WHERE name = 'enquiry'").fetchOne(0, Long.class));
            return bytes == null ? 0 : bytes;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String mb(long bytes) {
        return String.format("%.0f MB", bytes / 1e6);
    }
}
