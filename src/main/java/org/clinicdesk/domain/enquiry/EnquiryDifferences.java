package org.clinicdesk.domain.enquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which fields differ between two versions of an enquiry: names only, so they can go into the timeline and audit. */
public final class EnquiryDifferences {
    /** Field name and how to read it, in form order. */
    public static final List<Field> FIELDS = List.of(
            new Field("fullName", Enquiry::fullName),
            new Field("phone", Enquiry::phone),
            new Field("phoneAlt", Enquiry::phoneAlt),
            new Field("email", Enquiry::email),
            new Field("city", Enquiry::city),
            new Field("age", Enquiry::age),
            new Field("birthYear", Enquiry::birthYear),
            new Field("channel", Enquiry::channel),
            new Field("referrer", Enquiry::referrer),
            new Field("language", Enquiry::language),
            new Field("centre", Enquiry::centreId),
            new Field("conditions", e -> e.conditionIds().stream().sorted().toList()),
            new Field("notes", Enquiry::notes),
            new Field("status", Enquiry::status),
            new Field("closeReason", Enquiry::closeReason),
            new Field("nextFollowUp", Enquiry::nextFollowUp),
            new Field("consent", Enquiry::consentMethod),
            new Field("person", Enquiry::personId));

    private EnquiryDifferences() {
    }

    public static List<String> changedFields(Enquiry before, Enquiry after) {
        List<String> out = new ArrayList<>();
        for (Field f : FIELDS) {
            if (!Objects.equals(f.read().apply(before), f.read().apply(after))) {
                out.add(f.name());
            }
        }
        return out;
    }

    static String filterNames(EnquiryQuery q) {
        List<String> names = new ArrayList<>();
        if (q.status() != null) names.add("status");
        if (q.channel() != null) names.add("channel");
        if (q.centreId() != null) names.add("centre");
        if (q.conditionId() != null) names.add("condition");
        if (q.followUpDueBy() != null) names.add("followUpDue");
        if (q.createdFrom() != null || q.createdBefore() != null) names.add("created");
        return names.isEmpty() ? "none" : String.join(",", names);
    }

    /** One compared field. */
    public record Field(String name, Function<Enquiry, Object> read) {
    }
}
