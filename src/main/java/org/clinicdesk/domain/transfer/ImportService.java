package org.clinicdesk.domain.transfer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /** Checks every row against the mapping; writes nothing. Cancellable. */
    public ImportCheck check(CsvTable table, ColumnMapping mapping, Progress progress) {
        requireMayImport();
        mapping.validateAgainst(table.headers());
        Map<String, Long> centres = store.centreIdsByName();
        if (mapping.defaultCentre() != null && !centres.containsKey(mapping.defaultCentre().toLowerCase(java.util.Locale.ROOT))) {
            throw new ValidationException(EnquiryField.CENTRE.name(), "There is no centre called \""
                    + mapping.defaultCentre() + "\".");
        }
        Set<String> known = store.knownPhones();
        Set<String> inFile = new HashSet<>();
        RowValidator validator = new RowValidator(mapping, table, centres, clock.getZone(), clock.instant());
        List<ImportedEnquiry> valid = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>();
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
            Optional<ImportedEnquiry> checked = validator.check(row, cells, problems);
            checked.ifPresent(e -> {
                valid.add(e);
                flagKnownPhone(e, known, inFile, mapping, warnings);
            });
        }
        progress.update(total, total, "Checked");
        return new ImportCheck(total, valid, problems, warnings);
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
        if (check.valid().isEmpty()) {
            throw new ClinicDeskException(check.problems().isEmpty() ? UserMessage.of("transfer.error.noDataRows")
                    : UserMessage.of("transfer.error.noRowImportable", check.problems().getFirst()));
        }
        Long staff = currentUser.idOrNull();
        List<Long> ids = transactions.inTransaction(() -> {
            List<Long> written = store.insert(check.valid(), staff, progress);
            progress.checkCancelled();
            auditLog.record(AuditAction.IMPORT, "enquiry", null, "imported " + written.size() + " enquiries from CSV; "
                    + check.rejectedRows() + " rows rejected");
            return written;
        });
        return new ImportResult(ids.size(), check.rejectedRows(), check);
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
