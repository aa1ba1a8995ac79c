package org.clinicdesk.domain.transfer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/**
 * Imports enquiries from a spreadsheet: check every row first (nothing written), then write the valid rows, or
 * none if any row has a problem and the person chose all-or-nothing, in one transaction.
 */
public final class ImportService {
    private static final int PROGRESS_EVERY = 1_000;

    private final EnquiryImportStore store;
    private final Transactions transactions;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    public ImportService(EnquiryImportStore store, Transactions transactions, CurrentUser currentUser, AuditLog auditLog,
                         Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Checks every row against the mapping; writes nothing. Cancellable. Rows already stored (same name, phone and
     * enquiry day) are counted as already there, and every column no field takes is listed as not imported.
     */
    public ImportCheck check(CsvTable table, ColumnMapping mapping, Progress progress) {
        requireMayImport();
        mapping.validateAgainst(table.headers());
        CentreNames centres = new CentreNames(store.centres());
        if (mapping.defaultCentre() != null && centres.find(mapping.defaultCentre()).isEmpty()) {
            throw new ValidationException(EnquiryField.CENTRE.name(), UserMessage.of("transfer.error.noSuchCentre",
                    mapping.defaultCentre(), centres.list()));
        }
        Set<String> known = store.knownPhones();
        Set<String> stored = store.enquiryKeys(clock.getZone());
        Set<String> inFile = new HashSet<>();
        Set<String> keysInFile = new HashSet<>();
        RowValidator validator = new RowValidator(mapping, table, centres, new ConditionNames(store.conditions()),
                clock.getZone(), clock.instant());
        List<ImportedEnquiry> valid = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>();
        List<Integer> alreadyThere = new ArrayList<>();
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
            Optional<ImportedEnquiry> checked = validator.check(row, cells, problems, warnings);
            if (checked.isEmpty()) {
                continue;
            }
            ImportedEnquiry e = checked.get();
            String key = ImportKeys.of(e.fullName(), e.phone() != null ? e.phone() : e.phoneAlt(), e.enquiryAt(),
                    clock.getZone());
            if (stored.contains(key) || !keysInFile.add(key)) {
                alreadyThere.add(row);
                continue;
            }
            valid.add(e);
            flagKnownPhone(e, known, inFile, mapping, warnings);
        }
        progress.update(total, total, "Checked");
        return new ImportCheck(total, valid, problems, warnings, mapping.notImported(table.headers()), alreadyThere);
    }

    private static void flagKnownPhone(ImportedEnquiry e, Set<String> known, Set<String> inFile, ColumnMapping mapping,
                                       List<RowProblem> warnings) {
        if (e.phone() == null) {
            return;
        }
        String column = mapping.columns().get(EnquiryField.PHONE);
        if (known.contains(e.phone())) {
            warnings.add(new RowProblem(e.row(), column, "This phone is already on an enquiry; "
                    + "check whether it is the same person (families may share a phone)."));
        } else if (!inFile.add(e.phone())) {
            warnings.add(new RowProblem(e.row(), column, "An earlier row in this file has the same phone."));
        }
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
        Long staff = currentUser.idOrNull();
        List<Long> ids = transactions.inTransaction(() -> {
            List<Long> written = store.insert(check.valid(), staff, progress);
            progress.checkCancelled();
            auditLog.record(AuditAction.IMPORT, "enquiry", null, "imported " + written.size() + " enquiries from CSV; "
                    + check.rejectedRows() + " rows rejected; " + check.alreadyThere().size() + " already there; "
                    + check.notImported().size() + " columns not imported");
            return written;
        });
        return new ImportResult(ids.size(), check.rejectedRows(), check);
    }

    /**
     * Adds condition names an import found to the clinic's conditions list (managers), skipping any already there
     * under a name or other name. Returns how many were added.
     */
    public int addConditions(List<String> names) {
        requireMayImport();
        ConditionNames known = new ConditionNames(store.conditions());
        java.util.Map<String, String> fresh = new java.util.LinkedHashMap<>();
        for (String n : names) {
            String name = n == null ? "" : n.strip();
            if (!name.isEmpty() && name.length() <= RowValidator.MAX_TEXT && known.read(name).ids().isEmpty()) {
                fresh.putIfAbsent(Folding.fold(name), name);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        transactions.inTransaction(() -> {
            fresh.values().forEach(store::addCondition);
            auditLog.record(AuditAction.CREATE, "medical_condition", null, fresh.size()
                    + " conditions added from an import");
            return null;
        });
        return fresh.size();
    }

    public Optional<ColumnMapping> mapping(String name) {
        return store.mapping(name);
    }

    public List<String> mappingNames() {
        return store.mappingNames();
    }

    public void saveMapping(ColumnMapping mapping) {
        requireMayImport();
        if (mapping.name().isBlank()) {
            throw new ValidationException("mappingName", UserMessage.of("transfer.error.giveMappingNameExample"));
        }
        store.saveMapping(mapping);
    }

    /**
     * A manager signed in at the desk, or a command-line job ({@code --import} acts as the audited command-line
     * actor); nobody signed in is refused.
     */
    private void requireMayImport() {
        currentUser.require(Permission.MANAGE_SETTINGS, "action.importEnquiriesFromSpreadsheet");
    }
}
