package org.clinicdesk.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long after the process started the window appeared and Today first showed its data: the start-up
 * benchmark reads these two lines from the log. Each is logged once per process.
 */
public final class StartMarks {
    public static final String WINDOW = "Window shown";
    public static final String TODAY = "Today shown with its data";
    private static final Logger LOG = LoggerFactory.getLogger(StartMarks.class);
    private static final AtomicBoolean WINDOW_DONE = new AtomicBoolean();
    private static final AtomicBoolean TODAY_DONE = new AtomicBoolean();

    private StartMarks() {
    }

    public static void windowShown() {
        if (WINDOW_DONE.compareAndSet(false, true)) {
            log(WINDOW);
        }
    }

    /** Logs once the next layout pass of {@code node}'s scene is done: the frame with the data is about to be drawn. */
    public static void todayShown(Node node) {
        if (!TODAY_DONE.compareAndSet(false, true)) {
            return;
        }
        Scene scene = node.getScene();
        if (scene == null) {
            log(TODAY);
            return;
        }
        Runnable[] once = new Runnable[1];
        AtomicBoolean fired = new AtomicBoolean();
        once[0] = () -> {
            if (fired.getAndSet(true)) {
                return;
            }
            log(TODAY);
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void log(String what) {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        LOG.info("{} {} ms after the process started", what, Duration.between(started, Instant.now()).toMillis());
    }
}
