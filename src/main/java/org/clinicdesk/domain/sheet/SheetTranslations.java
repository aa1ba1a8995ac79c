package org.clinicdesk.domain.sheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.Language;

/**
 * How a sheet's translations follow its English: which English version a translation is made from, and which
 * approved translations a new English version leaves out of date. Called inside the sheet service's transactions.
 */
final class SheetTranslations {
    private final SheetRepository repository;
    private final AuditLog audit;

    SheetTranslations(SheetRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The approved English version of a sheet, if there is one. */
    Optional<SheetVersion> approvedEnglish(long sheetId) {
        return english(sheetId).stream().filter(SheetVersion::approved).findFirst();
    }

    /** What a translation written now is made from: the approved English, else the newest English version. */
    Optional<SheetVersion> currentEnglish(long sheetId) {
        List<SheetVersion> english = english(sheetId);
        return approvedEnglish(sheetId).or(() -> english.stream().findFirst());
    }

    /**
     * A new English version was approved: every approved translation made from another English version no longer
     * prints for patients until a reviewer who reads its language approves it again.
     */
    void markOutOfDate(SheetVersion approvedEnglish, LocalDate today) {
        for (Language language : Language.sheetLanguages()) {
            if (language.isEnglish()) {
                continue;
            }
            for (SheetVersion t : repository.versionsOf(approvedEnglish.sheetId(), language.code())) {
                boolean madeFromOlder = t.translationOf() == null
                        || t.translationOf().englishVersionId() != approvedEnglish.id();
                if (t.approved() && !t.outOfDate() && madeFromOlder) {
                    repository.markOutOfDate(t.id(), today);
                    audit.record(AuditAction.STATUS_CHANGE, SheetService.ENTITY, t.id(), "translation out of date: en v"
                            + approvedEnglish.version() + " approved");
                }
            }
        }
    }

    private List<SheetVersion> english(long sheetId) {
        return repository.versionsOf(sheetId, Language.ENGLISH.code());
    }
}
