package org.clinicdesk.ui.staff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.ui.common.DialogService;

/** Answers dialogs the way a test says the user would, and remembers what was asked. */
public final class AnsweringDialogs implements DialogService {
    public boolean confirmAnswer = true;
    public Path saveTo;
    public final List<String> asked = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        asked.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        asked.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add(message);
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
