package org.clinicdesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * JavaFX 26.0.1 throws from its text layout (ArrayIndexOutOfBoundsException in
 * PrismTextLayout.computeTrailingSpaceWidth) whenever Arabic-script text has to wrap, in a Label, a Text, a TextFlow
 * or a TextArea alike (checked on the headless platform, 3 Dec 2026). Urdu sheet titles, summaries and bodies are
 * therefore shown unwrapped: on one line (cut with an ellipsis) or scrolled sideways.
 */
public final class ArabicScript {
    private ArabicScript() {
    }

    /** Whether the text has a letter of the Arabic script (Urdu included). */
    public static boolean in(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** Wraps the text of a control only while it has no Arabic-script letter. */
    public static void wrapUnlessArabic(BooleanProperty wrap, StringProperty text) {
        wrap.bind(Bindings.createBooleanBinding(() -> !in(text.get()), text));
    }
}
