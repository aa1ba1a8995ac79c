package org.clinicdesk.domain.transfer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The enquiry fields a spreadsheet column can fill, with the headings people commonly give them. */
public enum EnquiryField {
    // the headings real files use: Excel enquiry books, Google Forms ("Timestamp", "Your name"), CRM and lead exports
    FULL_NAME("Name", "full name", "patient name", "patient", "contact name", "enquirer", "name of patient",
            "patient full name", "your name", "caller name", "client name", "customer name", "lead name", "person"),
    PHONE("Phone", "mobile", "phone number", "mobile number", "contact number", "contact", "cell", "mobile no",
            "phone no", "contact no", "mob", "mob no", "mobile phone", "primary phone", "primary mobile",
            "your phone number", "your mobile number", "whatsapp number", "phone mobile", "tel"),
    PHONE_ALT("Alternate phone", "alt phone", "other phone", "second phone", "phone 2", "alternate number",
            "alternate mobile", "alternative mobile", "alternative number", "alternative phone", "alt mobile",
            "alt number", "second mobile", "secondary phone", "secondary mobile", "mobile 2", "other number",
            "other mobile", "landline", "landline number", "landline no", "home phone", "office phone",
            "alternate contact", "other_phone"),
    EMAIL("E-mail", "email", "email address", "e-mail address", "mail", "email id", "e-mail id", "mail id",
            "your email", "your email address"),
    CITY("City", "town", "place", "location", "city town", "area", "your city"),
    AGE("Age", "age years", "age in years", "patient age"),
    BIRTH_YEAR("Year of birth", "birth year", "birth_year", "yob", "year born", "date of birth", "dob", "birth date",
            "birthdate"),
    LANGUAGE("Language", "preferred language", "language preference", "reads", "reads best", "language spoken",
            "mother tongue"),
    CHANNEL("Channel", "source", "how", "enquiry type", "mode", "via", "lead source", "enquiry source",
            "source of enquiry", "how they heard", "how did you hear about us", "how did you hear", "heard from",
            "heard about us", "medium", "enquiry mode", "mode of enquiry", "enquiry channel", "contact mode"),
    REFERRER("Referrer", "referred by", "referring doctor", "reference", "ref by", "referrer name",
            "referring physician", "referral doctor", "referred by doctor", "doctor referred"),
    CENTRE("Centre", "center", "branch", "clinic", "centre name", "center name", "branch name", "clinic branch",
            "preferred centre", "preferred center", "clinic location"),
    NOTES("Notes", "note", "remarks", "comments", "comment", "remark", "details", "description", "message",
            "query", "additional notes", "additional information", "your message"),
    STATUS("Status", "stage", "lead status", "enquiry status"),
    CLOSE_REASON("Close reason", "close_reason", "reason closed", "closed because", "reason for closing",
            "closing reason", "lost reason", "reason lost"),
    NEXT_FOLLOW_UP("Next follow-up", "follow up", "follow-up", "followup", "follow up date", "next call", "call back",
            "next follow up date", "follow up on", "callback date", "next_follow_up", "next contact"),
    ENQUIRY_DATE("Enquiry date", "date", "enquiry on", "received", "created", "date of enquiry", "timestamp",
            "received on", "date received", "created on", "created at", "enquired on", "inquiry date", "lead date",
            "enquiry received", "submitted at", "submission date"),
    CONSENT("Consent", "consent given", "consent method", "consent to contact", "consent obtained",
            "agreed to be contacted"),
    CONSENT_DATE("Consent date", "consent on", "consent given on", "consent_given_at", "consent given at"),
    CONSENT_WITHDRAWN("Consent withdrawn", "consent_withdrawn_at", "consent withdrawn at", "consent withdrawn on",
            "withdrawn on", "consent withdrawn date"),
    CONDITIONS("Conditions", "condition", "conditions of interest", "diagnosis", "disease", "diseases",
            "complaint", "complaints", "ailment", "problem", "interested in", "condition of interest", "illness"),
    // rows with the same value here are one person (ClinicDesk's export; a hospital number in a clinic's sheet)
    PERSON_ID("Person ID", "person_id", "same person", "patient id", "uhid", "mrn", "mr number",
            "medical record number", "registration number", "reg no", "patient number");

    private final String heading;
    private final List<String> aliases;

    EnquiryField(String heading, String... aliases) {
        this.heading = heading;
        this.aliases = List.of(aliases);
    }

    /** The heading ClinicDesk's own export uses; a re-import maps it back without a saved mapping. */
    public String heading() {
        return heading;
    }

    /** True if a spreadsheet heading looks like this field ("Mobile No.", "E-mail" and "email" all match). */
    public boolean matches(String header) {
        String h = simplify(header);
        return h.equals(simplify(heading)) || aliases.stream().anyMatch(a -> simplify(a).equals(h))
                || h.equals(simplify(name()));
    }

    static String simplify(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replace("no.", "number").replaceAll("[^\\p{L}\\p{N}]+", "");
        return n;
    }
}
