package org.clinicdesk.ui.common;

/** Opens a link (https:, tel:) in the platform's browser or handler; view models get one so tests can record links. */
public interface ExternalLinks {
    void open(String uri);
}
