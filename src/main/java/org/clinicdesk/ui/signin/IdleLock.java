package org.clinicdesk.ui.signin;

import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the desk after a time without keyboard or mouse input. The clock is a ticker (nanoseconds) and the timeout
 * is a setting, so a test can lock within a second.
 */
public final class IdleLock {
    private static final javafx.util.Duration CHECK_EVERY = javafx.util.Duration.millis(200);
    private final LongSupplier nanoTicker;
    private final Runnable onIdle;
    private final Timeline checker;
    private final EventHandler<InputEvent> activity = e -> touch();
    private volatile long lastActivity;
    private Duration timeout = Duration.ofMinutes(10);
    private boolean armed;
    private Scene scene;

    public IdleLock(LongSupplier nanoTicker, Runnable onIdle) {
        this.nanoTicker = nanoTicker;
        this.onIdle = onIdle;
        this.checker = new Timeline(new KeyFrame(CHECK_EVERY, e -> check()));
        checker.setCycleCount(Animation.INDEFINITE);
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
        touch();
    }

    public Duration timeout() {
        return timeout;
    }

    /** Starts watching the scene's input; counting starts now. */
    public void watch(Scene watched) {
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, activity);
        }
        scene = watched;
        scene.addEventFilter(InputEvent.ANY, activity);
        arm();
        checker.play();
    }

    /** Counts again from now (after an unlock). */
    public void arm() {
        touch();
        armed = true;
    }

    /** Stops counting while locked or signed out. */
    public void disarm() {
        armed = false;
    }

    public void touch() {
        lastActivity = nanoTicker.getAsLong();
    }

    private void check() {
        if (armed && nanoTicker.getAsLong() - lastActivity >= timeout.toNanos()) {
            armed = false;
            onIdle.run();
        }
    }

    public void stop() {
        checker.stop();
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, activity);
        }
    }
}
