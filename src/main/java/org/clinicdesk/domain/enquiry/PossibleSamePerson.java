package org.clinicdesk.domain.enquiry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The returning-caller matching, in one place: enquiries not erased that share a phone number (either of an
 * enquiry's two, compared in E.164) or have a similar name ({@link NameMatcher}). The desk uses it to prompt for a
 * returning caller as a name and phone are typed; erasure uses it to show the person's enquiries that are not linked.
 */
public final class PossibleSamePerson {
    private final EnquiryRepository repository;

    public PossibleSamePerson(EnquiryRepository repository) {
        this.repository = repository;
    }

    /**
     * Every matching enquiry once, phone matches first, newest first within each; at most {@value
     * EnquiryService#MATCH_LIMIT} per phone set and per name.
     *
     * @param phones E.164 numbers
     */
    public List<ReturningCaller> find(Collection<String> phones, Collection<String> names) {
        Map<Long, ReturningCaller> byEnquiry = new LinkedHashMap<>();
        if (!phones.isEmpty()) {
            for (EnquirySummary s : repository.findByPhones(phones, EnquiryService.MATCH_LIMIT)) {
                byEnquiry.putIfAbsent(s.id(), new ReturningCaller(s, MatchReason.PHONE));
            }
        }
        for (String name : names) {
            Set<String> words = NameMatcher.searchWords(name);
            if (words.isEmpty()) {
                continue;
            }
            for (EnquirySummary s : repository.findByNameWords(words, EnquiryService.MATCH_LIMIT)) {
                if (NameMatcher.similar(name, s.fullName())) {
                    byEnquiry.putIfAbsent(s.id(), new ReturningCaller(s, MatchReason.NAME));
                }
            }
        }
        return new ArrayList<>(byEnquiry.values());
    }

    /**
     * The enquiries that may be the same person as any of {@code enquiryIds} (by their stored phones and names) but are
     * not among them.
     */
    public List<ReturningCaller> ofEnquiries(Collection<Long> enquiryIds) {
        Set<String> phones = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Long id : enquiryIds) {
            repository.find(id).ifPresent(e -> {
                if (e.phone() != null) {
                    phones.add(e.phone());
                }
                if (e.phoneAlt() != null) {
                    phones.add(e.phoneAlt());
                }
                if (e.fullName() != null && !e.fullName().isBlank()) {
                    names.add(e.fullName());
                }
            });
        }
        return find(phones, names).stream().filter(m -> !enquiryIds.contains(m.enquiry().id())).toList();
    }
}
