package org.clinicdesk.store.crash;

import static org.clinicdesk.store.jooq.Tables.CENTRE;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqEnquiryRepository;

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
            JooqEnquiryRepository store = new JooqEnquiryRepository(db);
            out.println("READY");
            long stopAfter = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
            for (long n = 0; n < stopAfter; n++) {
                // sometimes several enquiries in one transaction: after a crash, all of them or none
                int size = random.nextInt(4) == 0 ? 2 + random.nextInt(20) : 1;
                String group = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                List<Enquiry> rows = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    rows.add(row(group + "-" + i, group, centre));
                }
                List<Long> ids = db.inTransaction(() -> store.insertAll(rows));
                for (int i = 0; i < size; i++) {
                    out.println(ids.get(i) + " " + group + "-" + i + " " + group + " " + size + " ok");
                }
            }
        }
    }

    /** Everything in the row follows from the token, so the test can tell an intact row from a damaged one. */
    public static Enquiry row(String token, String group, long centre) {
        Instant at = Instant.parse("2026-11-25T04:30:00Z");
        return Enquiry.builder().fullName("Crash " + token + " ಅನಿತಾ").phone("+9198450" + digits(token)).city(group)
                .age(token.length()).channel(Channel.PHONE).centreId(centre).notes(notes(token))
                .status(EnquiryStatus.NEW).createdAt(at).updatedAt(at).consentMethod(ConsentMethod.SPOKEN)
                .consentGivenAt(at).build();
    }

    public static String notes(String token) {
        return (token + " ").repeat(1 + 2000 / (token.length() + 1)).strip(); // stored notes are stripped
    }

    static String digits(String token) {
        return String.format("%05d", Math.floorMod(token.hashCode(), 100_000));
    }
}
