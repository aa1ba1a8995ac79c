package org.clinicdesk.domain.enquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.staff.StaffMember;

/**
 * New enquiries saved together (an import), each as a desk save creates one: its CREATED line, its audit entry, and
 * the returning-caller check, which flags an enquiry for a look when another person's enquiry (stored, or earlier in
 * the batch) has its phone or a similar name. Written a few thousand at a time inside the caller's transaction.
 */
final class EnquiryBatch {
    private static final int CHUNK = 5_000;

    private final EnquiryRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    EnquiryBatch(EnquiryRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param valid    validated and normalised new enquiries; each keeps its status and enquiry date
     * @param samePerson for each enquiry, the index of an earlier one of the same person, or -1
     */
    List<Long> save(List<Enquiry> valid, List<Integer> samePerson, StaffMember who, Progress progress) {
        Instant now = clock.instant();
        Long by = who.staffId();
        KnownPeople known = new KnownPeople(repository.people());
        List<Long> ids = new ArrayList<>(valid.size());
        for (int start = 0; start < valid.size(); start += CHUNK) {
            progress.checkCancelled();
            progress.update(start, valid.size(), "Writing enquiries");
            List<Enquiry> chunk = new ArrayList<>();
            for (Enquiry e : valid.subList(start, Math.min(valid.size(), start + CHUNK))) {
                chunk.add(asNew(e, now, by));
            }
            List<Long> written = repository.insertAll(chunk);
            ids.addAll(written);
            afterInsert(chunk, start, ids, samePerson, known, now, by);
        }
        progress.update(valid.size(), valid.size(), "Written");
        return ids;
    }

    private static Enquiry asNew(Enquiry e, Instant now, Long by) {
        boolean closed = e.status() == EnquiryStatus.CLOSED;
        return e.toBuilder().id(0).personId(null).version(0).erasedAt(null)
                .closeReason(closed ? (e.closeReason() == null ? CloseReason.OTHER : e.closeReason()) : null)
                .createdAt(e.createdAt() == null ? now : e.createdAt()).createdBy(by).updatedAt(now).updatedBy(by)
                .build();
    }

    /** Person links, timeline, audit and match flags of a chunk just inserted; each row is matched with all before it. */
    private void afterInsert(List<Enquiry> chunk, int start, List<Long> ids, List<Integer> samePerson,
                             KnownPeople known, Instant now, Long by) {
        List<EnquiryRepository.NewEvent> events = new ArrayList<>(chunk.size());
        List<AuditLog.Entry> entries = new ArrayList<>(chunk.size());
        Map<Long, List<Long>> flags = new LinkedHashMap<>();
        Map<Long, Long> links = new LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            Enquiry e = chunk.get(i);
            long id = ids.get(start + i);
            int earlier = samePerson.get(start + i);
            long person = earlier < 0 ? id : ids.get(earlier);
            if (person != id) {
                links.put(id, person);
            }
            events.add(new EnquiryRepository.NewEvent(id, "CREATED", e.channel().name()));
            entries.add(new AuditLog.Entry(AuditAction.CREATE, EnquiryService.ENTITY, id, "channel=" + e.channel()
                    + " centre=" + e.centreId() + " (import)"
                    + (person != id ? " linked to earlier enquiry of the same person" : "")));
            List<Long> matched = known.matches(e.fullName(), e.phone(), e.phoneAlt(), person).stream()
                    .map(KnownPeople.Match::enquiryId).toList();
            if (!matched.isEmpty()) {
                flags.put(id, matched);
                events.add(new EnquiryRepository.NewEvent(id, "MATCH_TO_CHECK",
                        String.join(", ", matched.stream().map(m -> "#" + m).toList())));
                entries.add(new AuditLog.Entry(AuditAction.CHANGE, EnquiryService.ENTITY, id, "imported without a "
                        + "decision on " + matched.size() + " possible matches of another person (same phone or "
                        + "similar name); flagged for a look"));
            }
            known.add(new KnownPeople.Person(id, person, e.fullName(), e.phone(), e.phoneAlt(), e.createdAt()));
        }
        repository.linkPeople(links);
        repository.addEvents(events, now, by);
        repository.flagAllForCheck(flags, now, by);
        audit.recordAll(entries);
    }
}
