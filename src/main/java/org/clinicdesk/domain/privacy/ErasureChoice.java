package org.clinicdesk.domain.privacy;

import java.util.List;
import org.clinicdesk.domain.enquiry.ReturningCaller;

/**
 * What a manager decides before an erasure: the enquiry, the enquiries linked to it as the same person (always erased
 * with it, the enquiry itself included), and the others that are not linked but share a phone or have a similar name
 * (families share phones), each erased only if the manager ticks it.
 */
public record ErasureChoice(long enquiryId, List<Long> linked, List<ReturningCaller> others) {
    public ErasureChoice {
        linked = List.copyOf(linked);
        others = List.copyOf(others);
    }

    /** How many linked enquiries go with the chosen one (not counting it). */
    public int linkedBesides() {
        return (int) linked.stream().filter(id -> id != enquiryId).count();
    }
}
