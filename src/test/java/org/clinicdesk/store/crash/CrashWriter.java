package org.clinicdesk.store.crash;

import static org.clinicdesk.store.jooq.Tables.CENTRE;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.transfer.ImportedEnquiry;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.transfer.JooqEnquiryImportStore;

/**
 * The child process of {@link CrashRecoveryTest}: saves enquiries through the real store in a loop, and prints
 * "id token group size ok" for each row only after its transaction committed. It never stops by itself (the test
 * kills it) unless a third argument limits the number of transactions.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Random random = new Random(Long.parseLong(args[1]));
        try (Database db = Database.open(Path.of(args[0]))) {
            long centre = db.write(ctx -> {
                Long existing = ctx.select(CENTRE.ID).from(CENTRE).limit(1).fetchOne(CENTRE.ID);
                return existing != null ? existing : ctx.insertInto(CENTRE).set(CENTRE.NAME, "Crash centre")
                        .set(CENTRE.CITY, "Bengaluru").set(CENTRE.CREATED_AT, "2026-11-25T04:30:00.000Z")
                        .set(CENTRE.UPDATED_AT, "2026-11-25T04:30:00.000Z").returning(CENTRE.ID).fetchSingle().getId();
            });
            JooqEnquiryImportStore store = new JooqEnquiryImportStore(db, Clock.systemUTC());
            out.println("READY");
            long stopAfter = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
            for (long n = 0; n < stopAfter; n++) {
                // sometimes several enquiries in one transaction: after a crash, all of them or none
                int size = random.nextInt(4) == 0 ? 2 + random.nextInt(20) : 1;
                String group = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                List<ImportedEnquiry> rows = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    rows.add(row(group + "-" + i, group, centre));
                }
                List<Long> ids = store.insert(rows, null, Progress.NONE);
                for (int i = 0; i < size; i++) {
                    out.println(ids.get(i) + " " + group + "-" + i + " " + group + " " + size + " ok");
                }
            }
        }
    }

    /** Everything in the row follows from the token, so the test can tell an intact row from a damaged one. */
    public static ImportedEnquiry row(String token, String group, long centre) {
        return new ImportedEnquiry(0, "Crash " + token + " ಅನಿತಾ", "+9198450" + digits(token), null, null, group,
                token.length(), "PHONE", null, centre, notes(token), "NEW", null, Instant.parse("2026-11-25T04:30:00Z"),
                "SPOKEN", Instant.parse("2026-11-25T04:30:00Z"), java.util.List.of(), java.util.List.of());
    }

    public static String notes(String token) {
        return (token + " ").repeat(1 + 2000 / (token.length() + 1));
    }

    static String digits(String token) {
        return String.format("%05d", Math.floorMod(token.hashCode(), 100_000));
    }
}
