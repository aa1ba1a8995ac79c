package org.clinicdesk.domain.consultation;

/** What booking needs to know of an enquiry: who, how to reach them, and at which centre they asked. */
public record EnquiryContact(long id, String fullName, String phone, long centreId, String status) {
    @Override
    public String toString() {
        return fullName + (phone == null || phone.isEmpty() ? "" : " · " + phone);
    }
}
