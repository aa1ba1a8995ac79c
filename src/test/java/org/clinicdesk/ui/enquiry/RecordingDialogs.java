package org.clinicdesk.ui.enquiry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.ui.common.DialogService;

/** Answers dialogs for a test the way the user would, and remembers what was shown. */
final class RecordingDialogs implements DialogService {
    final List<String> shown = new ArrayList<>();
    boolean confirmAnswer = true;
    Path saveTo;

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add("info: " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + message);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String extension) {
        return Optional.ofNullable(saveTo);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String extension) {
        return Optional.empty();
    }
}
