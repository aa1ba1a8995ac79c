package org.clinicdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * messages.properties and the code agree (JabRef's LocalizationConsistencyTest does the same): every key-shaped
 * literal in the code is a key (or, ending in ".", the start of keys completed at run time, such as enum names), every
 * key is used, and none is defined twice. A literal counts as key-shaped when its first part is one the bundle uses
 * ("staff.", "sheet."...), wherever it stands: Messages.get, UserMessage.of, or a helper that takes a key.
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLE = Path.of("src/main/resources/org/clinicdesk/messages.properties");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+\\.?)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    /** Literals shaped like keys that are not: settings stored in the database. */
    private static final Set<String> NOT_KEYS = Set.of("backup.folder", "backup.last_failure_at", "backup.last_failure_message",
            "backup.last_success_at", "backup.last_success_file");

    @Test
    void everyKeyShapedLiteralIsAKey() throws IOException {
        Set<String> keys = keys().keySet();
        Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Used used : usedKeys()) {
            String k = used.key();
            boolean keyShaped = used.fxml() || prefixes.contains(k.substring(0, k.indexOf('.') + 1));
            if (!keyShaped || NOT_KEYS.contains(k)) {
                continue;
            }
            boolean defined = k.endsWith(".") ? keys.stream().anyMatch(d -> d.startsWith(k)) : keys.contains(k);
            if (!defined) {
                missing.add(k + " (" + used.file() + ")");
            }
        }
        assertThat(missing).as("keys used in the code but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        List<Used> used = usedKeys();
        Set<String> exact = used.stream().map(Used::key).filter(k -> !k.endsWith(".")).collect(Collectors.toSet());
        List<String> starts = used.stream().map(Used::key).filter(k -> k.endsWith(".")).toList();
        Set<String> obsolete = new TreeSet<>();
        for (String key : keys().keySet()) {
            if (!exact.contains(key) && starts.stream().noneMatch(key::startsWith)) {
                obsolete.add(key);
            }
        }
        assertThat(obsolete).as("keys in messages.properties that no code uses (remove them)").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String key : keyLines()) {
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(twice).as("keys defined more than once (the later one silently wins)").isEmpty();
    }

    private record Used(String key, String file, boolean fxml) {
    }

    private static List<Used> usedKeys() throws IOException {
        List<Used> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                boolean fxml = name.endsWith(".fxml");
                if (!fxml && !name.endsWith(".java")) {
                    continue;
                }
                Matcher m = (fxml ? FXML_KEY : JAVA_LITERAL).matcher(Files.readString(file));
                while (m.find()) {
                    used.add(new Used(m.group(1), file.getFileName().toString(), fxml));
                }
            }
        }
        return used;
    }

    private static Map<String, String> keys() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : keyLines()) {
            keys.put(key, key);
        }
        return keys;
    }

    private static List<String> keyLines() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || !t.contains("=") || line.startsWith(" ")) {
                continue;
            }
            keys.add(t.substring(0, t.indexOf('=')).strip());
        }
        return keys;
    }
}
