package org.clinicdesk.domain.enquiry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;
import org.clinicdesk.domain.staff.StaffMember;

/**
 * Records and works enquiries: validation, consent, status moves, contacts, returning callers, export. Every write is
 * permission-checked, runs in one transaction with its timeline event and its audit entry.
 */
public final class EnquiryService {
    public static final String ENTITY = "enquiry";
    static final int MATCH_LIMIT = 200;
    private static final int EXPORT_PAGE = 1000;

    private final EnquiryRepository repository;
    private final Transactions transactions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OutputFiles outputs;

    public EnquiryService(EnquiryRepository repository, Transactions transactions, AuditLog audit,
                          CurrentUser currentUser, Clock clock, OutputFiles outputs) {
        this.outputs = outputs;
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Optional<Enquiry> find(long id) {
        mayRead();
        return repository.find(id);
    }

    public List<EnquirySummary> search(EnquiryQuery query, int offset, int limit) {
        mayRead();
        return repository.search(query, offset, limit);
    }

    /** How many enquiries the query lists in all (the list itself comes a page at a time). */
    public int count(EnquiryQuery query) {
        mayRead();
        return repository.count(query);
    }

    public List<TimelineEntry> timeline(long enquiryId) {
        mayRead();
        return repository.timeline(enquiryId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The instant a day starts at this desk, for "created between" filters. */
    public java.time.Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * Saves a new enquiry or the changes to one. Status, person link and consent withdrawal of a stored enquiry are
     * kept as stored (they change through their own commands).
     *
     * @throws ValidationException with a message per field
     * @throws ConcurrentChangeException if someone else saved the enquiry since {@code draft.version()}
     */
    public Enquiry save(Enquiry draft) {
        return save(draft, Set.of());
    }

    /**
     * As {@link #save(Enquiry)}, checking returning callers again: if earlier enquiries of another person have the same
     * phone and the desk decided nothing about them, the enquiry is saved and flagged for a look ({@link MatchCheck}).
     *
     * @param someoneElse earlier enquiries the desk said are someone else
     */
    public Enquiry save(Enquiry draft, Set<Long> someoneElse) {
        StaffMember who = currentUser.require(Permission.RECORD_ENQUIRY, "action.recordEnquiries");
        Enquiry valid = EnquiryValidator.validated(withConsentTime(draft), Year.now(clock));
        return transactions.inTransaction(() -> {
            Enquiry before = valid.isNew() ? null : repository.find(valid.id()).orElse(null);
            Enquiry saved = valid.isNew() ? create(valid, who) : change(valid, who);
            boolean phonesChanged = before == null || !java.util.Objects.equals(before.phone(), saved.phone())
                    || !java.util.Objects.equals(before.phoneAlt(), saved.phoneAlt());
            if (phonesChanged && repository.openCheck(saved.id()).isEmpty()) {
                flagUndecided(saved, UndecidedMatches.of(repository, saved, someoneElse), who);
            }
            return saved;
        });
    }

    /**
     * Who is on file now (enquiries not erased), for the returning-caller check of many rows at once: an import's
     * preview matches each row with it before anything is written.
     */
    public KnownPeople knownPeople() {
        currentUser.require(Permission.RECORD_ENQUIRY, "action.recordEnquiries");
        return new KnownPeople(repository.people());
    }

    /**
     * Saves new enquiries brought in together (an import), each with the rules of {@link #save(Enquiry)}: the same
     * validation and normalisation (a draft that fails throws, and nothing is written), consent time, a CREATED line
     * on its timeline and an audit entry; and the returning-caller check: an enquiry whose phone or a similar name
     * matches another person's enquiry (stored, or earlier in the list) is flagged for a look, never merged. Unlike a
     * desk save it keeps the status, close reason, follow-up and enquiry date ({@code createdAt}) the draft brings.
     * One transaction (the caller's, when there is one); cancellable until it commits. Returns the ids in order.
     */
    public List<Long> saveNew(List<Enquiry> drafts, Progress progress) {
        return saveNew(drafts, java.util.Collections.nCopies(drafts.size(), -1), progress);
    }

    /**
     * As {@link #saveNew(List, Progress)}, linking enquiries known to be one person (a file's person id): for each
     * draft, {@code samePerson} holds the index of an earlier draft of the same person, or -1.
     */
    public List<Long> saveNew(List<Enquiry> drafts, List<Integer> samePerson, Progress progress) {
        StaffMember who = currentUser.require(Permission.RECORD_ENQUIRY, "action.recordEnquiries");
        Year year = Year.now(clock);
        List<Enquiry> valid = drafts.stream().map(d -> EnquiryValidator.validated(withConsentTime(d), year)).toList();
        return transactions.inTransaction(() -> new EnquiryBatch(repository, audit, clock)
                .save(valid, samePerson, who, progress));
    }

    private void flagUndecided(Enquiry saved, List<Long> undecided, StaffMember who) {
        if (undecided.isEmpty()) {
            return;
        }
        var now = clock.instant();
        repository.flagForCheck(saved.id(), undecided, now, who.staffId());
        repository.addEvent(saved.id(), "MATCH_TO_CHECK", String.join(", ", undecided.stream().map(id -> "#" + id).toList()),
                now, who.staffId());
        audit.record(AuditAction.CHANGE, ENTITY, saved.id(), "saved without a decision on " + undecided.size()
                + " same-phone enquiries of another person; flagged for a look");
    }

    /** The enquiry's open "look at this match" flag, if any. */
    public Optional<MatchCheck> openMatchCheck(long id) {
        mayRead();
        return repository.openCheck(id);
    }

    /** Enquiries flagged for a look, oldest first. */
    public List<EnquirySummary> toCheck(int offset, int limit) {
        mayRead();
        return repository.toCheck(offset, limit);
    }

    /**
     * Someone looked at a flagged enquiry: {@code samePersonAs} links it to that earlier enquiry's person, null says the
     * matches are someone else. Closes the flag; on the timeline and audited.
     */
    public Enquiry resolveMatchCheck(long id, Long samePersonAs) {
        StaffMember who = currentUser.require(Permission.RECORD_ENQUIRY, "action.recordEnquiries");
        return transactions.inTransaction(() -> {
            Enquiry stored = current(id);
            var now = clock.instant();
            Enquiry result = stored;
            if (samePersonAs != null) {
                long person = current(samePersonAs).personId() == null ? samePersonAs : current(samePersonAs).personId();
                result = update(stored.toBuilder().personId(person).updatedAt(now).updatedBy(who.staffId()).build(),
                        stored.version());
            }
            repository.resolveCheck(id, now, who.staffId());
            repository.addEvent(id, samePersonAs == null ? "MATCH_OTHER" : "MATCH_SAME",
                    samePersonAs == null ? "" : "#" + samePersonAs, now, who.staffId());
            audit.record(AuditAction.CHANGE, ENTITY, id, samePersonAs == null
                    ? "same-phone match looked at: someone else" : "same-phone match looked at: same person");
            return result;
        });
    }

    private Enquiry withConsentTime(Enquiry draft) {
        if (draft.consentMethod() != null && draft.consentGivenAt() == null) {
            return draft.toBuilder().consentGivenAt(clock.instant()).build();
        }
        return draft;
    }

    private Enquiry create(Enquiry valid, StaffMember who) {
        var now = clock.instant();
        Enquiry saved = repository.insert(valid.toBuilder().status(EnquiryStatus.NEW).closeReason(null)
                .consentWithdrawnAt(null).createdAt(now).createdBy(who.staffId()).updatedAt(now).updatedBy(who.staffId()).build());
        repository.addEvent(saved.id(), "CREATED", saved.channel().name(), now, who.staffId());
        audit.record(AuditAction.CREATE, ENTITY, saved.id(), "channel=" + saved.channel() + " centre=" + saved.centreId()
                + (saved.personId() != saved.id() ? " linked to earlier enquiry of the same person" : ""));
        return saved;
    }

    private Enquiry change(Enquiry valid, StaffMember who) {
        Enquiry stored = writable(valid.id());
        if (stored.version() != valid.version()) {
            throw new ConcurrentChangeException(stored);
        }
        var now = clock.instant();
        Enquiry next = valid.toBuilder().status(stored.status()).closeReason(stored.closeReason())
                .consentWithdrawnAt(valid.hasConsent() ? null : stored.consentWithdrawnAt()).erasedAt(stored.erasedAt())
                .personId(valid.personId() == null ? stored.personId() : valid.personId())
                .createdAt(stored.createdAt()).createdBy(stored.createdBy()).updatedAt(now).updatedBy(who.staffId()).build();
        List<String> changed = EnquiryDifferences.changedFields(stored, next);
        if (changed.isEmpty()) {
            return stored;
        }
        Enquiry saved = update(next, valid.version());
        repository.addEvent(saved.id(), "CHANGED", String.join(", ", changed), now, who.staffId());
        audit.record(AuditAction.CHANGE, ENTITY, saved.id(), "fields: " + String.join(", ", changed));
        return saved;
    }

    /** Moves an enquiry to another status; closing needs a reason. */
    public Enquiry changeStatus(long id, int expectedVersion, EnquiryStatus next, CloseReason reason) {
        StaffMember who = currentUser.require(Permission.RECORD_ENQUIRY, "action.changeEnquiryStatus");
        if (next == EnquiryStatus.CLOSED && reason == null) {
            throw new ValidationException("closeReason", UserMessage.of("enquiry.error.chooseWhyEnquiryClosed"));
        }
        return transactions.inTransaction(() -> {
            Enquiry stored = writable(id);
            if (stored.version() != expectedVersion) {
                throw new ConcurrentChangeException(stored);
            }
            if (!stored.status().canMoveTo(next)) {
                throw new ValidationException("status", UserMessage.of("enquiry.error.enquiryGoBack", stored.status().name().toLowerCase(), next.name().toLowerCase()));
            }
            var now = clock.instant();
            Enquiry saved = update(stored.toBuilder().status(next)
                    .closeReason(next == EnquiryStatus.CLOSED ? reason : null)
                    .nextFollowUp(next == EnquiryStatus.CLOSED ? null : stored.nextFollowUp())
                    .updatedAt(now).updatedBy(who.staffId()).build(), expectedVersion);
            String detail = stored.status() + " → " + next + (reason != null && next == EnquiryStatus.CLOSED ? " (" + reason + ")" : "");
            repository.addEvent(id, "STATUS", detail, now, who.staffId());
            audit.record(AuditAction.STATUS_CHANGE, ENTITY, id, detail);
            return saved;
        });
    }

    /**
     * Logs a call, WhatsApp message or unanswered call with a note and the next follow-up date. A new enquiry that
     * was reached becomes contacted. Adds to the enquiry rather than replacing it, so it does not need a version.
     */
    public Enquiry logContact(long id, ContactKind kind, String note, LocalDate nextFollowUp) {
        StaffMember who = currentUser.require(Permission.RECORD_ENQUIRY, "action.logContact");
        if (kind == null) {
            throw new ValidationException("contactKind", UserMessage.of("enquiry.error.chooseWhatKindContact"));
        }
        if (nextFollowUp != null && nextFollowUp.isBefore(today())) {
            throw new ValidationException("nextFollowUp", UserMessage.of("enquiry.error.nextFollowUpPast"));
        }
        String cleanNote = note == null ? "" : note.strip();
        return transactions.inTransaction(() -> {
            Enquiry stored = writable(id);
            var now = clock.instant();
            boolean reached = kind != ContactKind.NO_ANSWER && stored.status() == EnquiryStatus.NEW;
            Enquiry saved = update(stored.toBuilder().nextFollowUp(nextFollowUp)
                    .status(reached ? EnquiryStatus.CONTACTED : stored.status())
                    .updatedAt(now).updatedBy(who.staffId()).build(), stored.version());
            LocalDate due = stored.nextFollowUp();
            repository.addContact(id, kind, cleanNote, now, who.staffId(), due, due != null && today().isAfter(due));
            if (reached) {
                repository.addEvent(id, "STATUS", EnquiryStatus.NEW + " → " + EnquiryStatus.CONTACTED, now, who.staffId());
            }
            audit.record(AuditAction.CHANGE, ENTITY, id, "contact logged: " + kind
                    + (reached ? ", status NEW → CONTACTED" : ""));
            return saved;
        });
    }

    /**
     * The person withdrew consent: when (now) and how are recorded on the timeline and in the audit log, their phone
     * and e-mail are removed and nobody contacts them again.
     */
    public Enquiry withdrawConsent(long id, int expectedVersion, WithdrawalMethod how) {
        StaffMember who = currentUser.require(Permission.RECORD_ENQUIRY, "action.recordConsentWithdrawal");
        if (how == null) {
            throw new ValidationException("withdrawalMethod", UserMessage.of("enquiry.error.chooseHowWithdrawn"));
        }
        return transactions.inTransaction(() -> {
            Enquiry stored = writable(id);
            if (stored.version() != expectedVersion) {
                throw new ConcurrentChangeException(stored);
            }
            var now = clock.instant();
            Enquiry saved = update(stored.toBuilder().phone(null).phoneAlt(null).email(null).nextFollowUp(null)
                    .consentWithdrawnAt(now).updatedAt(now).updatedBy(who.staffId()).build(), expectedVersion);
            repository.addEvent(id, "CONSENT_WITHDRAWN", how.name(), now, who.staffId());
            audit.record(AuditAction.CHANGE, ENTITY, id, "consent withdrawn (" + how + "); contact details removed");
            return saved;
        });
    }

    /**
     * Earlier enquiries that may be the same person: same phone in either field, or a similar name, across all
     * centres; one line per person (their latest enquiry), phone matches first. Unparsable phones are skipped.
     */
    public List<ReturningCaller> returningCallers(String phoneTyped, String altTyped, String name, long excludeId) {
        mayRead();
        Set<String> phones = new LinkedHashSet<>();
        for (String typed : new String[] {phoneTyped, altTyped}) {
            try {
                PhoneNumber p = PhoneNumber.parseOptional(typed, "phone");
                if (p != null) {
                    phones.add(p.e164());
                }
            } catch (ClinicDeskException ignored) {
                // half-typed number: nothing to match yet
            }
        }
        Map<Long, ReturningCaller> byPerson = new LinkedHashMap<>();
        for (ReturningCaller m : new PossibleSamePerson(repository).find(phones, name == null ? List.of() : List.of(name))) {
            if (m.enquiry().id() != excludeId) {
                byPerson.putIfAbsent(m.personId(), m);
            }
        }
        return new ArrayList<>(byPerson.values());
    }

    /** Throws unless the signed-in person may export enquiries, so the desk can say so before asking for a file. */
    public void checkMayExport() {
        currentUser.require(Permission.EXPORT_DATA, "action.exportEnquiries");
    }

    /**
     * Hands every enquiry of the query to {@code sink} (for a CSV file), page by page; manager only, audited with the
     * row count. Returns the number of rows.
     */
    public int export(EnquiryQuery query, Consumer<EnquirySummary> sink) {
        return export(query, sink, Progress.NONE);
    }

    /**
     * As {@link #export(EnquiryQuery, Consumer)}, telling {@code progress} how far it is after each page; Cancel stops
     * it at the next page with {@link org.clinicdesk.domain.common.CancelledException}. Rows already handed over are
     * audited either way.
     */
    public int export(EnquiryQuery query, Consumer<EnquirySummary> sink, Progress progress) {
        currentUser.require(Permission.EXPORT_DATA, "action.exportEnquiries");
        int[] rows = new int[1];
        try {
            stream(query, sink, progress, rows);
        } catch (RuntimeException stopped) {
            auditExport(query, rows[0], " (stopped)");
            throw stopped;
        }
        auditExport(query, rows[0], "");
        return rows[0];
    }

    /**
     * Writes every enquiry of the query to {@code target} in {@code format} (through {@link OutputFiles}: never onto
     * the data, owner-only, whole or not at all), telling {@code progress} how far it is; manager only, audited once
     * the file is in place. Cancel or a failure leaves no file; the attempt is audited as stopped. Returns the rows.
     */
    public int exportCsv(EnquiryQuery query, OutputTarget target, EnquiryExportFile format, java.time.ZoneId zone,
                         Progress progress) {
        currentUser.require(Permission.EXPORT_DATA, "action.exportEnquiries");
        outputs.check(target);
        int[] rows = new int[1];
        try {
            outputs.write(target, OutputFiles.Contents.PERSONAL_DATA, out -> {
                try (EnquiryExportFile.Sink sink = format.open(out, zone)) {
                    Map<Long, String> conditionNames = repository.conditionNames();
                    streamPages(query, page -> whole(page, conditionNames).forEach(sink), progress, rows);
                }
            }, null);
        } catch (RuntimeException stopped) {
            auditExport(query, rows[0], " (stopped, no file left)");
            throw stopped;
        }
        auditExport(query, rows[0], "");
        return rows[0];
    }

    /** Every field of a page of listed enquiries, in the list's order, for the export file. */
    private List<ExportedEnquiry> whole(List<EnquirySummary> page, Map<Long, String> conditionNames) {
        Map<Long, Enquiry> byId = new java.util.HashMap<>();
        repository.findAll(page.stream().map(EnquirySummary::id).toList()).forEach(e -> byId.put(e.id(), e));
        List<ExportedEnquiry> rows = new ArrayList<>(page.size());
        for (EnquirySummary s : page) {
            Enquiry e = byId.get(s.id());
            if (e != null) {
                rows.add(new ExportedEnquiry(e, s.centreName(), e.conditionIds().stream()
                        .map(id -> conditionNames.getOrDefault(id, "#" + id)).toList(), s.lastContactAt()));
            }
        }
        return rows;
    }

    private void stream(EnquiryQuery query, Consumer<EnquirySummary> sink, Progress progress, int[] rows) {
        streamPages(query, page -> page.forEach(sink), progress, rows);
    }

    private void streamPages(EnquiryQuery query, Consumer<List<EnquirySummary>> pages, Progress progress,
                        int[] rows) {
        int total = repository.count(query);
        List<EnquirySummary> page;
        do {
            progress.checkCancelled();
            page = repository.search(query, rows[0], EXPORT_PAGE);
            pages.accept(page);
            rows[0] += page.size();
            progress.update(rows[0], total, "");
        } while (page.size() == EXPORT_PAGE);
    }

    private void auditExport(EnquiryQuery query, int rows, String how) {
        audit.record(AuditAction.CSV_EXPORT, ENTITY, null, "rows=" + rows + how
                + (query.text().isEmpty() ? "" : " with search text") + " filters=" + EnquiryDifferences.filterNames(query));
    }

    /** The stored enquiry, for a change: an erased enquiry refuses every write (nothing may put details back). */
    private Enquiry writable(long id) {
        Enquiry stored = current(id);
        if (stored.erasedAt() != null) {
            throw new ClinicDeskException(UserMessage.of("enquiry.error.erased", String.valueOf(id)));
        }
        return stored;
    }

    /** Reads of personal data need someone signed in (or the command-line actor), like every write. */
    private void mayRead() {
        currentUser.require(Permission.VIEW_DESK, "action.seeEnquiries");
    }

    private Enquiry current(long id) {
        return repository.find(id).orElseThrow(() -> new ClinicDeskException(UserMessage.of("enquiry.error.enquiryLongerExistsMay")));
    }

    private Enquiry update(Enquiry next, int expectedVersion) {
        return repository.update(next, expectedVersion)
                .orElseThrow(() -> new ConcurrentChangeException(current(next.id())));
    }
}
