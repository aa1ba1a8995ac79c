package org.clinicdesk.domain.transfer;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.EnquiryValidator;
import org.clinicdesk.domain.enquiry.KnownPeople;
import org.clinicdesk.domain.enquiry.MatchReason;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/**
 * Imports enquiries from a spreadsheet: check every row first (nothing written), then save the valid rows through the
 * desk's enquiry service (its validation, normalisation, returning-caller check, timeline and audit), or none if any
 * row has a problem and the person chose all-or-nothing, in one transaction. Centres and conditions come from the
 * clinic service.
 */
public final class ImportService {
    private static final int PROGRESS_EVERY = 1_000;
    private static final int MATCHES_NAMED = 3;

    private final ColumnMappings mappings;
    private final EnquiryService enquiries;
    private final ClinicService clinic;
    private final Transactions transactions;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    public ImportService(ColumnMappings mappings, EnquiryService enquiries, ClinicService clinic,
                         Transactions transactions, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.mappings = mappings;
        this.enquiries = enquiries;
        this.clinic = clinic;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Checks every row against the mapping and the desk's rules for an enquiry; writes nothing. Cancellable. Rows
     * already stored (same name, phone and enquiry day) are counted as already there; rows that may be a person on
     * file (or an earlier row) are listed to look at; every column no field takes is listed as not imported.
     */
    public ImportCheck check(CsvTable table, ColumnMapping mapping, Progress progress) {
        requireMayImport();
        mapping.validateAgainst(table.headers());
        CentreNames centres = new CentreNames(clinic.centres());
        if (mapping.defaultCentre() != null && centres.find(mapping.defaultCentre()).isEmpty()) {
            throw new ValidationException(EnquiryField.CENTRE.name(), UserMessage.of("transfer.error.noSuchCentre",
                    mapping.defaultCentre(), centres.list()));
        }
        KnownPeople known = enquiries.knownPeople();
        ZoneId zone = clock.getZone();
        Set<String> stored = new HashSet<>();
        known.all().forEach(p -> stored.add(ImportKeys.of(p.fullName(), p.phone() != null ? p.phone() : p.phoneAlt(),
                p.createdAt(), zone)));
        Set<String> keysInFile = new HashSet<>();
        RowValidator validator = new RowValidator(mapping, table, centres, new ConditionNames(clinic.conditions()),
                zone, clock.instant());
        Year year = Year.now(clock);
        List<ImportedEnquiry> valid = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>();
        List<Integer> alreadyThere = new ArrayList<>();
        List<Integer> toLookAt = new ArrayList<>();
        Map<String, Integer> firstRowOfPerson = new java.util.HashMap<>();
        int total = table.rows().size();
        for (int i = 0; i < total; i++) {
            if (i % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.update(i, total, "Checking rows");
            }
            List<String> cells = table.rows().get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int row = CsvTable.spreadsheetRow(i);
            Optional<ImportedEnquiry> checked = validator.check(row, cells, problems, warnings)
                    .filter(e -> deskRulesHold(e, mapping, year, problems));
            if (checked.isEmpty()) {
                continue;
            }
            ImportedEnquiry e = checked.get();
            String key = ImportKeys.of(e.fullName(), e.phone() != null ? e.phone() : e.phoneAlt(), e.enquiryAt(), zone);
            if (stored.contains(key) || !keysInFile.add(key)) {
                alreadyThere.add(row);
                continue;
            }
            valid.add(e);
            long person = -(e.personRef() == null ? row : firstRowOfPerson.computeIfAbsent(e.personRef(), k -> row));
            List<KnownPeople.Match> matches = known.matches(e.fullName(), e.phone(), e.phoneAlt(), person);
            if (!matches.isEmpty()) {
                toLookAt.add(row);
                warnings.add(new RowProblem(row, matchColumn(matches, mapping), "May be the same person as "
                        + describe(matches) + ". It is imported as a new enquiry and flagged to look at "
                        + "(Enquiries → To look at); nothing is merged."));
            }
            // later rows are matched with this one too, as the save will do
            known.add(new KnownPeople.Person(-row, person, e.fullName(), e.phone(), e.phoneAlt(), e.enquiryAt()));
        }
        progress.update(total, total, "Checked");
        return new ImportCheck(total, valid, problems, warnings, mapping.notImported(table.headers()), alreadyThere,
                toLookAt);
    }

    /** The enquiry form's own rules ({@link EnquiryValidator}): each problem is reported on its column. */
    private static boolean deskRulesHold(ImportedEnquiry e, ColumnMapping mapping, Year year, List<RowProblem> problems) {
        Map<String, String> errors = EnquiryValidator.errors(e.enquiry(), year);
        errors.forEach((field, message) -> {
            EnquiryField column = FORM_FIELDS.getOrDefault(field, EnquiryField.FULL_NAME);
            problems.add(new RowProblem(e.row(), mapping.columns().getOrDefault(column, column.heading()), message));
        });
        return errors.isEmpty();
    }

    private static final Map<String, EnquiryField> FORM_FIELDS = Map.ofEntries(
            Map.entry(EnquiryValidator.FULL_NAME, EnquiryField.FULL_NAME), Map.entry(EnquiryValidator.PHONE, EnquiryField.PHONE),
            Map.entry(EnquiryValidator.PHONE_ALT, EnquiryField.PHONE_ALT), Map.entry(EnquiryValidator.EMAIL, EnquiryField.EMAIL),
            Map.entry(EnquiryValidator.AGE, EnquiryField.AGE), Map.entry(EnquiryValidator.BIRTH_YEAR, EnquiryField.BIRTH_YEAR),
            Map.entry(EnquiryValidator.CHANNEL, EnquiryField.CHANNEL),
            Map.entry(EnquiryValidator.REFERRER, EnquiryField.REFERRER), Map.entry(EnquiryValidator.CENTRE, EnquiryField.CENTRE),
            Map.entry(EnquiryValidator.NOTES, EnquiryField.NOTES), Map.entry(EnquiryValidator.CONSENT, EnquiryField.CONSENT));

    private static String matchColumn(List<KnownPeople.Match> matches, ColumnMapping mapping) {
        EnquiryField field = matches.getFirst().reason() == MatchReason.PHONE ? EnquiryField.PHONE : EnquiryField.FULL_NAME;
        return mapping.columns().getOrDefault(field, "");
    }

    private static String describe(List<KnownPeople.Match> matches) {
        List<String> named = matches.stream().limit(MATCHES_NAMED).map(m -> (m.enquiryId() < 0
                ? "row " + (-m.enquiryId()) + " of this file" : "enquiry #" + m.enquiryId())
                + " “" + m.fullName() + "” (" + (m.reason() == MatchReason.PHONE ? "same phone" : "similar name") + ")")
                .toList();
        return String.join(", ", named) + (matches.size() > MATCHES_NAMED
                ? " and " + (matches.size() - MATCHES_NAMED) + " more" : "");
    }

    /**
     * Writes the checked rows in one transaction. With {@code allOrNothing}, any problem means nothing is written.
     * Cancelling before the commit writes nothing.
     */
    public ImportResult importChecked(ImportCheck check, boolean allOrNothing, Progress progress) {
        requireMayImport();
        if (allOrNothing && !check.allValid()) {
            throw new ClinicDeskException(UserMessage.of("transfer.error.nothingImportedRowsProblems", check.rejectedRows(), check.totalRows(), check.problems().getFirst()));
        }
        if (check.valid().isEmpty() && check.problems().isEmpty() && !check.alreadyThere().isEmpty()) {
            return new ImportResult(0, 0, check); // every row is already there: nothing to do, nothing wrong
        }
        if (check.valid().isEmpty()) {
            throw new ClinicDeskException(check.problems().isEmpty() ? UserMessage.of("transfer.error.noDataRows")
                    : UserMessage.of("transfer.error.noRowImportable", check.problems().getFirst()));
        }
        List<Enquiry> drafts = check.valid().stream().map(ImportedEnquiry::enquiry).toList();
        List<Integer> samePerson = samePerson(check.valid());
        List<Long> ids = transactions.inTransaction(() -> {
            List<Long> written = enquiries.saveNew(drafts, samePerson, progress);
            progress.checkCancelled();
            auditLog.record(AuditAction.IMPORT, "enquiry", null, "imported " + written.size() + " enquiries from CSV; "
                    + check.rejectedRows() + " rows rejected; " + check.alreadyThere().size() + " already there; "
                    + check.toLookAt().size() + " flagged to look at; " + check.notImported().size()
                    + " columns not imported");
            return written;
        });
        return new ImportResult(ids.size(), check.rejectedRows(), check);
    }

    /** For each row, the index of the first earlier row with the same person id in the file, or -1. */
    private static List<Integer> samePerson(List<ImportedEnquiry> rows) {
        Map<String, Integer> first = new java.util.HashMap<>();
        List<Integer> links = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String ref = rows.get(i).personRef();
            int index = i;
            int earlier = ref == null ? i : first.computeIfAbsent(ref, k -> index);
            links.add(earlier == i ? -1 : earlier);
        }
        return links;
    }

    /**
     * Adds condition names an import found to the clinic's conditions list (managers), skipping any already there
     * under a name or other name. Returns how many were added.
     */
    public int addConditions(List<String> names) {
        requireMayImport();
        ConditionNames known = new ConditionNames(clinic.conditions());
        java.util.Map<String, String> fresh = new java.util.LinkedHashMap<>();
        for (String n : names) {
            String name = n == null ? "" : n.strip();
            if (!name.isEmpty() && name.length() <= RowValidator.MAX_TEXT && known.read(name).ids().isEmpty()) {
                fresh.putIfAbsent(Folding.fold(name), name);
            }
        }
        // through the clinic service, as Settings → Conditions adds one: same checks, audited each
        transactions.inTransaction(() -> {
            fresh.values().forEach(name -> clinic.saveCondition(MedicalCondition.newCondition(name, "")));
            return null;
        });
        return fresh.size();
    }

    public Optional<ColumnMapping> mapping(String name) {
        return mappings.mapping(name);
    }

    public List<String> mappingNames() {
        return mappings.mappingNames();
    }

    public void saveMapping(ColumnMapping mapping) {
        requireMayImport();
        if (mapping.name().isBlank()) {
            throw new ValidationException("mappingName", UserMessage.of("transfer.error.giveMappingNameExample"));
        }
        mappings.saveMapping(mapping);
    }

    /**
     * A manager signed in at the desk, or a command-line job ({@code --import} acts as the audited command-line
     * actor); nobody signed in is refused.
     */
    private void requireMayImport() {
        currentUser.require(Permission.MANAGE_SETTINGS, "action.importEnquiriesFromSpreadsheet");
    }
}
