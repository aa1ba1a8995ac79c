package org.clinicdesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog a view model may need, so view models never touch a Node and tests can answer for the user. */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    Optional<Path> chooseFileToSave(String title, String suggestedName, String extensionDescription, String extension);

    Optional<Path> chooseFileToOpen(String title, String extensionDescription, String extension);
}
