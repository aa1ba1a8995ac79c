package org.clinicdesk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.ui.common.DialogService;

/**
 * The one DialogService of the tests: answers every dialog the way the test says the person would, and remembers what
 * was shown. Thread-safe enough for TestFX tests that read it while the FX thread writes.
 */
public final class RecordingDialogs implements DialogService {
    /** Every dialog shown, in order, as "error: …", "info: …" or "confirm: …". */
    public final List<String> shown = java.util.Collections.synchronizedList(new ArrayList<>());
    /** The message of every dialog shown, in order. */
    public final List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
    /** The answer to every confirmation. */
    public volatile boolean confirmAnswer = true;
    /** The file the person picks to save to; null cancels. */
    public volatile Path saveTo;
    /** The file the person picks to open; null cancels. */
    public volatile Path fileToOpen;

    @Override
    public void showError(String title, String message) {
        record("error", message);
    }

    @Override
    public void showInformation(String title, String message) {
        record("info", message);
    }

    @Override
    public boolean confirm(String title, String message) {
        record("confirm", message);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String extension) {
        return Optional.ofNullable(saveTo);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String extension) {
        return Optional.ofNullable(fileToOpen);
    }

    private void record(String kind, String message) {
        shown.add(kind + ": " + message);
        asked.add(message);
    }
}
