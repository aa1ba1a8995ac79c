package org.clinicdesk.domain.enquiry;

/** Where an enquiry stands: new → contacted → consultation booked → closed (with a reason). */
public enum EnquiryStatus {
    NEW, CONTACTED, BOOKED, CLOSED;

    /** Nothing goes back to NEW; every other move (forward, or reopening) is allowed. */
    public boolean canMoveTo(EnquiryStatus next) {
        return next != this && next != NEW;
    }

    /** Open enquiries still need someone to act on them. */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
