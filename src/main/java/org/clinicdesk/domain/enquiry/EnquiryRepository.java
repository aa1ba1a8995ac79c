package org.clinicdesk.domain.enquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of enquiries, their conditions and their timeline. */
public interface EnquiryRepository {
    Optional<Enquiry> find(long id);

    /** The enquiries with these ids (with their conditions), in no particular order; missing ids are left out. */
    default List<Enquiry> findAll(Collection<Long> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The name of every condition on the clinic's list, active or not, by id. */
    java.util.Map<Long, String> conditionNames();

    /** Inserts a new enquiry with version 1; a missing person id becomes the enquiry's own id. */
    Enquiry insert(Enquiry enquiry);

    /**
     * Inserts many new enquiries (with their conditions) as {@link #insert} does each; joins the caller's transaction.
     * Returns their ids in order.
     */
    default List<Long> insertAll(List<Enquiry> enquiries) {
        return enquiries.stream().map(e -> insert(e).id()).toList();
    }

    /** Sets the person of each enquiry of the map (enquiry id to the person id it shares); joins the caller's transaction. */
    void linkPeople(java.util.Map<Long, Long> personOf);

    /** Every enquiry not erased, as the returning-caller check sees it (no notes), oldest first. */
    List<KnownPeople.Person> people();

    /** A line for an enquiry's timeline, written with others at once. */
    record NewEvent(long enquiryId, String kind, String detail) {
    }

    /** As {@link #addEvent} for each, all at {@code at} by {@code staffId}. */
    default void addEvents(List<NewEvent> events, Instant at, Long staffId) {
        events.forEach(e -> addEvent(e.enquiryId(), e.kind(), e.detail(), at, staffId));
    }

    /** As {@link #flagForCheck} for each enquiry of the map (enquiry id to the ids it matched). */
    default void flagAllForCheck(java.util.Map<Long, List<Long>> matched, Instant at, Long staffId) {
        matched.forEach((id, ids) -> flagForCheck(id, ids, at, staffId));
    }

    /**
     * Stores {@code enquiry} if the stored version is still {@code expectedVersion}, raising the version by one.
     *
     * @return the stored enquiry, or empty if someone else saved it first
     */
    Optional<Enquiry> update(Enquiry enquiry, int expectedVersion);

    void addEvent(long enquiryId, String kind, String detail, Instant at, Long staffId);

    /**
     * A contact on the timeline, with the follow-up date it answered (null when none was set) and whether it came
     * after that date, so reports can count follow-ups done on time and late.
     */
    void addContact(long enquiryId, ContactKind kind, String note, Instant at, Long staffId, LocalDate followUpDue,
                    boolean late);

    /**
     * One page of enquiries matching the query: exact and prefix matches first, then newest first; with the follow-up
     * filter and no text, most overdue first.
     */
    List<EnquirySummary> search(EnquiryQuery query, int offset, int limit);

    /** How many enquiries {@link #search} would list in all, page after page. */
    int count(EnquiryQuery query);

    /** Open enquiries whose follow-up is due on or before {@code day}, oldest due first; any centre when null. */
    List<EnquirySummary> followUpsDue(LocalDate day, Long centreId, int offset, int limit);

    /** Enquiries with any of these E.164 numbers in either phone field, newest first. */
    List<EnquirySummary> findByPhones(Collection<String> phones, int limit);

    /** Enquiries whose name contains any of these words (three characters or more), newest first. */
    List<EnquirySummary> findByNameWords(Collection<String> words, int limit);

    /** Status changes, contacts, consultations and sheets given, oldest first. */
    List<TimelineEntry> timeline(long enquiryId);

    /** Flags an enquiry for a look (see {@link MatchCheck}); an enquiry already flagged keeps its first flag. */
    void flagForCheck(long enquiryId, List<Long> matchedIds, Instant at, Long staffId);

    /** The open flag of an enquiry, if it has one. */
    Optional<MatchCheck> openCheck(long enquiryId);

    /** Closes the enquiry's flag: someone looked and decided. */
    void resolveCheck(long enquiryId, Instant at, Long staffId);

    /** Enquiries flagged for a look and not yet decided, oldest flag first. */
    List<EnquirySummary> toCheck(int offset, int limit);
}
