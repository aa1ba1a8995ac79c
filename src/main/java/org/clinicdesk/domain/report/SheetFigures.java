package org.clinicdesk.domain.report;

import java.util.List;

/**
 * Information sheets handed out in the range.
 *
 * @param bySheetLanguage how many of each sheet (its English title, else its first title) went out in each language
 * @param byMethod        key PRINTED or PDF
 * @param toWalkIns       handouts to a walk-in who left no details (no enquiry)
 */
public record SheetFigures(List<SheetLanguage> bySheetLanguage, List<Count> byMethod, long toEnquiries, long toWalkIns) {
    public SheetFigures {
        bySheetLanguage = List.copyOf(bySheetLanguage);
        byMethod = List.copyOf(byMethod);
    }

    public record SheetLanguage(String sheet, String language, long count) {
    }

    public long total() {
        return toEnquiries + toWalkIns;
    }
}
