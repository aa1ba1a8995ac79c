package org.clinicdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main window's size and position, kept in {@code window.properties} in the data folder. */
public final class WindowState {
    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 600;
    private final Path file;
    private final Properties values = new Properties();

    private WindowState(Path file) {
        this.file = file;
    }

    /** Reads the saved state (call off the FX thread); a missing or unreadable file gives defaults. */
    public static WindowState read(Path dataDir) {
        WindowState state = new WindowState(dataDir.resolve("window.properties"));
        if (Files.isRegularFile(state.file)) {
            try (InputStream in = Files.newInputStream(state.file)) {
                state.values.load(in);
            } catch (IOException e) {
                LOG.warn("Could not read {}", state.file, e);
            }
        }
        return state;
    }

    /**
     * Applies the saved bounds if they still fit a connected screen; otherwise the window opens at a comfortable size
     * that fits the primary screen's visible area (1280×800 at most, less on a 1366×768 laptop), centred.
     */
    public void applyTo(Stage stage) {
        Rectangle2D saved = new Rectangle2D(number("x", Double.NaN), number("y", Double.NaN),
                number("width", 0), number("height", 0));
        Rectangle2D visible = javafx.stage.Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = Double.isNaN(saved.getMinX()) || Double.isNaN(saved.getMinY()) ? null
                : WindowFit.remembered(saved, WindowFit.screens()).orElse(null);
        if (bounds == null) {
            bounds = WindowFit.centred(DEFAULT_WIDTH, DEFAULT_HEIGHT, visible);
        }
        stage.setMinWidth(Math.min(MIN_WIDTH, visible.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, visible.getHeight()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(Boolean.parseBoolean(values.getProperty("maximized", "false")));
    }

    /** Remembers where the window is; written by {@link #save()}. */
    public void capture(Stage stage) {
        values.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            values.setProperty("x", Double.toString(stage.getX()));
            values.setProperty("y", Double.toString(stage.getY()));
            values.setProperty("width", Double.toString(stage.getWidth()));
            values.setProperty("height", Double.toString(stage.getHeight()));
        }
    }

    public void save() {
        try (OutputStream out = Files.newOutputStream(file)) {
            values.store(out, "ClinicDesk window position");
        } catch (IOException e) {
            LOG.warn("Could not save {}", file, e);
        }
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
