package org.clinicdesk.domain.enquiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is on file, for the returning-caller check of many new enquiries at once (an import): the desk's rules — the
 * same phone in either field, or a similar name ({@link NameMatcher}) — one match per person, phone matches first,
 * the newest {@value EnquiryService#MATCH_LIMIT} candidates per phone or name word, as the desk looks them up. Read
 * once (ids, names, phones, dates; no notes), so a file of thousands of rows needs no query per row.
 */
public final class KnownPeople {
    /** One enquiry as matching sees it; {@code personId} groups the enquiries of one person. */
    public record Person(long id, long personId, String fullName, String phone, String phoneAlt, Instant createdAt) {
    }

    /** An earlier enquiry that may be the same person: a prompt to look, never a merge. */
    public record Match(long enquiryId, long personId, String fullName, MatchReason reason) {
    }

    private record Filed(Person person, List<String> words) {
    }

    private final List<Person> all = new ArrayList<>();
    private final Map<String, List<Filed>> byPhone = new HashMap<>();
    private final Map<String, List<Filed>> byWord = new HashMap<>();

    /** @param stored oldest first, so the newest candidates are looked at first */
    public KnownPeople(Collection<Person> stored) {
        stored.forEach(this::add);
    }

    /** Files one more enquiry (a row just saved, or an earlier row of the same file). */
    public void add(Person p) {
        all.add(p);
        Filed filed = new Filed(p, NameMatcher.words(p.fullName()));
        for (String phone : new String[] {p.phone(), p.phoneAlt()}) {
            if (phone != null) {
                byPhone.computeIfAbsent(phone, k -> new ArrayList<>(1)).add(filed);
            }
        }
        for (String word : filed.words()) {
            if (word.codePointCount(0, word.length()) >= 3) {
                for (String key : NameMatcher.indexKeys(word)) {
                    List<Filed> list = byWord.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (list.isEmpty() || list.getLast() != filed) {
                        list.add(filed);
                    }
                }
            }
        }
    }

    /** Every enquiry filed, in the order filed. */
    public List<Person> all() {
        return java.util.Collections.unmodifiableList(all);
    }

    /**
     * Earlier enquiries of other people that may be this one: phone matches first, then similar names; one per
     * person (their newest), never of {@code ownPerson}.
     */
    public List<Match> matches(String fullName, String phone, String phoneAlt, long ownPerson) {
        Map<Long, Match> byPerson = new LinkedHashMap<>();
        for (String p : new String[] {phone, phoneAlt}) {
            if (p != null) {
                newest(byPhone.get(p), f -> true, MatchReason.PHONE, ownPerson, byPerson);
            }
        }
        List<String> words = NameMatcher.words(fullName);
        for (String word : words) {
            if (word.codePointCount(0, word.length()) < 3) {
                continue;
            }
            for (String key : NameMatcher.indexKeys(word)) {
                newest(byWord.get(key), f -> NameMatcher.similar(words, f.words()), MatchReason.NAME, ownPerson,
                        byPerson);
            }
        }
        return List.copyOf(byPerson.values());
    }

    private static void newest(List<Filed> candidates, java.util.function.Predicate<Filed> same, MatchReason reason,
                               long ownPerson, Map<Long, Match> byPerson) {
        if (candidates == null) {
            return;
        }
        int looked = 0;
        for (int i = candidates.size() - 1; i >= 0 && looked < EnquiryService.MATCH_LIMIT; i--, looked++) {
            Person p = candidates.get(i).person();
            if (p.personId() != ownPerson && !byPerson.containsKey(p.personId()) && same.test(candidates.get(i))) {
                byPerson.put(p.personId(), new Match(p.id(), p.personId(), p.fullName(), reason));
            }
        }
    }
}
