package org.clinicdesk.domain.clinic;

/** The clinic itself: its name, the consent notice read to visitors, and clinic-wide settings. */
public record Clinic(String name, String consentNotice, String timeZone, int idleLockMinutes, Integer retentionMonths) {
    public static final String DEFAULT_TIME_ZONE = "Asia/Kolkata";

    public Clinic {
        name = name == null ? "" : name.strip();
        consentNotice = consentNotice == null ? "" : consentNotice;
        timeZone = timeZone == null || timeZone.isBlank() ? DEFAULT_TIME_ZONE : timeZone;
    }

    public static Clinic named(String name) {
        return new Clinic(name, "", DEFAULT_TIME_ZONE, 10, null);
    }

    public Clinic withName(String newName) {
        return new Clinic(newName, consentNotice, timeZone, idleLockMinutes, retentionMonths);
    }
}
