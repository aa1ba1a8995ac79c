package org.clinicdesk.ui.settings.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** The keys this feature passes around as plain strings (to helpers, tables, tabs) all exist. */
class StaffMessagesTest {
    private static final Pattern KEY = Pattern.compile(
            "\"((?:signIn|firstManager|staff|audit|privacy|consent|status|settings\\.tab)\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void everyKeyOfTheStaffAndPrivacyScreensIsDefined() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/org/clinicdesk/ui/signin", "src/main/java/org/clinicdesk/ui/settings",
                "src/main/java/org/clinicdesk/ui/privacy", "src/main/java/org/clinicdesk/ui/shell"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!Messages.has(m.group(1))) {
                            missing.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        for (Role role : Role.values()) {
            if (!Messages.has("role." + role.name())) {
                missing.add("role." + role.name());
            }
        }
        assertThat(missing).isEmpty();
    }
}
