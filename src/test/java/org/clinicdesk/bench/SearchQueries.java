package org.clinicdesk.bench;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clinicdesk.store.Database;

/**
 * What a receptionist types into the search box, drawn from the database's own rows: name prefixes and fragments in
 * every script the names are in, runs of phone digits, e-mail beginnings. Each query is tagged with its kind.
 */
final class SearchQueries {
    private SearchQueries() {
    }

    record Query(String kind, String text) {
    }

    static List<Query> realistic(Database db, int count, Random random) {
        List<String[]> rows = db.read(ctx -> ctx.resultQuery(
                "SELECT full_name, phone, email FROM enquiry WHERE erased_at IS NULL ORDER BY random() LIMIT " + count)
                .fetch(r -> new String[] {r.get(0, String.class), r.get(1, String.class), r.get(2, String.class)}));
        List<Query> out = new ArrayList<>();
        for (int i = 0; out.size() < count && i < 10 * count && !rows.isEmpty(); i++) {
            String[] row = rows.get(i % rows.size());
            int pick = random.nextInt(100);
            if (pick < 20 && row[2] != null) {
                out.add(new Query("e-mail", row[2].substring(0, Math.min(row[2].length(), 4 + random.nextInt(6)))));
            } else if (pick < 45 && row[1] != null && row[1].length() > 10) {
                String digits = row[1].substring(3);
                int len = 4 + random.nextInt(5);
                int from = random.nextInt(Math.max(1, digits.length() - len));
                out.add(new Query("phone digits", digits.substring(from, Math.min(digits.length(), from + len))));
            } else {
                String[] words = row[0].split("\\s+");
                int[] cps = words[random.nextInt(words.length)].codePoints().toArray();
                if (cps.length < 3) {
                    continue;
                }
                boolean prefix = random.nextBoolean();
                int len = Math.min(cps.length, 3 + random.nextInt(4));
                int from = prefix ? 0 : random.nextInt(cps.length - len + 1);
                String q = new String(cps, from, len);
                out.add(new Query((prefix ? "name prefix, " : "name fragment, ") + script(q), q));
            }
        }
        return out;
    }

    static Map<String, List<String>> byKind(List<Query> queries) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        queries.forEach(q -> out.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q.text()));
        return out;
    }

    private static String script(String text) {
        UnicodeScript s = UnicodeScript.of(text.codePointAt(0));
        return switch (s) {
            case LATIN -> "Latin";
            case DEVANAGARI -> "Devanagari";
            case KANNADA -> "Kannada";
            case TELUGU -> "Telugu";
            case ARABIC -> "Urdu";
            default -> s.name().toLowerCase();
        };
    }
}
