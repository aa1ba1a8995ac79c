package org.clinicdesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;

/**
 * "Save as…" for every output: asks where, refuses ClinicDesk's own files at once (before any work), and asks before
 * replacing a file that is already there. The file itself is then written through {@link OutputFiles}.
 */
public final class SaveTargets {
    private SaveTargets() {
    }

    public static Optional<OutputTarget> choose(DialogService dialogs, OutputFiles outputs, String title,
                                                String suggestedName, String description, String extension) {
        Optional<Path> file = dialogs.chooseFileToSave(title, suggestedName, description, extension);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        boolean exists;
        try {
            exists = outputs.exists(file.get());
        } catch (ClinicDeskException e) {
            dialogs.showError(title, Messages.describe(e));
            return Optional.empty();
        }
        if (!exists) {
            return Optional.of(OutputTarget.newFile(file.get()));
        }
        return dialogs.confirm(title, Messages.format("output.replace", String.valueOf(file.get().getFileName())))
                ? Optional.of(OutputTarget.replacing(file.get())) : Optional.empty();
    }
}
