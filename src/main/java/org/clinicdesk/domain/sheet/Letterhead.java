package org.clinicdesk.domain.sheet;

import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.common.PhoneNumber;

/** What the top of every page says: the clinic, the centre giving the sheet, and its phone number. */
public record Letterhead(String clinicName, String centreName, String centrePhone) {
    /** The letterhead of a centre (null for none), its phone written for people ("+91 80 4123 4567"). */
    public static Letterhead of(String clinicName, Centre centre) {
        if (centre == null) {
            return new Letterhead(clinicName, "", "");
        }
        String phone = centre.phone().isBlank() ? "" : new PhoneNumber(centre.phone()).formatted();
        return new Letterhead(clinicName, centre.name(), phone);
    }

    public Letterhead {
        clinicName = clinicName == null ? "" : clinicName.strip();
        centreName = centreName == null ? "" : centreName.strip();
        centrePhone = centrePhone == null ? "" : centrePhone.strip();
    }
}
