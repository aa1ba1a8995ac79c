package org.clinicdesk.domain.sheet;

/**
 * One sheet offered to a visitor: its approved English version, and its approved translation in the visitor's
 * language (null when only English is approved in that language, or the visitor reads English).
 */
public record SheetOffer(SheetVersion english, SheetVersion translation) {
    public boolean onlyEnglish() {
        return translation == null;
    }
}
