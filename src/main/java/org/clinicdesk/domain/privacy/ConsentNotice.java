package org.clinicdesk.domain.privacy;

/**
 * The consent notice as it prints, every text already in the reader's language (the caller words it).
 *
 * @param title      the PDF's title, for example "Consent notice — Deccan Rheumatology Clinic"
 * @param clinicName the heading of the page
 * @param heading    for example "How we use your contact details"
 * @param body       the clinic's notice; a blank line starts a new paragraph
 * @param footer     for example "Printed 2026-11-25"
 */
public record ConsentNotice(String title, String clinicName, String heading, String body, String footer) {
}
