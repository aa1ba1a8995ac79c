package org.clinicdesk.document;

/** What the top of every page says: the clinic, the centre giving the sheet, and its phone number. */
public record Letterhead(String clinicName, String centreName, String centrePhone) {
    public Letterhead {
        clinicName = clinicName == null ? "" : clinicName.strip();
        centreName = centreName == null ? "" : centreName.strip();
        centrePhone = centrePhone == null ? "" : centrePhone.strip();
    }
}
