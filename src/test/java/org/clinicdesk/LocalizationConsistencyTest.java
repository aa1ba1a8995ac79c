package org.clinicdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicdesk.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** Every key the code and the FXML files use exists in messages.properties. */
class LocalizationConsistencyTest {
    private static final Pattern JAVA_KEY =
            Pattern.compile("(?:Messages\\.(?:get|format)|UserMessage\\.of)\\(\"([a-zA-Z0-9_.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    private static final Pattern TITLE_KEY = Pattern.compile("\"((?:nav|coming)\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void everyUsedKeyIsDefined() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (!name.endsWith(".java") && !name.endsWith(".fxml")) {
                    continue;
                }
                String text = Files.readString(file);
                for (Pattern p : name.endsWith(".java") ? new Pattern[] {JAVA_KEY, TITLE_KEY} : new Pattern[] {FXML_KEY}) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        // a key ending in "." is a prefix completed at run time (enum names)
                        if (!m.group(1).endsWith(".") && !Messages.has(m.group(1))) {
                            missing.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/org/clinicdesk/messages.properties"))) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || !t.contains("=") || line.startsWith(" ")) {
                continue;
            }
            String key = t.substring(0, t.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(twice).as("keys defined more than once (the later one silently wins)").isEmpty();
    }
}
