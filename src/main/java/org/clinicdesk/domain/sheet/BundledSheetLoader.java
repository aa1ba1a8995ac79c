package org.clinicdesk.domain.sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.common.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the sheets shipped with ClinicDesk into the database: each as version 1, a draft awaiting clinical review, and
 * only when that sheet is not there yet in that language (so a clinic's own edits are never overwritten). A bundled
 * translation is linked to the English version of its sheet and waits for a clinician who reads its language. In the
 * demo, the demo clinician (who reads all five) approves them.
 */
public final class BundledSheetLoader {
    public static final String DEMO_REVIEWER = "dr.rao";
    private static final Logger LOG = LoggerFactory.getLogger(BundledSheetLoader.class);
    private final SheetRepository repository;
    private final ClinicService clinic;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final SheetTranslations translations;

    public BundledSheetLoader(SheetRepository repository, ClinicService clinic, Transactions transactions, AuditLog audit,
                              Clock clock) {
        this.repository = repository;
        this.clinic = clinic;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.translations = new SheetTranslations(repository, audit);
    }

    /** Loads the sheets that are missing; returns how many were added. */
    public int load(List<BundledSheet> sheets, boolean demo) {
        int added = 0;
        // English first: a translation is linked to the English version of its sheet
        List<BundledSheet> ordered = sheets.stream()
                .sorted(Comparator.comparing((BundledSheet s) -> s.translation()).thenComparing(BundledSheet::slug))
                .toList();
        for (BundledSheet sheet : ordered) {
            if (loadOne(sheet, demo)) {
                added++;
            }
        }
        if (added > 0) {
            LOG.info("Loaded {} bundled information sheets{}", added, demo ? " (approved for the demo)" : " as drafts");
        }
        return added;
    }

    private boolean loadOne(BundledSheet sheet, boolean demo) {
        return transactions.inTransaction(() -> {
            Optional<Long> existing = repository.findSheetId(sheet.slug());
            if (existing.isPresent() && !repository.versionsOf(existing.get(), sheet.language()).isEmpty()) {
                return false;
            }
            SheetContent content = sheet.content(conditionIds(sheet.conditionNames()));
            long sheetId = existing.orElseGet(() -> repository.insertSheet(content));
            SheetVersion v = repository.insertVersion(sheetId, 1, content, null);
            if (sheet.translation()) {
                // the English of the same sheet, loaded before it: this clinic's approved English, else its newest
                translations.currentEnglish(sheetId).ifPresent(en -> repository.linkTranslation(v.id(), en.id()));
            }
            audit.record(AuditAction.IMPORT, SheetService.ENTITY, v.id(), "bundled sheet " + sheet.slug() + " "
                    + sheet.language());
            if (demo) {
                Optional<Long> reviewer = repository.staffIdByUsername(DEMO_REVIEWER);
                LocalDate today = LocalDate.now(clock);
                repository.updateReview(v.id(), SheetStatus.APPROVED, reviewer.orElse(null), today, today.plusYears(1), "");
                audit.record(AuditAction.APPROVE, SheetService.ENTITY, v.id(), "demo approval");
            }
            return true;
        });
    }

    private MedicalCondition addCondition(String name) {
        LOG.info("Adding the condition {} named by a bundled sheet", name);
        return new MedicalCondition(repository.addCondition(name), name, "", 0, true);
    }

    /** The ids of the named conditions, matched on name or other names; a condition the clinic lacks is added. */
    private List<Long> conditionIds(List<String> names) {
        List<MedicalCondition> known = clinic.conditions();
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            Optional<MedicalCondition> match = known.stream()
                    .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)
                            || c.otherNameList().stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(wanted)))
                    .findFirst();
            ids.add(match.orElseGet(() -> addCondition(name.strip())).id());
        }
        return ids;
    }
}
