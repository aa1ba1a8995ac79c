package org.clinicdesk.ui.sheet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.sheet.SheetService;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * The English version a translation is reviewed beside, in the editor: its text, and which version it is (saying so
 * when the translation was made from an older one).
 */
final class EnglishOriginal {
    private final SheetService sheets;
    private final TaskRunner tasks;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private int request;

    EnglishOriginal(SheetService sheets, TaskRunner tasks) {
        this.sheets = sheets;
        this.tasks = tasks;
    }

    /** Shows the English beside {@code v} when it is a translation; hides it otherwise. */
    void show(SheetVersion v) {
        int asked = ++request;
        shown.set(v != null && v.translation());
        heading.set("");
        text.set("");
        if (v == null || !v.translation()) {
            return;
        }
        tasks.run(() -> sheets.englishFor(v), english -> {
            if (asked != request) {
                return;
            }
            if (english.isEmpty()) {
                heading.set(Messages.get("editor.english.none"));
                return;
            }
            SheetVersion en = english.get();
            boolean older = v.translationOf() != null && v.translationOf().englishVersionId() != en.id();
            heading.set(older ? Messages.format("editor.english.newer", en.version(), SheetNames.status(en.status()),
                    v.translationOf().englishVersion())
                    : Messages.format("editor.english", en.version(), SheetNames.status(en.status())));
            text.set("# " + en.title() + "\n\n" + en.content().summary() + "\n\n" + en.content().bodyMarkdown());
        }, e -> heading.set(Messages.failure(e)));
    }

    BooleanProperty shown() { return shown; }
    StringProperty heading() { return heading; }
    StringProperty text() { return text; }
}
