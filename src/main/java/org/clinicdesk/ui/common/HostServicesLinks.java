package org.clinicdesk.ui.common;

import javafx.application.HostServices;

/** Links opened through the JavaFX application's host services. */
public final class HostServicesLinks implements ExternalLinks {
    private final HostServices hostServices;

    public HostServicesLinks(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public void open(String uri) {
        hostServices.showDocument(uri);
    }
}
