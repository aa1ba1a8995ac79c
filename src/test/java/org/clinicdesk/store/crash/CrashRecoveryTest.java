package org.clinicdesk.store.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.jooq.tables.records.EnquiryRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is saving enquiries (SIGKILL: {@code destroyForcibly} on Linux) at random moments, reopens the
 * database, and checks that every enquiry it reported as saved is there, intact, and that no transaction is half
 * written. 20 rounds in the normal test run; the long run:
 * {@code ./mvnw -o -B test -Dtest=CrashRecoveryTest -Dcrash.rounds=100}.
 */
class CrashRecoveryTest {
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 20);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

    private record Saved(long id, String token, String group, int size) {
    }

    @TempDir
    Path dir;

    @Test
    void everyReportedEnquirySurvivesSigkill() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Random random = new Random(SEED);
        Map<Long, Saved> reported = new HashMap<>();
        long started = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            List<Saved> saved = runAndKill(file, random.nextLong(), 20 + random.nextInt(300));
            saved.forEach(s -> reported.put(s.id(), s));
            try (Database db = Database.open(file)) {
                assertThat(db.integrityCheck()).as("round %d (seed %d)", round, SEED).isEqualTo("ok");
                checkIntact(db, reported, round);
            }
        }
        System.out.printf("CrashRecoveryTest: %d SIGKILL rounds (seed %d) in %.1f s, %d enquiries reported saved, all "
                        + "present and intact, integrity ok%n", ROUNDS, SEED, (System.nanoTime() - started) / 1e9,
                reported.size());
        assertThat(reported).as("the child saved something before it was killed").isNotEmpty();
    }

    private static void checkIntact(Database db, Map<Long, Saved> reported, int round) {
        Map<Long, EnquiryRecord> rows = new HashMap<>();
        db.read(ctx -> ctx.selectFrom(ENQUIRY).fetch()).forEach(r -> rows.put(r.getId(), r));
        for (Saved s : reported.values()) {
            EnquiryRecord r = rows.get(s.id());
            assertThat(r).as("round %d: enquiry %d was reported saved", round, s.id()).isNotNull();
            assertThat(r.getFullName()).isEqualTo("Crash " + s.token() + " ಅನಿತಾ");
            assertThat(r.getNotes()).isEqualTo(CrashWriter.notes(s.token()));
            assertThat(r.getPhone()).isEqualTo("+9198450" + CrashWriter.digits(s.token()));
            assertThat(r.getCity()).isEqualTo(s.group());
        }
        Map<String, Integer> groupCounts = new HashMap<>();
        rows.values().forEach(r -> groupCounts.merge(r.getCity(), 1, Integer::sum));
        for (EnquiryRecord r : rows.values()) {
            String token = r.getFullName().substring("Crash ".length(), r.getFullName().length() - " ಅನಿತಾ".length());
            assertThat(r.getNotes()).as("round %d: row %d intact", round, r.getId()).isEqualTo(CrashWriter.notes(token));
        }
        for (Saved s : reported.values()) {
            assertThat(groupCounts.get(s.group())).as("round %d: a transaction of %d rows", round, s.size())
                    .isEqualTo(s.size());
        }
    }

    /** A JVM tuned to start fast: it only runs for a fraction of a second before it is killed. */
    private static ProcessBuilder writer(Path file, long seed, String... more) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "--enable-native-access=ALL-UNNAMED", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), file.toString(),
                Long.toString(seed)));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    /** Starts the writer, lets it run for {@code millis} after it is ready, kills it, returns what it reported. */
    private static List<Saved> runAndKill(Path file, long seed, int millis) throws Exception {
        Process child = writer(file, seed).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else {
                        lines.add(line);
                    }
                }
            } catch (java.io.IOException ignored) {
                // the pipe closes when the child is killed
            }
        });
        boolean started = ready.await(30, TimeUnit.SECONDS);
        Thread.sleep(millis);
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        assertThat(started).as("the writer started").isTrue();
        List<Saved> saved = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            // a line cut off by the kill was never fully reported
            if (parts.length == 5 && parts[4].equals("ok")) {
                saved.add(new Saved(Long.parseLong(parts[0]), parts[1], parts[2], Integer.parseInt(parts[3])));
            }
        }
        return saved;
    }
}
