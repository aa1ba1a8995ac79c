package org.clinicdesk.domain.enquiry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check made again at save: earlier enquiries of another person with the same phone, that the desk did not say
 * were someone else. A phone match is strong (a similar name alone is not); families share phones, so it never blocks
 * the save, but an enquiry saved with such matches undecided is flagged for a look.
 */
final class UndecidedMatches {
    private UndecidedMatches() {
    }

    /** @param someoneElse earlier enquiries the desk said are someone else (their whole person is decided) */
    static List<Long> of(EnquiryRepository repository, Enquiry saved, Set<Long> someoneElse) {
        Set<String> phones = new LinkedHashSet<>();
        if (saved.phone() != null) {
            phones.add(saved.phone());
        }
        if (saved.phoneAlt() != null) {
            phones.add(saved.phoneAlt());
        }
        if (phones.isEmpty()) {
            return List.of();
        }
        long person = personOf(saved.personId(), saved.id());
        List<EnquirySummary> found = repository.findByPhones(phones, EnquiryService.MATCH_LIMIT);
        Set<Long> decidedPeople = found.stream().filter(s -> someoneElse.contains(s.id()))
                .map(s -> personOf(s.personId(), s.id())).collect(Collectors.toSet());
        return found.stream().filter(s -> s.id() != saved.id())
                .filter(s -> personOf(s.personId(), s.id()) != person)
                .filter(s -> !decidedPeople.contains(personOf(s.personId(), s.id())))
                .map(EnquirySummary::id).toList();
    }

    private static long personOf(Long personId, long id) {
        return personId == null ? id : personId;
    }
}
