package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void noArgumentsOpensTheWindowOnTheDefaultFolder() {
        LaunchOptions o = LaunchOptions.parse();
        assertThat(o.help() || o.version() || o.check() || o.demo()).isFalse();
        assertThat(o.dataDir()).isEmpty();
    }

    @Test
    void optionsCombine() {
        LaunchOptions o = LaunchOptions.parse("--demo", "--check", "--data-dir", "/tmp/x");
        assertThat(o.demo()).isTrue();
        assertThat(o.check()).isTrue();
        assertThat(o.dataDir()).contains(Path.of("/tmp/x"));
        assertThat(LaunchOptions.parse("--data-dir=/srv/cd").dataDir()).contains(Path.of("/srv/cd"));
    }

    @Test
    void badUsageSaysWhatIsWrong() {
        assertThatThrownBy(() -> LaunchOptions.parse("--data-dir")).hasMessageContaining("--data-dir needs a folder");
        assertThatThrownBy(() -> LaunchOptions.parse("--data-dir", "--demo")).hasMessageContaining("needs a folder");
        assertThatThrownBy(() -> LaunchOptions.parse("--frobnicate")).hasMessageContaining("Unknown option: --frobnicate");
    }
}
