package org.clinicdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A stylesheet whose braces do not balance (an easy slip when merging appended blocks) drops every rule after it. */
class StylesheetTest {
    @Test
    void everyRuleOfTheStylesheetIsClosed() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/org/clinicdesk/ui/clinicdesk.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        for (char c : css.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("rule nesting").isBetween(0, 1);
        }
        assertThat(depth).as("unclosed rule at the end").isZero();
        assertThat(css).contains(".diary-block", ".status-no-show", ".today-card");
    }
}
