package org.clinicdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.testing.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveTargetsTest {
    @TempDir
    Path dir;

    @Test
    void refusesTheDatabaseAtOnceAndAsksBeforeReplacingAFile() throws Exception {
        Path db = Files.writeString(dir.resolve("clinicdesk.db"), "data");
        OutputFiles outputs = new OutputFiles(List.of(db), List::of, null);
        RecordingDialogs dialogs = new RecordingDialogs();

        dialogs.saveTo = db;
        assertThat(SaveTargets.choose(dialogs, outputs, "Save", "x.pdf", "PDF", "pdf")).isEmpty();
        assertThat(dialogs.shown).singleElement().asString().startsWith("error:").contains("ClinicDesk's own data");

        dialogs.shown.clear();
        dialogs.saveTo = dir.resolve("new.pdf");
        assertThat(SaveTargets.choose(dialogs, outputs, "Save", "x.pdf", "PDF", "pdf"))
                .contains(OutputTarget.newFile(dir.resolve("new.pdf")));
        assertThat(dialogs.shown).isEmpty();

        Path old = Files.writeString(dir.resolve("old.pdf"), "kept");
        dialogs.saveTo = old;
        dialogs.confirmAnswer = false;
        assertThat(SaveTargets.choose(dialogs, outputs, "Save", "x.pdf", "PDF", "pdf")).isEmpty();
        assertThat(dialogs.shown).singleElement().asString().contains("old.pdf is already there. Replace it?");
        dialogs.confirmAnswer = true;
        assertThat(SaveTargets.choose(dialogs, outputs, "Save", "x.pdf", "PDF", "pdf")).contains(OutputTarget.replacing(old));
    }
}
