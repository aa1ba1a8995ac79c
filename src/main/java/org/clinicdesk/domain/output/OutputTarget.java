package org.clinicdesk.domain.output;

import java.nio.file.Path;

/**
 * A file a person asked ClinicDesk to write, and whether they agreed to replace it if it is already there (asked in
 * the window; {@code --force} on the command line).
 */
public record OutputTarget(Path file, boolean replace) {
    public static OutputTarget newFile(Path file) {
        return new OutputTarget(file, false);
    }

    public static OutputTarget replacing(Path file) {
        return new OutputTarget(file, true);
    }
}
