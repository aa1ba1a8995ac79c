package org.clinicdesk.domain.transfer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The enquiry fields a spreadsheet column can fill, with the headings people commonly give them. */
public enum EnquiryField {
    FULL_NAME("Name", "full name", "patient name", "patient", "contact name", "enquirer"),
    PHONE("Phone", "mobile", "phone number", "mobile number", "contact number", "contact", "cell"),
    PHONE_ALT("Alternate phone", "alt phone", "other phone", "second phone", "phone 2", "alternate number"),
    EMAIL("E-mail", "email", "email address", "e-mail address", "mail"),
    CITY("City", "town", "place", "location"),
    AGE("Age", "age years"),
    CHANNEL("Channel", "source", "how", "enquiry type", "mode", "via"),
    REFERRER("Referrer", "referred by", "referring doctor", "reference"),
    CENTRE("Centre", "center", "branch", "clinic"),
    NOTES("Notes", "note", "remarks", "comments", "comment"),
    STATUS("Status", "stage"),
    NEXT_FOLLOW_UP("Next follow-up", "follow up", "follow-up", "followup", "follow up date", "next call", "call back"),
    ENQUIRY_DATE("Enquiry date", "date", "enquiry on", "received", "created", "date of enquiry", "timestamp"),
    CONSENT("Consent", "consent given", "consent method", "consent to contact"),
    CONSENT_DATE("Consent date", "consent on", "consent given on");

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
