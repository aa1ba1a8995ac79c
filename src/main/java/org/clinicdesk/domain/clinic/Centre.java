package org.clinicdesk.domain.clinic;

/**
 * One of the clinic's centres. {@code id} is 0 for a centre not yet saved. {@code videoLink} is the centre's fixed
 * video meeting room, printed on a video consultation's booking slip; empty when the desk sends a link each time.
 */
public record Centre(long id, String name, String city, String address, String phone, String whatsapp,
                     String whatsappTemplate, String mapLink, boolean active, String videoLink) {

    public Centre {
        name = clean(name);
        city = clean(city);
        address = clean(address);
        phone = clean(phone);
        whatsapp = clean(whatsapp);
        whatsappTemplate = whatsappTemplate == null ? "" : whatsappTemplate;
        mapLink = clean(mapLink);
        videoLink = clean(videoLink);
    }

    /** A centre without a video link. */
    public Centre(long id, String name, String city, String address, String phone, String whatsapp,
                  String whatsappTemplate, String mapLink, boolean active) {
        this(id, name, city, address, phone, whatsapp, whatsappTemplate, mapLink, active, "");
    }

    public static Centre newCentre(String name, String city, String address, String phone, String whatsapp) {
        return new Centre(0, name, city, address, phone, whatsapp, "", "", true);
    }

    public boolean isNew() {
        return id == 0;
    }

    public Centre withId(long newId) {
        return new Centre(newId, name, city, address, phone, whatsapp, whatsappTemplate, mapLink, active, videoLink);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    @Override
    public String toString() {
        return name;
    }
}
