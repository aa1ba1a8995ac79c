package org.clinicdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled Noto fonts (SIL OFL 1.1) so names in Devanagari, Kannada, Telugu and Urdu display on any PC,
 * whatever fonts it has; loading them also adds them to the default font's fallback. On the FX thread it also makes
 * every window give Arabic-script text one font ({@link ArabicScriptText}).
 */
public final class BundledFonts {
    public static final String FOLDER = "/org/clinicdesk/fonts/";
    public static final List<String> FILES = List.of(
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
            "NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf",
            "NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf",
            "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
            "NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf");
    private static final Logger LOG = LoggerFactory.getLogger(BundledFonts.class);
    private static volatile boolean loaded;

    private BundledFonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            if (javafx.application.Platform.isFxApplicationThread()) {
                ArabicScriptText.installEverywhere();
            }
            return;
        }
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    LOG.warn("Bundled font {} could not be loaded", file);
                }
            } catch (IOException e) {
                LOG.warn("Bundled font {} could not be read", file, e);
            }
        }
        loaded = true;
        if (javafx.application.Platform.isFxApplicationThread()) {
            ArabicScriptText.installEverywhere();
        }
    }
}
