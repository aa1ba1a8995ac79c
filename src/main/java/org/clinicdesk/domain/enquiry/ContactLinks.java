package org.clinicdesk.domain.enquiry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clinicdesk.domain.clinic.Centre;

/** The links behind the WhatsApp and Call buttons of an enquiry. */
public final class ContactLinks {
    public static final String DEFAULT_TEMPLATE = "Hello {name}, this is {centre}.";

    private ContactLinks() {
    }

    /** {@code https://wa.me/<digits>?text=...}, the centre's template filled with name, centre and address. */
    public static String whatsApp(String e164, String name, Centre centre) {
        String template = centre == null || centre.whatsappTemplate().isBlank() ? DEFAULT_TEMPLATE : centre.whatsappTemplate();
        String text = template.replace("{name}", name == null ? "" : name)
                .replace("{centre}", centre == null ? "" : centre.name())
                .replace("{address}", centre == null ? "" : centre.address());
        return "https://wa.me/" + e164.replaceAll("\\D", "") + "?text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code tel:+919845012345}. */
    public static String tel(String e164) {
        return "tel:" + e164;
    }
}
